import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useExplorerStore } from './explorer-store';
import { filtersFromStored, storedFilters, type KeptDatasets } from './kept-datasets';
import { keptIdOf, loadedFromResult, reportLoad, showDataset } from './show-dataset';
import { keptListKey, useKeptDatasets } from './use-kept-datasets';

const syncErrorKey = ['kept-datasets', 'sync-error'] as const;

/**
 * Follows the store while the app runs: which kept dataset is on screen, and the filters of a
 * kept dataset on screen, are written to the device as they change (so a reload loses nothing).
 */
function followStore(
  kept: KeptDatasets,
  onScreen: string | undefined,
  onError: (error: Error) => void,
): () => void {
  let written = onScreen;
  return useExplorerStore.subscribe((state, previous) => {
    const id = keptIdOf(state.source);
    if (state.source !== previous.source && id !== written) {
      written = id;
      kept.setOnScreen(id).catch(onError);
    }
    if (id !== undefined && state.filters !== previous.filters)
      kept.setFilters(id, storedFilters(state.filters)).catch(onError);
  });
}

/**
 * On start, shows the kept dataset that was on screen last (with its filters, unless the link
 * names filters of its own), then keeps the device in step with the screen. Returns false until
 * that first look is done, so the bundled briefing does not flash up before the kept data.
 */
export function useKeptRestore(): boolean {
  const kept = useKeptDatasets();
  const client = useQueryClient();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let cancelled = false;
    let stop: (() => void) | undefined;
    const report = (what: string) => (error: Error) =>
      client.setQueryData(syncErrorKey, `${what}: ${error.message}`);
    const restore = async (): Promise<string | undefined> => {
      const { onScreen } = await kept.list();
      if (onScreen === undefined || cancelled) return undefined;
      const read = await kept.load(onScreen);
      if (cancelled) return undefined;
      if (!read.ok) {
        reportLoad(client, {
          ok: false,
          problems: [
            {
              code: 'kept-unreadable',
              severity: 'error',
              file: 'Kept on this device',
              message: read.message,
              hint: 'Open Datasets to forget it; the bundled briefing is shown instead.',
            },
          ],
          facts: { files: [], codebookDerived: false },
        });
        await kept.setOnScreen(undefined);
        return undefined;
      }
      const { dataset, problems, facts, mapping } = read.record;
      const fromLink = useExplorerStore.getState().filters;
      showDataset(client, loadedFromResult({ ok: true, dataset, problems, facts }, mapping), {
        keptId: onScreen,
        filters: fromLink.values.size > 0 ? fromLink : filtersFromStored(read.entry.filters),
      });
      return onScreen;
    };
    restore()
      .catch((error: Error) => {
        report('What is kept on this device could not be read')(error);
        return undefined;
      })
      .then((onScreen) => {
        if (cancelled) return;
        void client.invalidateQueries({ queryKey: keptListKey });
        stop = followStore(kept, onScreen, report('Changes could not be saved on this device'));
        setReady(true);
      });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [kept, client]);
  return ready;
}

/** The last failure to save the kept dataset's changes, if any. */
export function useKeptSyncError(): string | undefined {
  return useQuery<string | undefined>({
    queryKey: syncErrorKey,
    queryFn: () => null as never,
    enabled: false,
  }).data;
}
