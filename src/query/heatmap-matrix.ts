import { themesCodedOf } from '../data/coding-status';
import type { Category, Dataset } from '../data/types';
import type { Bitset } from './bitset';
import { heatmapCases, type HeatmapCases, type HeatmapCasesOptions } from './heatmap-cases';
import type { DatasetIndex } from './dataset-index';

/** What a heatmap cell shows: learning items, presence, or a share of the row or column. */
export type HeatmapMode = 'count' | 'presence' | 'row-percent' | 'column-percent';

/** Cell flag: the case is coded with the theme (`case.themes`). */
export const cellCoded = 1;
/** Cell flag: the coding, or a learning item's link to the case, was inferred by the analyst. */
export const cellInferred = 2;
/** Cell flag: the case is not coded for the theme (not known, never absent). */
export const cellNotCoded = 4;

/**
 * Cases × themes, counted from the raw rows. Cells are row-major typed arrays
 * (`row * columnCount + column`) so a 5,000 × 20 matrix costs a few hundred kilobytes. The rows
 * are the cases shown, which may be fewer than the cases in view (the Themes view picks at most
 * `heatmapRowLimit`); the per-theme totals and the notes' counts are over every case in view.
 */
export interface HeatmapMatrix {
  /** The dataset index of the case on each row, in dataset order. */
  caseRows: Int32Array;
  /** The theme of each column: the codebook's themes, then any theme only the data names. */
  themes: Category[];
  /** Rows: the cases shown. */
  rowCount: number;
  columnCount: number;
  /** Learning items naming the row's case, on the column's theme. */
  counts: Int32Array;
  /** {@link cellCoded} and {@link cellInferred} bits. */
  flags: Uint8Array;
  /** Learning items per row and per column (the denominators of the row and column shares). */
  rowItems: Int32Array;
  columnItems: Int32Array;
  /** Cells present (coded or with learning) per row and per column. */
  rowPresent: Int32Array;
  columnPresent: Int32Array;
  /**
   * Per column, the cases in view coded for the theme, present or absent (a learning item on
   * the theme counts as present): the base of its share in presence mode.
   */
  columnCoded: Int32Array;
  /** Per theme: learning items that name no case of the dataset (never filtered by case). */
  unnamed: Int32Array;
  /** Items on the cases in view, items naming no case, and all items passing the barrier filter. */
  itemsOnRows: number;
  unnamedItems: number;
  totalItems: number;
  /** The cases in view (the selection): the rows are all of them, or those picked. */
  selection: Bitset;
  casesInView: number;
  /** Cases in view with a theme coded or a learning item naming them. */
  casesWithData: number;
  /** Cases in view not coded for every theme, and those coded for none. */
  casesNotFullyCoded: number;
  casesCodedForNone: number;
}

/** Options of {@link buildHeatmapMatrix}. */
export type HeatmapMatrixOptions = HeatmapCasesOptions;

/**
 * The matrix of the cases in view at `rows` (positions in `cases.caseRows`; all of them when
 * absent): coded, not coded and inferred cells, and the learning items per cell.
 */
export function heatmapMatrix(
  dataset: Dataset,
  cases: HeatmapCases,
  rows?: ArrayLike<number>,
): HeatmapMatrix {
  const { themes } = cases;
  const positions = rows ? Int32Array.from(rows).sort() : null;
  const caseRows = positions ? positions.map((p) => cases.caseRows[p] ?? 0) : cases.caseRows;
  const rowCount = caseRows.length;
  const columnCount = themes.length;
  const columnOf = new Map<string, number>();
  themes.forEach((t, i) => columnOf.set(t.id, i));
  const counts = new Int32Array(rowCount * columnCount);
  const flags = new Uint8Array(rowCount * columnCount);
  const { blankThemes } = dataset.meta;
  const rowOfCase = new Map<number, number>();
  caseRows.forEach((caseIndex, row) => {
    rowOfCase.set(caseIndex, row);
    const record = dataset.cases[caseIndex];
    if (!record) return;
    const inferred = record.inferred.includes('themes') ? cellInferred : 0;
    const coded = themesCodedOf(record, blankThemes);
    if (coded !== 'all') {
      // Not coded unless the case holds the theme or lists it as coded.
      for (let column = 0; column < columnCount; column += 1) {
        const id = themes[column]?.id ?? '';
        if (coded.includes(id) || record.themes.includes(id)) continue;
        const cell = row * columnCount + column;
        flags[cell] = (flags[cell] ?? 0) | cellNotCoded;
      }
    }
    for (const themeId of record.themes) {
      const column = columnOf.get(themeId);
      if (column === undefined) continue;
      const cell = row * columnCount + column;
      flags[cell] = (flags[cell] ?? 0) | cellCoded | inferred;
    }
  });
  for (const [key, count] of cases.learningCells) {
    const row = rowOfCase.get(Math.floor(key / columnCount));
    if (row === undefined) continue;
    const cell = row * columnCount + (key % columnCount);
    counts[cell] = count;
    if (cases.inferredLinks.has(key)) flags[cell] = (flags[cell] ?? 0) | cellInferred;
  }
  const pick = (perCase: Int32Array) =>
    positions ? positions.map((p) => perCase[p] ?? 0) : perCase;
  return {
    caseRows,
    themes,
    rowCount,
    columnCount,
    counts,
    flags,
    rowItems: pick(cases.rowItems),
    columnItems: cases.columnItems,
    rowPresent: pick(cases.rowPresent),
    columnPresent: cases.columnPresent,
    columnCoded: cases.columnCoded,
    unnamed: cases.unnamed,
    itemsOnRows: cases.itemsOnRows,
    unnamedItems: cases.unnamedItems,
    totalItems: cases.totalItems,
    selection: cases.selection,
    casesInView: cases.rowCount,
    casesWithData: cases.casesWithData,
    casesNotFullyCoded: cases.casesNotFullyCoded,
    casesCodedForNone: cases.casesCodedForNone,
  };
}

/**
 * Counts learning items per (selected case, theme) and marks coded and inferred cells, a row for
 * every selected case. Items whose case the source does not name (or names a case not in the
 * dataset) are counted per theme apart.
 */
export function buildHeatmapMatrix(
  dataset: Dataset,
  index: DatasetIndex,
  selection: Bitset,
  options: HeatmapMatrixOptions = {},
): HeatmapMatrix {
  return heatmapMatrix(dataset, heatmapCases(dataset, index, selection, options));
}

/** True when the cell is present: the case is coded with the theme or has learning on it. */
export function isPresent(matrix: HeatmapMatrix, cell: number): boolean {
  return (matrix.counts[cell] ?? 0) > 0 || ((matrix.flags[cell] ?? 0) & cellCoded) !== 0;
}

/** True when the cell's case is not coded for its theme and no learning item ties them. */
export function isNotCoded(matrix: HeatmapMatrix, cell: number): boolean {
  return ((matrix.flags[cell] ?? 0) & cellNotCoded) !== 0 && !isPresent(matrix, cell);
}

/**
 * The value each cell shows in a mode: a count, 1 / 0 for presence (NaN where the case is not
 * coded for the theme: not known, never absent), or a percentage of the row's or column's
 * learning items (NaN where that denominator is 0).
 */
export function cellValues(matrix: HeatmapMatrix, mode: HeatmapMode): Float64Array {
  const { rowCount, columnCount, counts } = matrix;
  const values = new Float64Array(rowCount * columnCount);
  for (let row = 0; row < rowCount; row += 1) {
    const rowTotal = matrix.rowItems[row] ?? 0;
    for (let column = 0; column < columnCount; column += 1) {
      const cell = row * columnCount + column;
      const count = counts[cell] ?? 0;
      if (mode === 'count') values[cell] = count;
      else if (mode === 'presence')
        values[cell] = isPresent(matrix, cell) ? 1 : isNotCoded(matrix, cell) ? Number.NaN : 0;
      else {
        const denominator = mode === 'row-percent' ? rowTotal : (matrix.columnItems[column] ?? 0);
        values[cell] = denominator === 0 ? Number.NaN : (count * 100) / denominator;
      }
    }
  }
  return values;
}

/** Row totals in a mode: cells present for presence, learning items otherwise. */
export function rowTotals(
  matrix: Pick<HeatmapMatrix, 'rowItems' | 'rowPresent'>,
  mode: HeatmapMode,
): Int32Array {
  return mode === 'presence' ? matrix.rowPresent : matrix.rowItems;
}

/** Column totals in a mode: cases present for presence, learning items otherwise. */
export function columnTotals(matrix: HeatmapMatrix, mode: HeatmapMode): Int32Array {
  return mode === 'presence' ? matrix.columnPresent : matrix.columnItems;
}
