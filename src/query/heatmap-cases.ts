import { themesCodedOf } from '../data/coding-status';
import type { Category, Dataset } from '../data/types';
import { forEachBit, type Bitset } from './bitset';
import type { DatasetIndex } from './dataset-index';

/**
 * What the Themes heatmap counts over every case in view, before its rows are picked: per case
 * its totals (so the rows to show can be chosen), per theme its totals, and the learning items
 * as sparse cells. Linear in the cases and items, with no cases × themes array, so 100,000
 * cases in view cost tens of milliseconds (issue 21: the dense matrix of every case in view,
 * its values and its sort made one task of 700 ms).
 */
export interface HeatmapCases {
  /** The data counted, and the selection the cases come from. */
  dataset: Dataset;
  index: DatasetIndex;
  selection: Bitset;
  /** The theme of each column: the codebook's themes, then any theme only the data names. */
  themes: Category[];
  /** The dataset index of each case in view, in dataset order. */
  caseRows: Int32Array;
  rowCount: number;
  /** The same number: the cases in view. */
  casesInView: number;
  /** Per case in view: learning items naming it, and themes present (coded or with learning). */
  rowItems: Int32Array;
  rowPresent: Int32Array;
  /** Per theme, over the cases in view: learning items, cases present, cases coded for it. */
  columnItems: Int32Array;
  columnPresent: Int32Array;
  columnCoded: Int32Array;
  /** Per theme: learning items that name no case of the dataset (never filtered by case). */
  unnamed: Int32Array;
  itemsOnRows: number;
  unnamedItems: number;
  totalItems: number;
  /** Cases in view with a theme coded or a learning item naming them. */
  casesWithData: number;
  /** Cases in view not coded for every theme. */
  casesNotFullyCoded: number;
  /** Of those, the cases coded for no theme at all. */
  casesCodedForNone: number;
  /** Learning items per cell, keyed `caseIndex * themes.length + column` (cases in view only). */
  learningCells: Map<number, number>;
  /** Cells (same keys) where an item's link to its case was inferred. */
  inferredLinks: Set<number>;
}

/** What the heatmap's table reads: the totals per theme over the cases in view. */
export type HeatmapThemeTotals = Pick<
  HeatmapCases,
  | 'themes'
  | 'casesInView'
  | 'columnItems'
  | 'columnPresent'
  | 'columnCoded'
  | 'unnamed'
  | 'itemsOnRows'
  | 'unnamedItems'
  | 'totalItems'
>;

/** Options of {@link heatmapCases}. */
export interface HeatmapCasesOptions {
  /** Count only learning items with one of these barriers (the global barrier filter). */
  barriers?: readonly string[];
}

/** The columns: the index's themes (codebook order), then themes only learning items name. */
export function themeColumns(dataset: Dataset, index: DatasetIndex): Category[] {
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
 * Counts, over the selected cases, the totals of each case and each theme: themes coded,
 * learning items (those with one of `barriers`, when given) and coding status. Items whose case
 * the source does not name (or names a case not in the dataset) are counted per theme apart.
 */
export function heatmapCases(
  dataset: Dataset,
  index: DatasetIndex,
  selection: Bitset,
  options: HeatmapCasesOptions = {},
): HeatmapCases {
  const themes = themeColumns(dataset, index);
  const columnCount = themes.length;
  const columnOf = new Map<string, number>();
  themes.forEach((t, i) => columnOf.set(t.id, i));
  const rows: number[] = [];
  forEachBit(selection, (i) => rows.push(i));
  const caseRows = Int32Array.from(rows);
  const rowCount = caseRows.length;
  const rowOfCase = new Int32Array(index.size).fill(-1);
  caseRows.forEach((caseIndex, row) => (rowOfCase[caseIndex] = row));
  const rowItems = new Int32Array(rowCount);
  const rowPresent = new Int32Array(rowCount);
  const columnItems = new Int32Array(columnCount);
  const columnPresent = new Int32Array(columnCount);
  const columnCoded = new Int32Array(columnCount);
  const unnamed = new Int32Array(columnCount);
  // Per row, the themes it is not coded for (absent: coded for all); `seen` marks a row's themes.
  const notCoded = new Map<number, Set<number>>();
  const seen = new Int32Array(columnCount).fill(-1);
  let fullyCoded = 0;
  let codedForNone = 0;
  const { blankThemes } = dataset.meta;
  for (let row = 0; row < rowCount; row += 1) {
    const record = dataset.cases[caseRows[row] ?? 0];
    if (!record) continue;
    for (const themeId of record.themes) {
      const column = columnOf.get(themeId);
      if (column === undefined || seen[column] === row) continue;
      seen[column] = row;
      rowPresent[row] = (rowPresent[row] ?? 0) + 1;
      columnPresent[column] = (columnPresent[column] ?? 0) + 1;
    }
    const coded = themesCodedOf(record, blankThemes);
    if (coded === 'all') {
      fullyCoded += 1;
      continue;
    }
    const missing = new Set<number>();
    for (let column = 0; column < columnCount; column += 1) {
      if (seen[column] === row || coded.includes(themes[column]?.id ?? '')) {
        columnCoded[column] = (columnCoded[column] ?? 0) + 1;
      } else missing.add(column);
    }
    if (columnCount > 0 && missing.size === columnCount) codedForNone += 1;
    if (missing.size > 0) notCoded.set(row, missing);
    else fullyCoded += 1;
  }
  for (let column = 0; column < columnCount; column += 1)
    columnCoded[column] = (columnCoded[column] ?? 0) + fullyCoded;
  // Counted before learning: a "?" cell stays not coded in the notes even where learning fills it.
  const casesNotFullyCoded = notCoded.size;

  const barriers =
    options.barriers && options.barriers.length > 0 ? new Set(options.barriers) : null;
  const learningCells = new Map<number, number>();
  const inferredLinks = new Set<number>();
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
    const cell = caseIndex * columnCount + column;
    const before = learningCells.get(cell) ?? 0;
    learningCells.set(cell, before + 1);
    if (item.inferred.includes('caseId')) inferredLinks.add(cell);
    rowItems[row] = (rowItems[row] ?? 0) + 1;
    columnItems[column] = (columnItems[column] ?? 0) + 1;
    itemsOnRows += 1;
    if (before > 0 || dataset.cases[caseIndex]?.themes.includes(item.themeId)) continue;
    // Learning on a theme the case is not coded with makes the cell present, and coded.
    rowPresent[row] = (rowPresent[row] ?? 0) + 1;
    columnPresent[column] = (columnPresent[column] ?? 0) + 1;
    const missing = notCoded.get(row);
    if (missing?.delete(column)) {
      columnCoded[column] = (columnCoded[column] ?? 0) + 1;
      if (missing.size === 0) notCoded.delete(row);
    }
  }
  let casesWithData = 0;
  for (let row = 0; row < rowCount; row += 1) if ((rowPresent[row] ?? 0) > 0) casesWithData += 1;
  return {
    dataset,
    index,
    selection,
    themes,
    caseRows,
    rowCount,
    casesInView: rowCount,
    rowItems,
    rowPresent,
    columnItems,
    columnPresent,
    columnCoded,
    unnamed,
    itemsOnRows,
    unnamedItems,
    totalItems,
    casesWithData,
    casesNotFullyCoded,
    casesCodedForNone: codedForNone,
    learningCells,
    inferredLinks,
  };
}
