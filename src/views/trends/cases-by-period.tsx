import { useMemo } from 'react';
import { barState, notRecordedRow, unitLine } from '../../charts/bar/bar-inputs';
import type { BarInput, BarRow } from '../../charts/bar/bar-layout';
import { CategoryChart } from '../../charts/bar/category-chart';
import { singleSeriesColour } from '../../charts/palette';
import type { DatasetIndex } from '../../query/dataset-index';
import type { FilterState } from '../../query/selection';
import { casesByPeriod } from '../../query/trends';
import { usePresenterSafe } from '../../state/use-presenter-safe';

const noChoice: readonly string[] = [];

/** Props of {@link CasesByPeriod}. */
export interface CasesByPeriodProps {
  index: DatasetIndex;
  filters: FilterState;
  showData: boolean;
  onToggle: (periodId: string, additive: boolean) => void;
  /** A count was clicked: list its cases (an empty period id: the cases with no period). */
  onList: (periodId: string, heading: string) => void;
}

/**
 * Cases by period (DESIGN.md "Contract"): a bar per period in time order, counted under every
 * filter but the period's own; a bar toggles its period in the filter.
 */
export function CasesByPeriod({ index, filters, showData, onToggle, onList }: CasesByPeriodProps) {
  const data = useMemo(() => casesByPeriod(index, filters), [index, filters]);
  const safe = usePresenterSafe();
  const hideBelow = safe.enabled ? safe.threshold : undefined;
  const chosen = filters.values.get('period') ?? noChoice;
  const rows = useMemo(() => {
    const bars: BarInput[] = data.periods.map((p) => ({
      key: p.id,
      categoryId: p.id,
      label: p.label,
      count: p.count,
      inferred: 0,
      colour: singleSeriesColour,
      state: barState(chosen, p.id),
      kind: 'bar',
      level: 0,
    }));
    return data.notRecorded > 0 ? [...bars, notRecordedRow(data.notRecorded)] : bars;
  }, [data, chosen]);
  const list = (row: BarRow) =>
    onList(row.categoryId ?? '', `Period: ${row.categoryId ? row.label : 'not recorded'}`);
  return (
    <CategoryChart
      title="Cases by period"
      labelHeader="Period"
      unit={unitLine(data.total, index.size, 'Periods are in time order.', hideBelow)}
      rows={rows}
      denominator={data.total}
      showData={showData}
      hideBelow={hideBelow}
      emptyMessage={
        data.periods.length === 0 && data.total > 0
          ? 'No period is recorded for these cases.'
          : undefined
      }
      onToggle={onToggle}
      onList={list}
    />
  );
}
