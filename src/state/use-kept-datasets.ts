import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { LoadedDataset } from './dataset-queries';
import { useExplorerStore } from './explorer-store';
import { KeptDatasets, filtersFromStored, storedFilters, type KeptIndex } from './kept-datasets';
import { indexedDbKeptStore, refusingKeptStore } from './kept-store';
import { deviceStorageOff, offlineCopy } from './offline-copy';
import { fileNamesOf, keptIdOf, loadedFromResult, showDataset } from './show-dataset';

/**
 * The kept datasets of the app: IndexedDB on this device (tests provide an in-memory one); none
 * in the one-file offline copy.
 */
export const KeptDatasetsContext = createContext<KeptDatasets>(
  new KeptDatasets(offlineCopy ? refusingKeptStore(deviceStorageOff) : indexedDbKeptStore()),
);

/** The kept datasets in use. */
export function useKeptDatasets(): KeptDatasets {
  return useContext(KeptDatasetsContext);
}

/** Query key of the list of kept datasets. */
export const keptListKey = ['kept-datasets'] as const;

/** What is kept on this device (read without creating any storage). */
export function useKeptList() {
  const kept = useKeptDatasets();
  return useQuery<KeptIndex>({
    queryKey: keptListKey,
    queryFn: () => kept.list(),
    staleTime: Infinity,
  });
}

/** The id of the kept dataset on screen, or undefined when the data on screen is not kept. */
export function useOnScreenKeptId(): string | undefined {
  const id = useExplorerStore((s) => keptIdOf(s.source));
  const list = useKeptList();
  return id !== undefined && list.data?.entries.some((e) => e.id === id) ? id : undefined;
}

/**
 * Shows a new version of the data on screen: when the data on screen is kept, the new version is
 * kept first (the old one stays whole if that fails) and shown as kept; otherwise it is shown.
 */
export async function showNewVersion(
  client: QueryClient,
  kept: KeptDatasets,
  loaded: LoadedDataset,
): Promise<void> {
  const { source, filters } = useExplorerStore.getState();
  const keptId = keptIdOf(source);
  if (keptId === undefined) return showDataset(client, loaded, { filters });
  try {
    await kept.keep({
      id: keptId,
      dataset: loaded.dataset,
      problems: loaded.result.problems,
      facts: loaded.result.facts,
      mapping: loaded.mapping ?? [],
      files: fileNamesOf(loaded),
      filters: storedFilters(filters),
    });
    showDataset(client, loaded, { keptId, filters });
  } catch (error) {
    showDataset(client, loaded, { filters });
    throw new Error(
      `The new data is on screen, but it could not be kept on this device (${(error as Error).message}); the copy kept before is unchanged.`,
    );
  } finally {
    await client.invalidateQueries({ queryKey: keptListKey });
  }
}

/** Keep, open and forget kept datasets; each reports its error through the returned mutation. */
export function useKeptActions(loaded: LoadedDataset | undefined) {
  const kept = useKeptDatasets();
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: keptListKey });
  /** Shows the data on screen again as not kept (after it was forgotten). */
  const unkeepScreen = (forgotten: (id: string) => boolean) => {
    const { source, filters } = useExplorerStore.getState();
    const id = keptIdOf(source);
    if (loaded && id !== undefined && forgotten(id)) showDataset(client, loaded, { filters });
  };
  const keep = useMutation({
    mutationFn: async () => {
      if (!loaded) return;
      const { source, filters } = useExplorerStore.getState();
      const entry = await kept.keep({
        id: keptIdOf(source),
        dataset: loaded.dataset,
        problems: loaded.result.problems,
        facts: loaded.result.facts,
        mapping: loaded.mapping ?? [],
        files: fileNamesOf(loaded),
        filters: storedFilters(filters),
      });
      showDataset(client, loaded, { keptId: entry.id, filters });
    },
    onSettled: refresh,
  });
  const open = useMutation({
    mutationFn: async (id: string) => {
      const read = await kept.load(id);
      if (!read.ok) throw new Error(read.message);
      const { dataset, problems, facts, mapping } = read.record;
      showDataset(client, loadedFromResult({ ok: true, dataset, problems, facts }, mapping), {
        keptId: id,
        filters: filtersFromStored(read.entry.filters),
      });
    },
    onSettled: refresh,
  });
  const forget = useMutation({
    mutationFn: async (id: string) => {
      await kept.forget(id);
      unkeepScreen((shown) => shown === id);
    },
    onSettled: refresh,
  });
  const forgetAll = useMutation({
    mutationFn: async () => {
      await kept.forgetAll();
      unkeepScreen(() => true);
    },
    onSettled: refresh,
  });
  const all = [keep, open, forget, forgetAll];
  // One message at a time: a new action clears the error of the last one.
  const resetAll = () => all.forEach((m) => m.reset());
  return {
    keep: () => {
      resetAll();
      keep.mutate();
    },
    open: (id: string) => {
      resetAll();
      open.mutate(id);
    },
    forget: (id: string) => {
      resetAll();
      forget.mutate(id);
    },
    forgetAll: () => {
      resetAll();
      forgetAll.mutate();
    },
    busy: all.some((m) => m.isPending),
    /** Keeping (or forgetting) is under way: the switch shows where it is going. */
    keeping: keep.isPending,
    forgetting: forget.isPending || forgetAll.isPending,
    error: all.find((m) => m.error)?.error ?? null,
  };
}
