import type { CsvWorkerRequest, CsvWorkerResponse } from './csv-worker-handler';
import type { RowAllowance } from './load-budget';
import { startLoadWorker } from './load-worker-start';
import { hashFiles, withHashes } from './load-hashes';
import { loadSteps, type FileBytes } from './load-steps';
import { joinResult, type ResultPart } from './result-parts';
import { nextTask, runStepsAsync } from './run-steps';
import type { LoadResult } from './types';

/** Progress, cancellation, a stall limit and the rows allowed for one load. */
export interface LoadInWorkerOptions {
  /** The rows the load may hold (see `loadSteps`); no limit when absent. */
  rows?: RowAllowance;
  /** Fraction of the files read, 0 to 1 (1 while the dataset is assembled). */
  onProgress?: (fraction: number) => void;
  /** Aborting stops the worker and rejects with an AbortError. */
  signal?: AbortSignal;
  /** How long the worker may go without reporting progress before it is stopped. */
  timeoutMs?: number;
}

/** The default stall limit: the worker reports progress every 1% of a file, far more often. */
export const DEFAULT_PARSE_TIMEOUT_MS = 10_000;

/**
 * Once every file is read, the worker assembles the dataset without reporting progress: it is
 * given the stall limit plus this much per megabyte loaded (a 100 MB file then has 10 s + 100 s).
 */
const ASSEMBLE_MS_PER_MB = 1000;

let nextRequestId = 1;

function abortError(files: readonly FileBytes[]): DOMException {
  const names = files.map((f) => f.name).join(', ');
  return new DOMException(`Reading ${names} was cancelled.`, 'AbortError');
}

/**
 * Without a worker (unit tests under jsdom; the one-file copy opened from disk) the same work runs
 * here, yielding between chunks.
 */
async function loadOnMainThread(
  files: readonly FileBytes[],
  options: LoadInWorkerOptions,
): Promise<LoadResult> {
  const digests = hashFiles(files);
  const result = await runStepsAsync(loadSteps(files, options.rows), {
    onProgress: options.onProgress,
    shouldStop: () => options.signal?.aborted === true,
  });
  if (result === 'cancelled') throw abortError(files);
  return withHashes(result, files, await digests);
}

/**
 * Loads files in the load worker: decodes, parses, normalises and validates them into a load
 * result, reporting progress. Rejects with an AbortError when `signal` aborts, and with an Error
 * saying what happened when the worker fails or stalls for `timeoutMs` (default 10 s); bad input
 * is not a rejection but problems in the result. The files' buffers are transferred to the
 * worker, so they are detached here afterwards. Without Worker the load runs on this thread,
 * where a stall cannot be interrupted and `timeoutMs` does not apply.
 */
export function loadInWorker(
  files: readonly FileBytes[],
  options: LoadInWorkerOptions = {},
): Promise<LoadResult> {
  const { signal, onProgress, timeoutMs = DEFAULT_PARSE_TIMEOUT_MS } = options;
  if (signal?.aborted) return Promise.reject(abortError(files));
  const worker = typeof Worker === 'undefined' ? null : startLoadWorker();
  if (!worker) return loadOnMainThread(files, options);
  const megabytes = files.reduce((sum, f) => sum + (f.bytes?.length ?? 0), 0) / 1e6;

  return new Promise<LoadResult>((resolve, reject) => {
    const id = nextRequestId++;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const parts: ResultPart[] = [];

    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      outcome();
    };
    const fail = (message: string) => settle(() => reject(new Error(message)));
    const onAbort = () => settle(() => reject(abortError(files)));
    const restartTimer = (limit: number) => {
      clearTimeout(timer);
      timer = setTimeout(
        () => fail(`reading stopped after ${limit / 1000} s without progress`),
        limit,
      );
    };

    worker.onmessage = (event: MessageEvent<CsvWorkerResponse>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === 'progress') {
        restartTimer(
          message.fraction >= 1 ? timeoutMs + megabytes * ASSEMBLE_MS_PER_MB : timeoutMs,
        );
        onProgress?.(message.fraction);
      } else if (message.type === 'part') {
        // A large result comes in slices, each copied in a task of its own.
        restartTimer(timeoutMs);
        parts.push(message.part);
      } else if (message.type === 'result') {
        // What the page does with the result (indexing, rendering) starts in the next task.
        const result = joinResult(parts, message.result);
        parts.length = 0;
        settle(() => void nextTask().then(() => resolve(result)));
      } else if (message.type === 'cancelled') {
        settle(() => reject(abortError(files)));
      } else {
        fail(`the CSV reader failed: ${message.message}`);
      }
    };
    worker.onerror = (event: ErrorEvent) => {
      // Handled here: the rejection carries it, so the browser need not log it as uncaught.
      event.preventDefault();
      fail(`the CSV reader could not run${event.message ? `: ${event.message}` : ''}`);
    };
    worker.onmessageerror = () => fail('the CSV reader sent back a message that could not be read');

    signal?.addEventListener('abort', onAbort, { once: true });
    restartTimer(timeoutMs);
    const request: CsvWorkerRequest = {
      type: 'load',
      id,
      files: [...files],
      ...(options.rows ? { rows: options.rows } : {}),
    };
    const transfer = files.flatMap((f) => (f.bytes ? [f.bytes.buffer as ArrayBuffer] : []));
    worker.postMessage(request, transfer);
  });
}
