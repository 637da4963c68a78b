import type { RowAllowance } from './load-budget';
import { hashFiles, withHashes } from './load-hashes';
import { loadSteps, type FileBytes } from './load-steps';
import { splitResult, type ResultPart } from './result-parts';
import { runStepsAsync } from './run-steps';
import type { LoadResult } from './types';

/** Messages the page sends to the load worker. */
export type CsvWorkerRequest =
  | { type: 'load'; id: number; files: FileBytes[]; rows?: RowAllowance }
  | { type: 'cancel'; id: number };

/** Messages the load worker sends back; each carries the id of the load it answers. */
export type CsvWorkerResponse =
  /** The fraction of the files read (see `loadSteps`); 1 while the dataset is assembled. */
  | { type: 'progress'; id: number; fraction: number }
  /** A slice of the result's cases and learning items, sent before the result (see `result-parts`). */
  | { type: 'part'; id: number; part: ResultPart }
  /** The result; with parts sent before it, its lists hold what the parts did not. */
  | { type: 'result'; id: number; result: LoadResult }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };

/**
 * The load worker's logic, apart from the worker global so it can be tested: decodes, parses,
 * normalises and validates each request's files into a load result, posting progress on the
 * way, then a large result in parts, or 'cancelled' once a cancel for its id arrives.
 */
export function createCsvWorkerHandler(
  post: (message: CsvWorkerResponse) => void,
): (request: CsvWorkerRequest) => Promise<void> {
  const cancelled = new Set<number>();
  return async (request) => {
    if (request.type === 'cancel') {
      cancelled.add(request.id);
      return;
    }
    const { id } = request;
    try {
      // Hashed here, from the bytes the worker was sent, while it parses them.
      const digests = hashFiles(request.files);
      const loaded = await runStepsAsync(loadSteps(request.files, request.rows), {
        onProgress: (fraction) => post({ type: 'progress', id, fraction }),
        shouldStop: () => cancelled.has(id),
      });
      if (loaded === 'cancelled') {
        post({ type: 'cancelled', id });
        return;
      }
      const result = withHashes(loaded, request.files, await digests);
      const { parts, rest } = splitResult(result);
      for (const part of parts) post({ type: 'part', id, part });
      post({ type: 'result', id, result: rest });
    } catch (error) {
      // Bad input comes back as problems, so reaching here means a bug or exhausted memory; the
      // page is told at once instead of waiting for its timeout.
      post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
    } finally {
      cancelled.delete(id);
    }
  };
}
