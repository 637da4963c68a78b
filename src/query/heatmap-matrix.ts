import { themesCodedOf } from '../data/coding-status';
import type { Category, Dataset } from '../data/types';
import { forEachBit, type Bitset } from './bitset';
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
 * (`row * columnCount + column`) so a 5,000 × 20 matrix costs a few hundred kilobytes.
 */
export interface HeatmapMatrix {
  /** The dataset index of the case on each row, in dataset order. */
  caseRows: Int32Array;
  /** The theme of each column: the codebook's themes, then any theme only the data names. */
  themes: Category[];
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
   * Per column, the cases on the rows coded for the theme, present or absent (a learning item on
   * the theme counts as present): the base of its share in presence mode.
   */
  columnCoded: Int32Array;
  /** Per theme: learning items that name no case of the dataset (never filtered by case). */
  unnamed: Int32Array;
  /** Learning items on the rows, items naming no case, and all items passing the barrier filter. */
  itemsOnRows: number;
  unnamedItems: number;
  totalItems: number;
}

/** Options of {@link buildHeatmapMatrix}. */
export interface HeatmapMatrixOptions {
  /** Count only learning items with one of these barriers (the global barrier filter). */
  barriers?: readonly string[];
}

function themeColumns(dataset: Dataset, index: DatasetIndex): Category[] {
  const themes = [...(index.dimensions.get('themes')?.categories ?? dataset.codebook.themes)];
  const known = new Set(themes.map((t) => t.id));
  for (const item of dataset.learning) {
    if (!known.has(item.themeId)) {
      known.add(item.themeId);
      themes.push({ id: item.themeId, label: item.themeId });
    }
  }
  return themes;
}

/**
 * Counts learning items per (selected case, theme) and marks coded and inferred cells. Items whose
 * case the source does not name (or names a case not in the dataset) are counted per theme apart.
 */
export function buildHeatmapMatrix(
  dataset: Dataset,
  index: DatasetIndex,
  selection: Bitset,
  options: HeatmapMatrixOptions = {},
): HeatmapMatrix {
  const themes = themeColumns(dataset, index);
  const columnOf = new Map<string, number>();
  themes.forEach((t, i) => columnOf.set(t.id, i));
  const rows: number[] = [];
  forEachBit(selection, (i) => rows.push(i));
  const caseRows = Int32Array.from(rows);
  const rowOfCase = new Int32Array(index.size).fill(-1);
  caseRows.forEach((caseIndex, row) => (rowOfCase[caseIndex] = row));
  const rowCount = caseRows.length;
  const columnCount = themes.length;
  const counts = new Int32Array(rowCount * columnCount);
  const flags = new Uint8Array(rowCount * columnCount);
  const unnamed = new Int32Array(columnCount);

  const { blankThemes } = dataset.meta;
  caseRows.forEach((caseIndex, row) => {
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

  const barriers =
    options.barriers && options.barriers.length > 0 ? new Set(options.barriers) : null;
  let totalItems = 0;
  let itemsOnRows = 0;
  let unnamedItems = 0;
  for (const item of dataset.learning) {
    if (barriers && !barriers.has(item.barrier)) continue;
    // Every learning theme has a column (see themeColumns).
    const column = columnOf.get(item.themeId) ?? 0;
    totalItems += 1;
    const caseIndex = item.caseId === '' ? undefined : index.caseIndex.get(item.caseId);
    if (caseIndex === undefined) {
      unnamed[column] = (unnamed[column] ?? 0) + 1;
      unnamedItems += 1;
      continue;
    }
    const row = rowOfCase[caseIndex] ?? -1;
    // A named case the filters leave out: its items are neither on the rows nor unnamed.
    if (row === -1) continue;
    const cell = row * columnCount + column;
    counts[cell] = (counts[cell] ?? 0) + 1;
    if (item.inferred.includes('caseId')) flags[cell] = (flags[cell] ?? 0) | cellInferred;
    itemsOnRows += 1;
  }

  const rowItems = new Int32Array(rowCount);
  const columnItems = new Int32Array(columnCount);
  const rowPresent = new Int32Array(rowCount);
  const columnPresent = new Int32Array(columnCount);
  const columnCoded = new Int32Array(columnCount);
  for (let row = 0; row < rowCount; row += 1) {
    for (let column = 0; column < columnCount; column += 1) {
      const cell = row * columnCount + column;
      const count = counts[cell] ?? 0;
      rowItems[row] = (rowItems[row] ?? 0) + count;
      columnItems[column] = (columnItems[column] ?? 0) + count;
      const present = count > 0 || ((flags[cell] ?? 0) & cellCoded) !== 0;
      if (present) {
        rowPresent[row] = (rowPresent[row] ?? 0) + 1;
        columnPresent[column] = (columnPresent[column] ?? 0) + 1;
      }
      // A learning item on the theme tells it is raised, so the case counts as coded for it.
      if (present || ((flags[cell] ?? 0) & cellNotCoded) === 0)
        columnCoded[column] = (columnCoded[column] ?? 0) + 1;
    }
  }
  return {
    caseRows,
    themes,
    rowCount,
    columnCount,
    counts,
    flags,
    rowItems,
    columnItems,
    rowPresent,
    columnPresent,
    columnCoded,
    unnamed,
    itemsOnRows,
    unnamedItems,
    totalItems,
  };
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
export function rowTotals(matrix: HeatmapMatrix, mode: HeatmapMode): Int32Array {
  return mode === 'presence' ? matrix.rowPresent : matrix.rowItems;
}

/** Column totals in a mode: cases present for presence, learning items otherwise. */
export function columnTotals(matrix: HeatmapMatrix, mode: HeatmapMode): Int32Array {
  return mode === 'presence' ? matrix.columnPresent : matrix.columnItems;
}
