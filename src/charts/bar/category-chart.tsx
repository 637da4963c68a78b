import { useMemo, type ReactNode } from 'react';
import { percentHalfUp } from '../../query/percent';
import { ChartFrame } from '../../ui/chart-frame';
import { measuredTextWidth } from '../text-measure';
import { useChartWidth } from '../use-chart-width';
import { BarChart } from './bar-chart';
import { layoutBars, type BarInput, type BarRow, type LegendInput } from './bar-layout';

/** Props of {@link CategoryChart}. */
export interface CategoryChartProps {
  /** Chart title: also its data table's caption (DESIGN.md "Contract"). */
  title: string;
  /** Header of the data table's first column, e.g. "Initial police contact". */
  labelHeader: string;
  unit: string;
  /** Rows in drawing order, with their selection state. */
  rows: readonly BarInput[];
  /** The chart's n: the cases its percentages are of. */
  denominator: number;
  legend?: readonly LegendInput[];
  notes?: ReactNode;
  controls?: ReactNode;
  /** Shown instead of the bars; by default when n is 0. */
  emptyMessage?: string;
  showData?: boolean;
  /** A further column of the data table (e.g. the outcome of a sub-category). */
  groupColumn?: { header: string; valueOf: (row: BarInput) => string };
  /** Presenter-safe's threshold k while it is on: counts below it are shown as "< k". */
  hideBelow?: number;
  onToggle?: (categoryId: string, additive: boolean) => void;
  onList?: (row: BarRow) => void;
}

/**
 * A chart of one dimension's counts: the shared frame (title, unit, legend, notes, data table,
 * exports) around a horizontal bar chart laid out for the width it has.
 */
export function CategoryChart({
  title,
  labelHeader,
  unit,
  rows,
  denominator,
  legend,
  notes,
  controls,
  emptyMessage,
  showData,
  groupColumn,
  hideBelow,
  onToggle,
  onList,
}: CategoryChartProps) {
  const { ref, width, measured } = useChartWidth<HTMLDivElement>();
  const layout = useMemo(
    () => layoutBars(rows, { width, denominator, legend, measure: measuredTextWidth, hideBelow }),
    [rows, width, denominator, legend, hideBelow],
  );
  const bars = rows.filter((r) => r.kind !== 'group');
  const anyInferred = bars.some((r) => r.inferred > 0);
  const extraHeaders = [
    ...(groupColumn ? [groupColumn.header] : []),
    ...(anyInferred ? ['Of which inferred'] : []),
  ];
  const tableRows = bars.map((r) => ({
    label: r.label,
    count: r.count,
    percent: percentHalfUp(r.count, denominator),
    extra: [...(groupColumn ? [groupColumn.valueOf(r)] : []), ...(anyInferred ? [r.inferred] : [])],
  }));
  const empty =
    emptyMessage ?? (denominator === 0 ? 'No cases match the current filters.' : undefined);
  return (
    <ChartFrame
      title={title}
      unit={unit}
      notes={notes}
      controls={controls}
      labelHeader={labelHeader}
      percentHeader="Percent of n"
      rows={tableRows}
      extraHeaders={extraHeaders}
      emptyMessage={empty}
      showData={showData}
    >
      <div ref={ref}>
        {measured && <BarChart layout={layout} name={title} onToggle={onToggle} onList={onList} />}
      </div>
    </ChartFrame>
  );
}
