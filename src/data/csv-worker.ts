/**
 * The load worker (DESIGN.md "Architecture"): decodes, parses (CSV with papaparse), normalises and
 * validates the files of a load off the main thread. The project's own module worker, not
 * papaparse's `worker: true`, whose blob-URL worker the Content-Security-Policy forbids.
 */
import { createCsvWorkerHandler, type CsvWorkerRequest } from './csv-worker-handler';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createCsvWorkerHandler((message) => scope.postMessage(message));

scope.onmessage = (event: MessageEvent<CsvWorkerRequest>) => {
  void handle(event.data);
};
