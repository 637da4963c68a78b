import { parseCsvBytesAsync, type ParsedCsvFile } from './csv-bytes';

/** Messages the page sends to the CSV worker. */
export type CsvWorkerRequest =
  { type: 'parse'; id: number; bytes: ArrayBuffer; file: string } | { type: 'cancel'; id: number };

/** Messages the CSV worker sends back; each carries the id of the parse it answers. */
export type CsvWorkerResponse =
  | { type: 'progress'; id: number; fraction: number }
  | ({ type: 'result'; id: number } & ParsedCsvFile)
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };

/**
 * The CSV worker's logic, apart from the worker global so it can be tested: parses each request's
 * bytes, posting progress and then a result, or 'cancelled' once a cancel for its id arrives.
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
      const result = await parseCsvBytesAsync(new Uint8Array(request.bytes), request.file, {
        onProgress: (fraction) => post({ type: 'progress', id, fraction }),
        shouldStop: () => cancelled.has(id),
      });
      post(result === 'cancelled' ? { type: 'cancelled', id } : { type: 'result', id, ...result });
    } catch (error) {
      // Bad input comes back as problems, so reaching here means a bug or exhausted memory; the
      // page is told at once instead of waiting for its timeout.
      post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
    } finally {
      cancelled.delete(id);
    }
  };
}
