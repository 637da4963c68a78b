/**
 * The agreement worker: runs {@link runAgreement} off the main thread, since a seeded bootstrap of
 * 1,000 resamples per field and theme takes seconds on thousands of cases.
 */
import type { CoderDataset } from './agreement-input';
import { runAgreement } from './agreement-run';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ coders: CoderDataset[] }>) => {
  scope.postMessage(runAgreement(event.data.coders));
};
