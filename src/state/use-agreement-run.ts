import { useQuery } from '@tanstack/react-query';
import type { CoderDataset } from '../query/agreement-input';
import { runAgreement, type AgreementRun } from '../query/agreement-run';
import type { Coder } from './coder-versions';

/** Runs the agreement in its own module worker, or here where there are no workers (tests). */
function runOffMainThread(coders: readonly CoderDataset[]): Promise<AgreementRun> {
  if (typeof Worker === 'undefined') return Promise.resolve(runAgreement(coders));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../query/agreement-worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<AgreementRun>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The agreement could not be computed.'));
    };
    worker.postMessage({ coders: coders.map(({ coder, dataset }) => ({ coder, dataset })) });
  });
}

/**
 * The agreement of the coders chosen (two or more), computed off the main thread and cached per
 * set of coders, so coming back to the Check view does not compute it again.
 */
export function useAgreementRun(coders: readonly Coder[]) {
  return useQuery<AgreementRun>({
    queryKey: ['agreement-run', coders.map((c) => c.id)],
    queryFn: () => runOffMainThread(coders.map((c) => ({ coder: c.name, dataset: c.dataset }))),
    enabled: coders.length >= 2,
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    retry: false,
  });
}
