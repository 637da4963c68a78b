import type { ChartModel, ChartRow } from '../../query/model/chart-model';
import { chartInk, dimmedColour, singleSeriesColour } from '../palette';
import type { BarInput, LegendInput } from './bar-layout';

/** The colour of a row, where colour carries meaning (an outcome); one colour otherwise. */
export type RowColour = (row: ChartRow) => string;

const oneColour: RowColour = () => singleSeriesColour;

/**
 * A row's 95 % interval as the model holds it, or null where the row has none to draw: no
 * share, a hidden count, share or interval (presenter-safe), or the cases not coded.
 */
export function intervalOf(row: ChartRow): { low: number; high: number } | null {
  const { interval, count, share } = row;
  if (row.kind !== 'category' || interval.low === null || interval.high === null) return null;
  if (interval.hidden || count.hidden || share.hidden || count.value === null) return null;
  if (share.value === null) return null;
  return { low: interval.low, high: interval.high };
}

/** The legend's words for the interval lines (the data table lists each interval). */
export const intervalLegendLabel = 'Lines: 95% intervals';

/** The legend entry of the interval lines, wherever a chart draws them. */
export const intervalLegendItem: LegendInput = {
  label: intervalLegendLabel,
  colour: chartInk,
  swatch: 'whisker',
};

/** What the lines on a chart mean, under the chart while they are drawn. */
export const intervalNote =
  'Lines show 95% intervals (Wilson) of the percentages; the data table lists each one.';

/** One row of a chart model as a bar to lay out, coloured by `colour`. */
export function barInputOf(row: ChartRow, colour: RowColour = oneColour): BarInput {
  return {
    key: row.key,
    ...(row.categoryId === undefined ? {} : { categoryId: row.categoryId }),
    label: row.label,
    count: row.count.value,
    countText: row.count.text,
    shareText: row.kind === 'not-coded' ? '' : row.share.text,
    inferred: row.inferred.value ?? 0,
    share: row.share.value,
    base: row.base.value,
    interval: intervalOf(row),
    colour: colour(row),
    state: row.state,
    kind: row.kind === 'group' ? 'group' : row.kind === 'not-coded' ? 'not-recorded' : 'bar',
    level: row.level,
  };
}

/** The bar rows of a chart model, in its order, coloured by `colour`. */
export function barInputsOf(model: ChartModel, colour: RowColour = oneColour): BarInput[] {
  return model.rows.filter((row) => row.kind !== 'distinct').map((row) => barInputOf(row, colour));
}

/**
 * A chart's legend: its colour series (only where colour carries meaning), stated / inferred
 * when some values are inferred, selected / not selected while its dimension is filtered, and
 * what the lines mean while 95 % intervals are drawn.
 */
export function legendFor(options: {
  series?: ReadonlyArray<{ label: string; colour: string }>;
  colour: string;
  inferred: boolean;
  filtered: boolean;
  /** The chart draws 95 % intervals as lines. */
  intervals?: boolean;
}): LegendInput[] {
  const { series = [], colour, inferred, filtered, intervals = false } = options;
  const items: LegendInput[] = series.map((s) => ({ ...s, swatch: 'solid' }));
  if (inferred) {
    if (series.length === 0) items.push({ label: 'Stated', colour, swatch: 'solid' });
    items.push({ label: 'Inferred', colour, swatch: 'hatch' });
  }
  if (filtered) {
    items.push({ label: 'Selected', colour, swatch: 'outline' });
    items.push({ label: 'Not selected', colour: dimmedColour, swatch: 'solid' });
  }
  if (intervals) items.push(intervalLegendItem);
  return items;
}
