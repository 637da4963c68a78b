import {
  cellCoded,
  cellInferred,
  isNotCoded,
  type HeatmapMatrix,
  type HeatmapMode,
} from '../../query/heatmap-matrix';
import type { HeatmapLayout } from './heatmap-layout';
import { labelsRow, totalsRow, type GridPosition } from './hit-test';

/** "1 learning item", "3 learning items"; with the count as shown, "< 5 learning items". */
export function itemsPhrase(count: number, shown = String(count)): string {
  return `${shown} learning item${shown === '1' ? '' : 's'}`;
}

/** The row label of the learning items whose case the source does not name. */
export const unnamedRowLabel = 'No case named';
/** The row label of the column totals. */
export const totalsRowLabel = 'Column totals';

/** What a position's accessible name is made from. */
export interface HeatmapNaming {
  layout: HeatmapLayout;
  matrix: HeatmapMatrix;
  mode: HeatmapMode;
  /** Case titles in matrix row order (uncut). */
  rowTitles: readonly string[];
  values: Float64Array;
}

function totalPhrase(
  count: number,
  mode: HeatmapMode,
  per: 'row' | 'column',
  countText: (count: number) => string,
): string {
  const shown = countText(count);
  if (mode !== 'presence') return itemsPhrase(count, shown);
  if (per === 'row') return `${shown} theme${shown === '1' ? '' : 's'}`;
  return `${shown} case${shown === '1' ? '' : 's'}`;
}

function cellName(naming: HeatmapNaming, displayRow: number, displayColumn: number): string {
  const { layout, matrix, mode } = naming;
  const row = layout.rowOrder[displayRow] ?? 0;
  const column = layout.columns[displayColumn]?.matrixColumn ?? 0;
  const cell = row * matrix.columnCount + column;
  const count = matrix.counts[cell] ?? 0;
  const flags = matrix.flags[cell] ?? 0;
  const parts = [
    `${naming.rowTitles[row] ?? ''} — ${matrix.themes[column]?.label ?? ''}: ${itemsPhrase(count, layout.countText(count))}`,
  ];
  const value = naming.values[cell] ?? Number.NaN;
  if (mode === 'row-percent' && Number.isFinite(value))
    parts.push(`${Math.round(value)}% of the case's learning items`);
  if (mode === 'column-percent' && Number.isFinite(value))
    parts.push(`${Math.round(value)}% of the theme's learning items on these cases`);
  if ((flags & cellCoded) !== 0) parts.push('theme coded');
  else if (isNotCoded(matrix, cell)) parts.push('theme not coded (not known)');
  if ((flags & cellInferred) !== 0 && (count > 0 || (flags & cellCoded) !== 0))
    parts.push('inferred');
  return parts.join(', ');
}

/** The accessible name of any grid position: headers, totals, cells and the no-case row. */
export function positionName(naming: HeatmapNaming, position: GridPosition): string {
  const { layout, matrix, mode } = naming;
  const { row, column } = position;
  const items = (count: number) => itemsPhrase(count, layout.countText(count));
  const theme = layout.columns[column];
  const isTotalColumn = column === layout.columnCount;
  if (row === labelsRow) {
    if (column === -1) return 'Case';
    return isTotalColumn ? 'Total' : (theme?.label ?? '');
  }
  if (row === totalsRow) {
    if (column === -1) return totalsRowLabel;
    if (isTotalColumn) return `All themes: ${items(matrix.itemsOnRows)}`;
    const total = `${theme?.label ?? ''}: ${totalPhrase(theme?.total ?? 0, mode, 'column', layout.countText)}`;
    const coded = matrix.columnCoded[theme?.matrixColumn ?? -1] ?? matrix.casesInView;
    // In presence mode a theme's cases are of those coded for it, when not every case is.
    return mode === 'presence' && coded < matrix.casesInView
      ? `${total} of ${layout.countText(coded)} coded for it`
      : total;
  }
  if (row === layout.rowCount) {
    if (column === -1) return unnamedRowLabel;
    // Learning items are no cases: presence (unit: cases) says whether there are any, no count.
    if (mode === 'presence') {
      if (isTotalColumn) return `${unnamedRowLabel} — Total: learning items, not counted as cases`;
      const any = (theme?.unnamed ?? 0) > 0;
      return `${unnamedRowLabel} — ${theme?.label ?? ''}: ${any ? 'has' : 'no'} learning naming no case`;
    }
    if (isTotalColumn) return `${unnamedRowLabel} — Total: ${items(matrix.unnamedItems)}`;
    return `${unnamedRowLabel} — ${theme?.label ?? ''}: ${items(theme?.unnamed ?? 0)}`;
  }
  const matrixRow = layout.rowOrder[row] ?? 0;
  const title = naming.rowTitles[matrixRow] ?? '';
  if (column === -1) return title;
  if (isTotalColumn) {
    const totals = mode === 'presence' ? matrix.rowPresent : matrix.rowItems;
    return `${title} — Total: ${totalPhrase(totals[matrixRow] ?? 0, mode, 'row', layout.countText)}`;
  }
  return cellName(naming, row, column);
}
