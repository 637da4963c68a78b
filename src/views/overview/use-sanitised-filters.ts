import { useEffect } from 'react';
import type { DatasetIndex } from '../../query/dataset-index';
import { sanitiseFilters } from '../../query/selection';
import { useExplorerStore } from '../../state/explorer-store';

/**
 * Drops filter values the dataset on screen does not know (a stale or hand-edited link), and
 * names them in the URL notice. Runs for every view, whenever the dataset or the filters change.
 */
export function useSanitisedFilters(index: DatasetIndex | undefined): void {
  const filters = useExplorerStore((s) => s.filters);
  useEffect(() => {
    if (!index) return;
    const { filters: clean, dropped } = sanitiseFilters(index, filters);
    if (dropped.length === 0) return;
    const state = useExplorerStore.getState();
    const names = dropped.map((d) =>
      d.value === undefined ? `f.${d.dimension}` : `f.${d.dimension}=${d.value}`,
    );
    state.restore(
      {
        view: state.view,
        filters: clean,
        caseId: state.caseId,
        drill: state.drill,
        charts: state.charts,
        options: state.options,
      },
      [...state.urlNotice, ...names],
      state.urlNoticeMore,
    );
  }, [index, filters]);
}
