import { cellNotCoded, type HeatmapMatrix } from './heatmap-matrix';

/** How many of a matrix's cases are not coded for a theme shown, and how many for none of them. */
export interface RowsNotCoded {
  /** Cases with at least one theme they are not coded for. */
  someOrAll: number;
  /** Cases coded for none of the themes shown. */
  all: number;
}

/** Counts the matrix's rows with a cell not coded, and those with every cell not coded. */
export function rowsNotCoded(matrix: HeatmapMatrix): RowsNotCoded {
  const width = matrix.columnCount;
  let someOrAll = 0;
  let all = 0;
  for (let row = 0; row < matrix.rowCount; row += 1) {
    let notCoded = 0;
    for (let cell = row * width; cell < (row + 1) * width; cell += 1)
      if (((matrix.flags[cell] ?? 0) & cellNotCoded) !== 0) notCoded += 1;
    if (notCoded > 0) someOrAll += 1;
    if (width > 0 && notCoded === width) all += 1;
  }
  return { someOrAll, all };
}

/** "not coded for any theme" when every such case is coded for none, else "… some or all themes". */
export function notCodedPhrase(rows: RowsNotCoded): string {
  return `not coded for ${rows.all === rows.someOrAll ? 'any theme' : 'some or all themes'}`;
}
