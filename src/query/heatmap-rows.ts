import { quickselect } from 'd3-array';
import type { Dataset } from '../data/types';
import type { DatasetIndex } from './dataset-index';
import type { HeatmapMode } from './heatmap-matrix';
import { rowComparator, type HeatmapRowTotals, type RowSort } from './heatmap-order';

/**
 * The most cases the Themes heatmap draws as rows. Its canvas scrolls 5,000 rows smoothly (the
 * 5,000-case e2e), and past that the matrix, its colours and its sort grow into tasks of hundreds
 * of milliseconds (700 ms at 100,000 cases, issue 21), while nobody reads more rows than that.
 * Past it the rows are the first cases of the sort, and the view says so.
 */
export const heatmapRowLimit = 5000;

/** Presenter-safe's say in which rows are picked: neutral labels and hidden totals. */
export interface SafePick {
  /** The row label shown for a case (by dataset index): title sorts use it. */
  label: (caseIndex: number) => string;
  /** Totals below it are hidden, so they tie. */
  hideBelow: number;
}

/** The rows picked: positions in the cases' rows, and the order they were picked by. */
export interface PickedRows {
  rows: Int32Array;
  /** The sort the rows are the first of: a similarity order seriates the cases with most. */
  by: Exclude<RowSort, 'similarity'>;
}

/**
 * Which cases in view get a row: all of them up to `limit`; past it, the first `limit` in the
 * row sort's order (for similarity, the cases with the highest totals, which the seriation then
 * orders; while presenter-safe is on, an outcome sort also picks by total, so the rows shown
 * do not tell which outcome the cases hidden have). Linear on average (quickselect), so 100,000
 * cases are picked in tens of milliseconds. Returns null when every case gets a row.
 */
export function pickHeatmapRows(
  cases: HeatmapRowTotals,
  dataset: Dataset,
  index: DatasetIndex,
  sort: RowSort,
  mode: HeatmapMode,
  safe?: SafePick,
  limit: number = heatmapRowLimit,
): PickedRows | null {
  if (cases.rowCount <= limit) return null;
  const by = sort === 'similarity' || (safe && sort === 'outcome') ? 'total' : sort;
  const titles = safe ? Array.from(cases.caseRows, (c) => safe.label(c)) : undefined;
  const compare = rowComparator(
    cases,
    dataset,
    index,
    by,
    mode,
    safe && titles ? { titles, hideBelow: safe.hideBelow } : undefined,
  );
  const order = Array.from({ length: cases.rowCount }, (_, i) => i);
  quickselect(order, limit - 1, 0, order.length - 1, (a, b) => compare(Number(a), Number(b)));
  return { rows: Int32Array.from(order.slice(0, limit)), by };
}
