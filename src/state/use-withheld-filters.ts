import { useLayoutEffect } from 'react';
import type { LoadedDataset } from './dataset-queries';
import { useExplorerStore } from './explorer-store';
import { usePresenterSafeStore } from './presenter-safe-store';
import { useSafeCases } from './use-safe-cases';

/**
 * While presenter-safe is on, takes away every filter on a column it withholds (an extra column,
 * such as a `Child name`): its chip, the link and the chart captions would
 * show the value. Runs before the browser paints, whenever presenter-safe turns on, the dataset
 * changes or filters arrive (from a link or a slide); the banner names the columns, not values.
 */
export function useWithheldFilters(loaded: LoadedDataset | undefined): void {
  const safeCases = useSafeCases(loaded);
  const filters = useExplorerStore((s) => s.filters);
  useLayoutEffect(() => {
    const withheld = safeCases?.withheldDimensions;
    if (!withheld || ![...filters.values.keys()].some((d) => withheld.has(d))) return;
    const values = new Map([...filters.values].filter(([d]) => !withheld.has(d)));
    const dropped = [...filters.values.keys()].filter((d) => withheld.has(d));
    const labels = dropped.map((d) => loaded?.index.dimensions.get(d)?.label ?? d.slice(5));
    const state = useExplorerStore.getState();
    state.restore(
      {
        view: state.view,
        filters: { values, themeMatch: filters.themeMatch },
        caseId: state.caseId,
        drill: state.drill,
        charts: state.charts,
        options: state.options,
      },
      state.urlNotice,
    );
    usePresenterSafeStore.getState().noteDroppedFilters(labels);
  }, [safeCases, filters, loaded]);
}
