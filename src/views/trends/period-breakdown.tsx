import { useMemo, useState } from 'react';
import { SmallMultiplesChart } from '../../charts/small-multiples/small-multiples-chart';
import {
  layoutSmallMultiples,
  type MultipleMark,
  type TrendMeasure,
} from '../../charts/small-multiples/small-multiples-layout';
import { useChartWidth } from '../../charts/use-chart-width';
import type { DatasetIndex } from '../../query/dataset-index';
import type { FilterState } from '../../query/selection';
import { trendsByPeriod, type TrendDimension } from '../../query/trends';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { ChartFrame } from '../../ui/chart-frame';
import { trendDimensionNames } from './trend-dimensions';

/** Props of {@link PeriodBreakdown}. */
export interface PeriodBreakdownProps {
  index: DatasetIndex;
  filters: FilterState;
  dimension: TrendDimension;
  showData: boolean;
  onList: (mark: MultipleMark) => void;
}

const noChoice: readonly string[] = [];

/**
 * Each category's count and share per period as small multiples on one shared scale, with a
 * switch between counts and shares. Counted under every filter but the list's own and the
 * period's: those are the chart's axes, so their choices are shown by dimming instead.
 */
export function PeriodBreakdown({
  index,
  filters,
  dimension,
  showData,
  onList,
}: PeriodBreakdownProps) {
  const [measure, setMeasure] = useState<TrendMeasure>('count');
  const { ref, width } = useChartWidth<HTMLDivElement>(900);
  const safe = usePresenterSafe();
  const hideBelow = safe.enabled ? safe.threshold : undefined;
  const names = trendDimensionNames.get(dimension);
  const title = names?.title ?? dimension;
  const trends = useMemo(
    () => trendsByPeriod(index, filters, dimension),
    [index, filters, dimension],
  );
  const chosenCategories = filters.values.get(dimension) ?? noChoice;
  const chosenPeriods = filters.values.get('period') ?? noChoice;
  const layout = useMemo(
    () =>
      trends &&
      layoutSmallMultiples(trends.series, trends.periods, {
        width,
        measure,
        chosenCategories,
        chosenPeriods,
        hideBelow,
      }),
    [trends, width, measure, chosenCategories, chosenPeriods, hideBelow],
  );
  const periods = trends?.periods ?? [];
  const rows =
    trends?.series.flatMap((s) =>
      s.cells.map((cell, i) => ({
        label: `${s.label}, ${periods[i]?.label ?? ''}`,
        count: cell.count,
        percent: cell.percent,
        extra: [periods[i]?.total ?? 0],
      })),
    ) ?? [];
  const perPeriod = periods.map((p) => `${p.label} ${safe.count(p.total)}`).join(', ');
  const unit = `Unit: cases. One panel per category; columns are periods in time order, on one scale for all panels. ${
    measure === 'share' ? 'Shares are of each period’s cases' : 'Cases per period'
  } (n: ${perPeriod}).${trends?.multi ? ' A case can have several themes, so shares do not sum to 100%.' : ''}`;
  const axesFiltered = chosenCategories.length > 0 || chosenPeriods.length > 0;
  const controls = (
    <fieldset className="trend-measure">
      <legend>Columns show</legend>
      {(
        [
          ['count', 'Number of cases'],
          ['share', 'Share of the period’s cases'],
        ] as const
      ).map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name={`${dimension}-measure`}
            value={value}
            checked={measure === value}
            onChange={() => setMeasure(value)}
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
  const empty =
    !trends || trends.series.length === 0
      ? `No ${names?.option.toLowerCase() ?? dimension} is recorded in this dataset.`
      : undefined;
  return (
    <ChartFrame
      title={title}
      unit={unit}
      controls={controls}
      notes={
        axesFiltered
          ? 'The filters on this list and on period are not applied here (they are the chart’s axes); what they leave out is greyed.'
          : 'Click a column to list its cases.'
      }
      labelHeader={`${names?.column ?? dimension}, period`}
      percentHeader="Percent of period"
      extraHeaders={['Cases in period']}
      rows={rows}
      emptyMessage={empty}
      showData={showData}
    >
      <div ref={ref}>
        {layout && <SmallMultiplesChart layout={layout} name={title} onList={onList} />}
      </div>
    </ChartFrame>
  );
}
