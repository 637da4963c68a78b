import { useMemo } from 'react';
import { countBits } from '../query/bitset';
import type { DatasetIndex } from '../query/dataset-index';
import { describeFilters } from '../query/filter-description';
import { selectCases } from '../query/selection';
import { useExplorerStore } from '../state/explorer-store';
import type { ViewId } from '../state/url-state';
import { usePresenterSafe } from '../state/use-presenter-safe';
import './filter-bar.css';

/** The views that show this line instead of the filter bar, because filters do not drive them. */
export type ScopedView = Extract<ViewId, 'check' | 'method' | 'case'>;

/** Whether a view shows the scope line rather than the filter bar. */
export function isScopedView(view: ViewId): view is ScopedView {
  return view === 'check' || view === 'method' || view === 'case';
}

/** Props of {@link FilterBarScope}. */
export interface FilterBarScopeProps {
  view: ScopedView;
  index: DatasetIndex;
}

/**
 * In place of the filter bar on a view that filters do not drive: one line saying whether the view
 * is filtered and what by, so the filters set on another view are neither hidden nor mistaken as
 * applied here.
 */
export function FilterBarScope({ view, index }: FilterBarScopeProps) {
  const filters = useExplorerStore((s) => s.filters);
  const safe = usePresenterSafe();
  const selected = useMemo(() => countBits(selectCases(index, filters)), [index, filters]);
  const phrases = describeFilters(index, filters.values, filters.themeMatch).map((p) => p.text);
  const named = phrases.join('; ');
  const some = `${safe.count(selected)} of ${safe.count(index.size)} cases`;
  let text: string;
  if (view === 'method')
    text =
      phrases.length === 0
        ? 'Not filtered: the screening counts the reviews the source examined, not cases.'
        : `Not filtered: the screening counts the reviews the source examined, not cases. The filters set elsewhere (${named}) apply on the other views.`;
  else if (view === 'check')
    text =
      phrases.length === 0
        ? `No filters: the case table lists all ${safe.count(index.size)} cases. The published figures, the load report and the comparison always use every case.`
        : `Only the case table is filtered (${named}: ${some}). The published figures, the load report and the comparison use every case.`;
  else
    text =
      phrases.length === 0
        ? `No filters: Previous and Next step through all ${safe.count(index.size)} cases.`
        : `Previous and Next step through the cases under the filters (${named}: ${some}).`;
  return (
    <section className="filter-bar filter-scope" aria-label="Filters">
      <p>{text}</p>
    </section>
  );
}
