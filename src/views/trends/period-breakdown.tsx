import { useMemo, useState } from 'react';
import { SmallMultiplesChart } from '../../charts/small-multiples/small-multiples-chart';
import {
  layoutSmallMultiples,
  seriesOfModel,
  type MultipleMark,
  type TrendMeasure,
} from '../../charts/small-multiples/small-multiples-layout';
import { intervalNote } from '../../charts/bar/bar-inputs';
import { useChartWidth } from '../../charts/use-chart-width';
import type { ChartModel } from '../../query/model/chart-model';
import type { FilterState } from '../../query/selection';
import { ChartFrame } from '../../ui/chart-frame';

/** The periods with cases and their sizes as shown (null where presenter-safe hides one). */
export type PeriodSizes = ReadonlyArray<{ label: string; count: number | null; text: string }>;

/**
 * Each period's cases coded for the list, as the breakdown's rows show them: the largest base
 * of the period's rows (for themes, the cases coded for the best-coded theme). Periods with no
 * case are left out.
 */
export function codedSizes(model: ChartModel): PeriodSizes {
  const sizes = new Map<string, { label: string; count: number | null; text: string }>();
  for (const row of model.rows) {
    if (!row.column) continue;
    const known = sizes.get(row.column.id);
    const count = row.base.value;
    if (!known || (known.count !== null && (count === null || count > known.count)))
      sizes.set(row.column.id, { label: row.column.label, count, text: row.base.text });
  }
  return [...sizes.values()].filter((s) => s.count !== 0);
}

/** Periods this much larger than others make counts misleading: the columns show shares. */
export const periodSizeRatio = 1.5;

/**
 * Shares when the periods' cases coded differ by more than {@link periodSizeRatio} (or a size
 * is hidden): counts would then show a period with more cases coded as a rise. Counts otherwise.
 */
export function defaultMeasure(sizes: PeriodSizes): TrendMeasure {
  const counts = sizes.map((s) => s.count);
  if (counts.some((c) => c === null)) return 'share';
  const known = counts as number[];
  if (known.length < 2) return 'count';
  return Math.max(...known) > periodSizeRatio * Math.min(...known) ? 'share' : 'count';
}

/** Props of {@link PeriodBreakdown}. */
export interface PeriodBreakdownProps {
  model: ChartModel;
  filters: FilterState;
  showData: boolean;
  /** Draw each share's 95 % interval (from the model) as a line on its column. */
  intervals?: boolean;
  onList: (mark: MultipleMark) => void;
}

const noChoice: readonly string[] = [];

/**
 * Each category's count and share per period as small multiples on one shared scale, with a
 * switch between counts and shares, drawn from the breakdown's model. Counted under every filter
 * but the list's own and the period's: those are the chart's axes, so their choices are dimmed.
 */
export function PeriodBreakdown({
  model,
  filters,
  showData,
  intervals = false,
  onList,
}: PeriodBreakdownProps) {
  const [chosen, setMeasure] = useState<TrendMeasure | null>(null);
  // The periods' cases coded choose the measure until the user picks one.
  const sizes = useMemo(() => codedSizes(model), [model]);
  const automatic = defaultMeasure(sizes);
  const measure = chosen ?? automatic;
  const { ref, width } = useChartWidth<HTMLDivElement>(900);
  const dimension = model.dimension ?? '';
  const chosenCategories = filters.values.get(dimension) ?? noChoice;
  const chosenPeriods = filters.values.get('period') ?? noChoice;
  const layout = useMemo(() => {
    const { series, periods } = seriesOfModel(model);
    return layoutSmallMultiples(series, periods, {
      width,
      measure,
      chosenCategories,
      chosenPeriods,
      intervals,
    });
  }, [model, width, measure, chosenCategories, chosenPeriods, intervals]);
  // Lines are drawn only where a cell has an interval to show (none under a hidden count).
  const lines = layout.panels.some((p) => p.marks.some((m) => m.whisker));
  const axesFiltered = chosenCategories.length > 0 || chosenPeriods.length > 0;
  const controls = (
    <fieldset className="trend-measure">
      <legend>Columns show</legend>
      {(
        [
          ['count', 'Number of cases'],
          ['share', 'Share of the period’s cases coded'],
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
  return (
    <ChartFrame
      model={model}
      controls={controls}
      notes={
        <>
          <p>
            {axesFiltered
              ? 'The filters on this list and on period are not applied here (they are the chart’s axes); what they leave out is greyed.'
              : 'One panel per category, periods in time order, on one scale for all panels. Click a column to list its cases.'}
          </p>
          {lines && <p>{intervalNote}</p>}
          {chosen === null && automatic === 'share' && (
            <p>
              Shares are shown because the periods differ in cases coded (
              {sizes.map((s) => `${s.label}: ${s.text}`).join(', ')}): counts would show a period
              with more cases coded as a rise.
            </p>
          )}
        </>
      }
      emptyMessage={model.absent ? `No ${model.noun} recorded in this dataset.` : undefined}
      showData={showData}
    >
      <div ref={ref}>
        <SmallMultiplesChart layout={layout} name={model.title} onList={onList} />
      </div>
    </ChartFrame>
  );
}
