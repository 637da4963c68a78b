import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { addToDataset, mapLoad, needsPeriod, type AcceptedLoad } from '../data/add-to-dataset';
import type { CategoryMapping, UnmergedCategory } from '../data/apply-mapping';
import { loadBaseOf } from '../data/load-limits';
import { loadFiles, type FileLike } from '../data/load-files';
import type { LoadedDataset } from './dataset-queries';
import { loadedFromResult, reportLoad } from './show-dataset';
import { showNewVersion, useKeptDatasets } from './use-kept-datasets';

/** Which side of an addition has cases without a period, for the user to name. */
export type PeriodSide = 'current' | 'added';

/** Files loaded to add, waiting for the user to name the period of cases that have none. */
export interface PendingAdd {
  added: AcceptedLoad;
  /** The name shown for each side that needs a period. */
  needPeriod: Array<{ side: PeriodSide; name: string }>;
}

function describe(load: AcceptedLoad): string {
  return load.facts.files.map((f) => f.name).join(', ') || load.dataset.meta.title;
}

/**
 * "Add to current data": loads the chosen files and merges them with the data on screen (a
 * refused load leaves it unchanged and is reported); asks for a period where neither the cases
 * nor the file give one; after the merge, hands back what could not be merged for mapping.
 */
export function useAddToCurrent(current: LoadedDataset | undefined) {
  const client = useQueryClient();
  const kept = useKeptDatasets();
  const [pending, setPending] = useState<PendingAdd | null>(null);
  const [unmerged, setUnmerged] = useState<UnmergedCategory[]>([]);
  const merge = useMutation({
    mutationFn: async (input: {
      added: AcceptedLoad;
      periods: { current?: string; added?: string };
    }) => {
      if (!current) return;
      const {
        result,
        report,
        unmerged: left,
      } = addToDataset(current.result, input.added, input.periods);
      reportLoad(client, report);
      setPending(null);
      setUnmerged(left);
      await showNewVersion(client, kept, loadedFromResult(result, current.mapping));
    },
  });
  const load = useMutation({
    // One budget: the files added count together with the data on screen.
    mutationFn: (files: readonly FileLike[]) =>
      loadFiles(files, current ? { base: loadBaseOf(current.result) } : {}),
    onSuccess: (result) => {
      if (!result.ok || !current) {
        reportLoad(client, result);
        return;
      }
      const needPeriod: PendingAdd['needPeriod'] = [];
      if (needsPeriod(current.dataset))
        needPeriod.push({ side: 'current', name: describe(current.result) });
      if (needsPeriod(result.dataset)) needPeriod.push({ side: 'added', name: describe(result) });
      if (needPeriod.length > 0) setPending({ added: result, needPeriod });
      else merge.mutate({ added: result, periods: {} });
    },
  });
  const map = useMutation({
    mutationFn: async (mapping: CategoryMapping) => {
      if (!current) return;
      const { result, applied } = mapLoad(current.result, mapping);
      setUnmerged([]);
      await showNewVersion(
        client,
        kept,
        loadedFromResult(result, [...(current.mapping ?? []), ...applied]),
      );
    },
  });
  return {
    /** Loads files to add to the data on screen. */
    add: (files: readonly FileLike[]) => {
      merge.reset();
      map.reset();
      load.mutate(files);
    },
    pending,
    /** Completes a pending addition with the periods the user named (blank: none). */
    answerPeriods: (periods: { current?: string; added?: string }) => {
      if (pending) merge.mutate({ added: pending.added, periods });
    },
    cancelPending: () => setPending(null),
    /** What the last addition could not merge (until mapped or dismissed). */
    unmerged,
    dismissUnmerged: () => setUnmerged([]),
    applyMapping: (mapping: CategoryMapping) => map.mutate(mapping),
    busy: load.isPending || merge.isPending || map.isPending,
    error: load.error ?? merge.error ?? map.error,
  };
}
