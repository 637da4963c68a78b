import type { QueryClient } from '@tanstack/react-query';
import type { CategoryMapping } from '../data/apply-mapping';
import type { LoadResult } from '../data/types';
import { buildDatasetIndex } from '../query/dataset-index';
import { sanitiseFilters, type FilterState } from '../query/selection';
import type { LoadedDataset } from './dataset-queries';
import { useExplorerStore, type DatasetSource } from './explorer-store';

const keptPrefix = 'kept:';

/** A loaded dataset ready for the views: the accepted load with its columnar index. */
export function loadedFromResult(
  result: Extract<LoadResult, { ok: true }>,
  mapping: CategoryMapping = [],
): LoadedDataset {
  return {
    result,
    dataset: result.dataset,
    index: buildDatasetIndex(result.dataset),
    ...(mapping.length > 0 ? { mapping } : {}),
  };
}

/** The id of the kept dataset on screen, or undefined when what is shown is not kept. */
export function keptIdOf(source: DatasetSource): string | undefined {
  if (source.kind !== 'files' || !source.loadId.startsWith(keptPrefix)) return undefined;
  return source.loadId.slice(keptPrefix.length).split('/')[0];
}

/** The names of the files behind a loaded dataset. */
export function fileNamesOf(loaded: LoadedDataset): string[] {
  return loaded.result.facts.files.map((f) => f.name);
}

/** Options of {@link showDataset}. */
export interface ShowOptions {
  /** The kept dataset this is (a version of); absent for data not kept. */
  keptId?: string;
  /** Filters to show it with (unknown values are dropped); none when absent. */
  filters?: FilterState;
}

/**
 * Puts a dataset on screen, as a load of the user's files does: the previous user dataset is
 * freed, this one cached under a fresh load id, and the store's source switched to it.
 */
export function showDataset(
  client: QueryClient,
  loaded: LoadedDataset,
  options: ShowOptions = {},
): void {
  const stamp = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const names = fileNamesOf(loaded);
  const loadId = options.keptId
    ? `${keptPrefix}${options.keptId}/${stamp}`
    : `${stamp}-${names.join('+')}`;
  client.removeQueries({ queryKey: ['dataset', 'files'] });
  client.setQueryData(['dataset', 'files', loadId], loaded);
  const filters = options.filters
    ? sanitiseFilters(loaded.index, options.filters).filters
    : { values: new Map<string, readonly string[]>(), themeMatch: 'any' as const };
  // Set directly rather than through setSource, which would clear the filters.
  useExplorerStore.setState({
    source: { kind: 'files', loadId, names },
    filters,
    drill: undefined,
  });
}

/** Remembers a load's result for the load report, as a load of the user's files does. */
export function reportLoad(client: QueryClient, result: LoadResult): void {
  client.setQueryData(['last-load'], result);
}
