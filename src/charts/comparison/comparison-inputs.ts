import type { ChartModel } from '../../query/model/chart-model';
import { barInputsOf } from '../bar/bar-inputs';
import type { BarInput, LegendInput } from '../bar/bar-layout';
import { singleSeriesColour, tint } from '../palette';

/** The earlier period's bars: a light tint of the later one's, so they differ in greyscale too. */
export const earlierPeriodColour = tint(singleSeriesColour, 0.55);

/**
 * The bars of a comparison model (rows in pairs per category: the earlier period, then the later):
 * a heading per category, then a bar per period, coloured by period, each with its share, base
 * and interval as the model holds them.
 */
export function comparisonBarInputs(model: ChartModel, laterPeriod: string): BarInput[] {
  const bars = barInputsOf(model, (row) =>
    row.column?.id === laterPeriod ? singleSeriesColour : earlierPeriodColour,
  );
  const out: BarInput[] = [];
  let heading: string | undefined;
  model.rows.forEach((row, i) => {
    const bar = bars[i];
    if (!bar) return;
    const series = row.series;
    if (series && series.id !== heading) {
      heading = series.id;
      out.push({
        key: `heading\u0000${series.id}`,
        label: series.label,
        count: null,
        countText: '',
        shareText: '',
        inferred: 0,
        colour: singleSeriesColour,
        state: 'normal',
        kind: 'group',
        level: 0,
      });
    }
    // The bars are not buttons here: the comparison filters nothing.
    const { categoryId: _categoryId, ...rest } = bar;
    out.push({ ...rest, label: row.column?.label ?? row.label, level: series ? 1 : 0 });
  });
  return out;
}

/** The legend of a comparison: which colour is which period. */
export function comparisonLegend(fromLabel: string, toLabel: string): LegendInput[] {
  return [
    { label: fromLabel, colour: earlierPeriodColour, swatch: 'solid' },
    { label: toLabel, colour: singleSeriesColour, swatch: 'solid' },
  ];
}
