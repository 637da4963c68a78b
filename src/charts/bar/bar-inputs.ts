import type { ChartModel, ChartRow } from '../../query/model/chart-model';
import { dimmedColour, singleSeriesColour } from '../palette';
import type { BarInput, LegendInput } from './bar-layout';

/** The colour of a row, where colour carries meaning (an outcome); one colour otherwise. */
export type RowColour = (row: ChartRow) => string;

const oneColour: RowColour = () => singleSeriesColour;

/** The bar rows of a chart model, in its order, coloured by `colour`. */
export function barInputsOf(model: ChartModel, colour: RowColour = oneColour): BarInput[] {
  return model.rows
    .filter((row) => row.kind !== 'distinct')
    .map((row) => ({
      key: row.key,
      ...(row.categoryId === undefined ? {} : { categoryId: row.categoryId }),
      label: row.label,
      count: row.count.value,
      countText: row.count.text,
      shareText: row.kind === 'not-coded' ? '' : row.share.text,
      inferred: row.inferred.value ?? 0,
      colour: colour(row),
      state: row.state,
      kind: row.kind === 'group' ? 'group' : row.kind === 'not-coded' ? 'not-recorded' : 'bar',
      level: row.level,
    }));
}

/**
 * A chart's legend: its colour series (only where colour carries meaning), stated / inferred
 * when some values are inferred, and selected / not selected while its dimension is filtered.
 */
export function legendFor(options: {
  series?: ReadonlyArray<{ label: string; colour: string }>;
  colour: string;
  inferred: boolean;
  filtered: boolean;
}): LegendInput[] {
  const { series = [], colour, inferred, filtered } = options;
  const items: LegendInput[] = series.map((s) => ({ ...s, swatch: 'solid' }));
  if (inferred) {
    if (series.length === 0) items.push({ label: 'Stated', colour, swatch: 'solid' });
    items.push({ label: 'Inferred', colour, swatch: 'hatch' });
  }
  if (filtered) {
    items.push({ label: 'Selected', colour, swatch: 'outline' });
    items.push({ label: 'Not selected', colour: dimmedColour, swatch: 'solid' });
  }
  return items;
}
