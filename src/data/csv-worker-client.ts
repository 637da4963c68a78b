import type { ParsedCsvFile } from './csv-bytes';
import type { CsvWorkerRequest, CsvWorkerResponse } from './csv-worker-handler';

export type { ParsedCsvFile } from './csv-bytes';

/** Progress, cancellation and a stall limit for one parse. */
export interface ParseCsvOptions {
  /** Fraction done, 0 to 1. */
  onProgress?: (fraction: number) => void;
  /** Aborting stops the worker and rejects with an AbortError. */
  signal?: AbortSignal;
  /** How long the worker may go without reporting progress before it is stopped. */
  timeoutMs?: number;
}

/** The default stall limit: the worker reports progress every 1% of the file, far more often. */
export const DEFAULT_PARSE_TIMEOUT_MS = 10_000;

let nextRequestId = 1;

function abortError(file: string): DOMException {
  return new DOMException(`Reading ${file} was cancelled.`, 'AbortError');
}

/**
 * Without Worker (unit tests under jsdom) the same work runs here, yielding between chunks. The
 * parser is imported on demand so that papaparse stays out of the page's own bundle.
 */
async function parseOnMainThread(
  bytes: ArrayBuffer,
  file: string,
  options: ParseCsvOptions,
): Promise<ParsedCsvFile> {
  const { parseCsvBytesAsync } = await import('./csv-bytes');
  const result = await parseCsvBytesAsync(new Uint8Array(bytes), file, {
    onProgress: options.onProgress,
    shouldStop: () => options.signal?.aborted === true,
  });
  if (result === 'cancelled') throw abortError(file);
  return result;
}

/**
 * Parses a delimited file's bytes in the CSV worker: decodes, detects the delimiter and parses,
 * reporting progress. Rejects with an AbortError when `signal` aborts, and with an Error saying
 * what happened when the worker fails or stalls for `timeoutMs` (default 10 s); bad CSV is not a
 * rejection but problems in the table. The buffer is transferred to the worker, so it is detached
 * here afterwards; pass a copy to keep it. Without Worker the parse runs on this thread instead,
 * where a stall cannot be interrupted and `timeoutMs` does not apply.
 */
export function parseCsvInWorker(
  bytes: ArrayBuffer,
  file: string,
  options: ParseCsvOptions = {},
): Promise<ParsedCsvFile> {
  const { signal, onProgress, timeoutMs = DEFAULT_PARSE_TIMEOUT_MS } = options;
  if (signal?.aborted) return Promise.reject(abortError(file));
  if (typeof Worker === 'undefined') return parseOnMainThread(bytes, file, options);

  return new Promise<ParsedCsvFile>((resolve, reject) => {
    const id = nextRequestId++;
    const worker = new Worker(new URL('./csv-worker.ts', import.meta.url), { type: 'module' });
    let timer: ReturnType<typeof setTimeout> | undefined;

    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      outcome();
    };
    const fail = (message: string) => settle(() => reject(new Error(message)));
    const onAbort = () => settle(() => reject(abortError(file)));
    const restartTimer = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => fail(`reading stopped after ${timeoutMs / 1000} s without progress`),
        timeoutMs,
      );
    };

    worker.onmessage = (event: MessageEvent<CsvWorkerResponse>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === 'progress') {
        restartTimer();
        onProgress?.(message.fraction);
      } else if (message.type === 'result') {
        const { table, encoding, delimiter, binary } = message;
        settle(() => resolve({ table, encoding, delimiter, binary }));
      } else if (message.type === 'cancelled') {
        settle(() => reject(abortError(file)));
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
    restartTimer();
    const request: CsvWorkerRequest = { type: 'parse', id, bytes, file };
    worker.postMessage(request, [bytes]);
  });
}
