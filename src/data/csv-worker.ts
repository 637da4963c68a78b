/**
 * The CSV parsing worker (DESIGN.md "Architecture"): the project's own module worker, not
 * papaparse's `worker: true`, whose blob-URL worker the Content-Security-Policy forbids.
 */
import { createCsvWorkerHandler, type CsvWorkerRequest } from './csv-worker-handler';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createCsvWorkerHandler((message) => scope.postMessage(message));

scope.onmessage = (event: MessageEvent<CsvWorkerRequest>) => {
  void handle(event.data);
};
