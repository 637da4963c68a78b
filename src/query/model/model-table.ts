import type { ChartModel } from './chart-model';
import type { Figure } from './figure';

/** A figure's CSV cell: the number where there is one, else what the screen shows ("< 5"). */
function cell(figure: Figure): number | string {
  return figure.value ?? (figure.hidden ? figure.text : '');
}

/**
 * A chart's rows as a tidy table for CSV (one row per category, numbers as numbers): label,
 * category id, count, share and its 95 % interval as proportions, the base the share is of, the
 * inferred count, then any extra columns. Hidden numbers keep their words ("< 5", "hidden").
 */
export function modelTable(model: ChartModel): Array<Array<string | number>> {
  const header = [
    model.labelHeader,
    'Category id',
    model.countHeader,
    'Share',
    'Interval low (95%)',
    'Interval high (95%)',
    'Share base',
    'Of which inferred',
    ...model.extraColumns.map((c) => c.header),
  ];
  const rows = model.rows.map((row) => [
    row.label,
    row.categoryId ?? (row.kind === 'not-coded' ? '(not coded)' : ''),
    cell(row.count),
    row.share.value ?? (row.share.hidden ? row.share.text : ''),
    row.interval.low ?? (row.interval.hidden ? row.interval.text : ''),
    row.interval.high ?? (row.interval.hidden ? row.interval.text : ''),
    row.kind === 'not-coded' || row.kind === 'distinct' ? '' : cell(row.base),
    row.kind === 'distinct' ? '' : cell(row.inferred),
    // A text column (e.g. a stated figure, "on the map") keeps its words; counts are numbers.
    ...(row.extra ?? []).map((c, i) => (model.extraColumns[i]?.kind === 'text' ? c.text : cell(c))),
  ]);
  return [header, ...rows];
}
