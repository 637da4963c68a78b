import type { ChartModel, ChartRow } from './chart-model';
import type { Figure, IntervalFigure } from './figure';

/** A number's CSV cell: the number where there is one, else empty (never "–" or "< 5"). */
function numberCell(figure: Figure | IntervalFigure, value: number | null): number | '' {
  return figure.hidden ? '' : (value ?? '');
}

/** Six decimals are far finer than any share of cases: 0.363636 rather than 0.36363636363636365. */
function proportion(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1e6) / 1e6;
}

/** What a row hides, in words ("count < 5; share hidden"), so an empty number cell says why. */
function hiddenWords(row: ChartRow, model: ChartModel): string {
  const parts: string[] = [];
  if (row.count.hidden) parts.push(`count ${row.count.text}`);
  if (row.share.hidden) parts.push(`share ${row.share.text}`);
  else if (row.interval.hidden) parts.push(`interval ${row.interval.text}`);
  (row.extra ?? []).forEach((cell, i) => {
    if (cell.hidden) parts.push(`${model.extraColumns[i]?.header ?? 'extra'} ${cell.text}`);
  });
  return parts.join('; ');
}

/**
 * A chart's rows as a tidy table for CSV (one row per category; every number column holds only
 * numbers or nothing): label, category id, count, share and its 95 % interval as proportions
 * (0–1), the base the share is of (n coded), the chart's n, the inferred count, any extra
 * columns, and last what presenter-safe hid in the row, in words ("count < 5").
 * docs/exports.md describes the layout.
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
    'n',
    'Of which inferred',
    ...model.extraColumns.map((c) => c.header),
    'Hidden',
  ];
  const n = numberCell(model.n, model.n.value);
  const rows = model.rows.map((row) => [
    row.label,
    row.categoryId ?? (row.kind === 'not-coded' ? '(not coded)' : ''),
    numberCell(row.count, row.count.value),
    numberCell(row.share, proportion(row.share.value)),
    numberCell(row.interval, proportion(row.interval.low)),
    numberCell(row.interval, proportion(row.interval.high)),
    row.kind === 'not-coded' || row.kind === 'distinct' ? '' : numberCell(row.base, row.base.value),
    n,
    row.kind === 'distinct' ? '' : numberCell(row.inferred, row.inferred.value),
    ...(row.extra ?? []).map((cell, i) =>
      model.extraColumns[i]?.kind === 'text' ? cell.text : numberCell(cell, cell.value),
    ),
    hiddenWords(row, model),
  ]);
  return [header, ...rows];
}
