import { loadInWorker } from './csv-worker-client';
import { fileSizeCheck } from './decode';
import { fileAt, loadSteps, looksLikeJson, type FileBytes } from './load-steps';
import { runStepsAsync } from './run-steps';
import type { FileFacts, LoadProblem, LoadResult } from './types';

/** What the loader needs of a file: the browser's `File` fits, and so does a test double. */
export interface FileLike {
  name: string;
  size: number;
  arrayBuffer: () => Promise<ArrayBuffer>;
}

/** Progress and cancellation for a load. */
export interface LoadOptions {
  /** Fraction done, 0 to 1, across all files. */
  onProgress?: (fraction: number, file: string) => void;
  signal?: AbortSignal;
  /** How long one file's parse may take before it is reported as stuck. */
  timeoutMs?: number;
}

/**
 * JSON documents up to this size (together) load on the page: the bundled briefing and kept
 * datasets are small, and starting a worker would cost them more than it saves. Anything larger,
 * and every delimited file, loads in the worker so the page stays responsive.
 */
export const INLINE_JSON_BYTES = 512 * 1024;

/** Reads each file's bytes, after checking its size (a file over the limit is not read). */
async function readFiles(files: readonly FileLike[], signal?: AbortSignal): Promise<FileBytes[]> {
  const read: FileBytes[] = [];
  for (const file of files) {
    signal?.throwIfAborted();
    const sizeProblem = fileSizeCheck(file.name, file.size);
    if (sizeProblem?.severity === 'error') {
      read.push({ name: file.name, size: file.size, problems: [sizeProblem] });
      continue;
    }
    // A copy: the bytes go to the worker, and a caller may hand the same buffer out again.
    const bytes = new Uint8Array((await file.arrayBuffer()).slice(0));
    read.push({
      name: file.name,
      size: file.size,
      bytes,
      problems: sizeProblem ? [sizeProblem] : [],
    });
  }
  return read;
}

/** A load refused because the worker failed or stalled, naming the file it was reading. */
function failedLoad(files: readonly FileBytes[], failing: string, error: Error): LoadResult {
  const problems: LoadProblem[] = [
    {
      code: 'parse-failed',
      severity: 'error',
      file: failing,
      message: `${failing} could not be read: ${error.message}`,
      hint: 'Check that the file is a CSV, TSV or JSON export; try a smaller file.',
    },
  ];
  const facts: FileFacts[] = files.map((f) => ({
    name: f.name,
    bytes: f.size,
    kind: 'unknown',
    rowsRead: 0,
    rowsLoaded: 0,
    rowsRejected: 0,
  }));
  return { ok: false, problems, facts: { files: facts, codebookDerived: false } };
}

/**
 * Loads files into a dataset: size check before reading, then decode, parse, normalise and
 * validate — in the load worker, off the page's thread, except for small JSON documents.
 * Resolves to a refusal with problems rather than throwing on bad input or a failed worker;
 * rejects only with an AbortError when cancelled.
 */
export async function loadFiles(
  files: readonly FileLike[],
  options: LoadOptions = {},
): Promise<LoadResult> {
  const read = await readFiles(files, options.signal);
  let current = read[0]?.name ?? '';
  const onProgress = (fraction: number) => {
    current = fileAt(read, fraction)?.name ?? current;
    options.onProgress?.(Math.min(1, fraction), current);
  };
  const smallJson =
    read.every((f) => !f.bytes || looksLikeJson(f.name, f.bytes)) &&
    read.reduce((sum, f) => sum + (f.bytes?.length ?? 0), 0) <= INLINE_JSON_BYTES;
  let result: LoadResult;
  if (smallJson) {
    const inline = await runStepsAsync(loadSteps(read), {
      onProgress,
      shouldStop: () => options.signal?.aborted === true,
    });
    if (inline === 'cancelled') throw new DOMException('Loading was cancelled.', 'AbortError');
    result = inline;
  } else {
    try {
      result = await loadInWorker(read, {
        onProgress,
        signal: options.signal,
        timeoutMs: options.timeoutMs,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      // A worker crash or a timeout is reported like any other problem with the file.
      result = failedLoad(read, current, error as Error);
    }
  }
  options.onProgress?.(1, '');
  return result;
}
