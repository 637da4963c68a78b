import { numberedLabelKeys } from './label-order';
import type { Category, Dataset } from '../data/types';
import type { DatasetIndex } from './dataset-index';
import {
  cellValues,
  columnTotals,
  rowTotals,
  type HeatmapMatrix,
  type HeatmapMode,
} from './heatmap-matrix';
import { isMaskedCount } from './presenter-safe';
import { seriateRows } from './seriation';

/** How the heatmap's rows (cases) are sorted. */
export type RowSort = 'total' | 'outcome' | 'title' | 'similarity';
/** How the heatmap's columns (themes) are sorted. */
export type ColumnSort = 'codebook' | 'total';

const titleCollator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** How presenter-safe changes the order, so that it gives away neither names nor small counts. */
export interface SafeOrder {
  /** The row labels shown (neutral labels), in matrix row order: title sorts and ties use them. */
  titles: readonly string[];
  /** Totals from 1 to hideBelow − 1 are hidden, so they tie with one another. */
  hideBelow: number;
  /**
   * Per matrix row, the outcome code the row may show (−1 where its case disclosure withholds
   * it, as for none recorded): an outcome sort must not group rows by outcomes it hides.
   */
  outcomes?: Int32Array;
}

/** A total as the order may see it: hidden totals all rank alike. */
function rankedTotals(totals: Int32Array, hideBelow: number | undefined): Int32Array {
  if (hideBelow === undefined) return totals;
  return Int32Array.from({ length: totals.length }, (_, i) => {
    const total = totals[i] ?? 0;
    return isMaskedCount(total, hideBelow) ? 1 : total;
  });
}

/** What a row order reads: the cases on the rows and their totals (a matrix, or every case in view). */
export type HeatmapRowTotals = Pick<
  HeatmapMatrix,
  'caseRows' | 'rowCount' | 'rowItems' | 'rowPresent'
>;

/**
 * The comparison of two rows (positions in `rows.caseRows`) for a sort other than similarity:
 * by total (largest first), by outcome (codebook order), or by title; ties fall back to the
 * title, then to dataset order, so it is a total order.
 */
export function rowComparator(
  rows: HeatmapRowTotals,
  dataset: Dataset,
  index: DatasetIndex,
  sort: Exclude<RowSort, 'similarity'>,
  mode: HeatmapMode,
  safe?: SafeOrder,
): (a: number, b: number) => number {
  const titles = safe?.titles ?? Array.from(rows.caseRows, (c) => dataset.cases[c]?.title ?? '');
  // Neutral labels differ only in their numbers: compared as numbers, in the collator's order.
  const numbered = safe ? numberedLabelKeys(titles) : null;
  const byTitle = numbered
    ? (a: number, b: number) => (numbered[a] ?? 0) - (numbered[b] ?? 0)
    : (a: number, b: number) => titleCollator.compare(titles[a] ?? '', titles[b] ?? '');
  const totals = rankedTotals(rowTotals(rows, mode), safe?.hideBelow);
  const present = rankedTotals(rows.rowPresent, safe?.hideBelow);
  const byTotal = (a: number, b: number) =>
    (totals[b] ?? 0) - (totals[a] ?? 0) || (present[b] ?? 0) - (present[a] ?? 0);
  const outcomes = index.dimensions.get('outcome')?.codes;
  const outcomeRank = (row: number) => {
    const code = safe?.outcomes
      ? (safe.outcomes[row] ?? -1)
      : (outcomes?.[rows.caseRows[row] ?? 0] ?? -1);
    return code === -1 ? Number.MAX_SAFE_INTEGER : code;
  };
  const compare: Record<Exclude<RowSort, 'similarity'>, (a: number, b: number) => number> = {
    total: (a, b) => byTotal(a, b) || byTitle(a, b),
    outcome: (a, b) => outcomeRank(a) - outcomeRank(b) || byTotal(a, b) || byTitle(a, b),
    title: (a, b) => byTitle(a, b),
  };
  const chosen = compare[sort];
  return (a, b) => chosen(a, b) || a - b;
}

/**
 * The display order of the matrix rows: by total (largest first), by outcome (codebook order),
 * by title, or by similarity of theme profiles (seriation). Ties fall back to the title.
 */
export function orderRows(
  matrix: HeatmapMatrix,
  dataset: Dataset,
  index: DatasetIndex,
  sort: RowSort,
  mode: HeatmapMode,
  safe?: SafeOrder,
): Int32Array {
  if (sort === 'similarity') {
    const profile = cellValues(matrix, mode);
    return seriateRows(profile, matrix.rowCount, matrix.columnCount);
  }
  const order = Array.from({ length: matrix.rowCount }, (_, i) => i);
  order.sort(rowComparator(matrix, dataset, index, sort, mode, safe));
  return Int32Array.from(order);
}

/** The position of each theme's group in the codebook, or past the end when ungrouped. */
function groupRank(theme: Category, groups: readonly Category[]): number {
  const position = theme.group === undefined ? -1 : groups.findIndex((g) => g.id === theme.group);
  return position === -1 ? groups.length : position;
}

/**
 * The display order of the columns: codebook order, or by total (largest first). Either way
 * themes stay inside their codebook group, so grouped headers remain contiguous. Totals below
 * `hideBelow` (presenter-safe) tie, so the order does not rank hidden counts.
 */
export function orderColumns(
  matrix: HeatmapMatrix,
  groups: readonly Category[],
  sort: ColumnSort,
  mode: HeatmapMode,
  hideBelow?: number,
): Int32Array {
  const totals = rankedTotals(columnTotals(matrix, mode), hideBelow);
  const unnamed = rankedTotals(matrix.unnamed, hideBelow);
  const position = (c: number) => matrix.themes[c]?.order ?? c;
  const order = Array.from({ length: matrix.columnCount }, (_, i) => i);
  order.sort((a, b) => {
    const themeA = matrix.themes[a];
    const themeB = matrix.themes[b];
    const byGroup = themeA && themeB ? groupRank(themeA, groups) - groupRank(themeB, groups) : 0;
    // The items naming no case break ties, so a theme's whole weight still shows in the order.
    const byTotal =
      sort === 'total'
        ? (totals[b] ?? 0) - (totals[a] ?? 0) || (unnamed[b] ?? 0) - (unnamed[a] ?? 0)
        : 0;
    return byGroup || byTotal || position(a) - position(b) || a - b;
  });
  return Int32Array.from(order);
}
