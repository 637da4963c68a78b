/**
 * The co-occurrence matrix's layout, read from its chart model: the themes in the model's order,
 * every cell of the square (each pair's row read for both of its cells), its text, its colour
 * class and its accessible name, and the legend. Pure: the grid component only draws it.
 */
import type { CoOccurrenceMeasure } from '../../query/co-occurrence';
import type { ChartModel, ChartRow } from '../../query/model/chart-model';
import { measureLabels, pairKey } from '../../query/model/co-occurrence-model';
import { binFills, emptyFill } from '../heatmap/heatmap-scale';
import { maskedFill, inkOn } from '../tile-map/tile-map-scale';

/** A theme of the matrix: its id, label and number (its place, shown on column headers). */
export interface MatrixTheme {
  id: string;
  label: string;
  number: number;
}

/** One cell of the square. */
export interface MatrixCell {
  row: number;
  column: number;
  /** The model row of the pair (shared by the two mirrored cells). */
  pair: ChartRow;
  diagonal: boolean;
  /** What the cell prints: the measure, "< 5" or "hidden", "–" for none. */
  text: string;
  fill: string;
  ink: string;
  hidden: boolean;
  selected: boolean;
  /** "Information sharing and Risk assessment: 3 cases with both, of 10 coded for both; …". */
  name: string;
}

/** A legend entry: a colour and what it stands for. */
export interface MatrixLegendEntry {
  fill: string;
  label: string;
  kind: 'empty' | 'class' | 'masked';
}

/** Everything the grid draws. */
export interface CoOccurrenceLayout {
  themes: MatrixTheme[];
  /** Row-major, `themes.length` squared. */
  cells: MatrixCell[];
  legendTitle: string;
  legend: MatrixLegendEntry[];
}

/** The colour classes of a measure: upper bounds (inclusive) and their labels. */
function classesOf(
  measure: CoOccurrenceMeasure,
  max: number,
): Array<{ upper: number; label: string }> {
  if (measure === 'jaccard')
    return [0.2, 0.4, 0.6, 0.8, 1].map((upper, i) => ({
      upper,
      label: `${i === 0 ? 'over 0' : (upper - 0.2).toFixed(1)}–${upper.toFixed(1)}`,
    }));
  if (measure !== 'count')
    return [
      { upper: 0.5, label: 'up to 0.5' },
      { upper: 1, label: '0.5–1 (chance)' },
      { upper: 1.5, label: '1–1.5' },
      { upper: 2, label: '1.5–2' },
      { upper: Number.POSITIVE_INFINITY, label: 'over 2' },
    ];
  if (max <= 0) return [];
  if (max <= 5)
    return Array.from({ length: max }, (_, i) => ({
      upper: i + 1,
      label: String(i + 1),
    }));
  const step = Math.ceil(max / 5);
  return Array.from({ length: Math.ceil(max / step) }, (_, i) => ({
    upper: (i + 1) * step,
    label: `${i * step + 1}–${(i + 1) * step}`,
  }));
}

/** A cell's name, row theme first (so the two cells of a pair are told apart). */
function cellName(pair: ChartRow, a: string, b: string, measure: CoOccurrenceMeasure): string {
  const diagonal = a === b;
  const measureCell = pair.extra?.[1];
  if (pair.base.value === 0) return `${diagonal ? a : `${a} and ${b}`}: not coded`;
  const of = `of ${pair.base.text}`;
  const counted = diagonal
    ? `${a}: ${pair.count.text} ${pair.count.text === '1' ? 'case' : 'cases'} with the theme, ${of} coded`
    : `${a} and ${b}: ${pair.count.text} ${pair.count.text === '1' ? 'case' : 'cases'} with both, ${of} coded for both`;
  if (measure === 'count' || !measureCell) return counted;
  return `${counted}; ${measureLabels[measure]} ${measureCell.text}`;
}

/** Lays out the matrix from its (possibly masked) model and the measure it was built with. */
export function layoutCoOccurrence(
  model: ChartModel,
  measure: CoOccurrenceMeasure,
): CoOccurrenceLayout {
  const themes: MatrixTheme[] = model.rows
    .filter((r) => r.members?.length === 1)
    .map((r, i) => ({
      id: r.series?.id ?? r.key,
      label: r.series?.label ?? r.label,
      number: i + 1,
    }));
  const byKey = new Map(model.rows.map((r) => [r.key, r]));
  let max = 0;
  for (const r of model.rows) {
    const v = r.extra?.[1]?.value;
    if (v !== null && v !== undefined && Number.isFinite(v)) max = Math.max(max, v);
  }
  const classes = classesOf(measure, max);
  // Spread over the blues past the two palest, so the first class stands apart from empty.
  const fills = classes.map(
    (_, i) =>
      binFills[classes.length === 1 ? 4 : 2 + Math.round((i * 4) / (classes.length - 1))] ??
      emptyFill,
  );
  const classOf = (value: number) => {
    const found = classes.findIndex((c) => value <= c.upper + 1e-9);
    return found === -1 ? classes.length - 1 : found;
  };
  const cells: MatrixCell[] = [];
  themes.forEach((rowTheme, row) => {
    themes.forEach((columnTheme, column) => {
      const [first, second] = row <= column ? [rowTheme, columnTheme] : [columnTheme, rowTheme];
      const pair = byKey.get(pairKey(first.id, second.id));
      if (!pair) return;
      const diagonal = row === column;
      const cell = pair.extra?.[1];
      // Counting, the cell is the pair's count (a 0 stays 0 even when its n is hidden).
      const hidden =
        measure === 'count' ? pair.count.hidden !== undefined : cell?.hidden !== undefined;
      const value = measure === 'count' ? pair.count.value : (cell?.value ?? null);
      const fill = hidden
        ? maskedFill
        : value === null || value <= 0
          ? emptyFill
          : (fills[classOf(value)] ?? emptyFill);
      cells.push({
        row,
        column,
        pair,
        diagonal,
        text:
          measure === 'count' && pair.base.value !== 0
            ? pair.count.text
            : (cell?.text ?? pair.count.text),
        fill,
        ink: inkOn(fill),
        hidden,
        selected: pair.state === 'selected',
        name: cellName(pair, rowTheme.label, columnTheme.label, measure),
      });
    });
  });
  const legend: MatrixLegendEntry[] = [
    { fill: emptyFill, label: measure === 'count' ? '0' : '0 or none', kind: 'empty' },
    ...classes.map((c, i) => ({
      fill: fills[i] ?? emptyFill,
      label: c.label,
      kind: 'class' as const,
    })),
  ];
  if (model.maskedBelow !== undefined)
    legend.push({
      fill: maskedFill,
      label: `hidden (counts under ${model.maskedBelow})`,
      kind: 'masked',
    });
  const legendTitle = measure === 'count' ? 'Cases with both' : measureLabels[measure];
  return { themes, cells, legendTitle, legend };
}
