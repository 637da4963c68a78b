import { labelsRow, type GridPosition } from './hit-test';

/** The extent of the grid and how many case rows a page holds. */
export interface GridBounds {
  rowCount: number;
  columnCount: number;
  pageRows: number;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * Where a key moves the active position (ARIA grid pattern): arrows by one, Home / End to the
 * row's first / last cell (with Ctrl, the grid's), Page Up / Down by a page. Null for other keys.
 */
export function moveInGrid(
  position: GridPosition,
  key: string,
  ctrlKey: boolean,
  bounds: GridBounds,
): GridPosition | null {
  const firstRow = labelsRow;
  const lastRow = bounds.rowCount;
  const lastColumn = bounds.columnCount;
  const at = (row: number, column: number): GridPosition => ({
    row: clamp(row, firstRow, lastRow),
    column: clamp(column, -1, lastColumn),
  });
  const { row, column } = position;
  switch (key) {
    case 'ArrowUp':
      return at(row - 1, column);
    case 'ArrowDown':
      return at(row + 1, column);
    case 'ArrowLeft':
      return at(row, column - 1);
    case 'ArrowRight':
      return at(row, column + 1);
    case 'Home':
      return ctrlKey ? at(firstRow, -1) : at(row, -1);
    case 'End':
      return ctrlKey ? at(lastRow, lastColumn) : at(row, lastColumn);
    case 'PageUp':
      return at(row - bounds.pageRows, column);
    case 'PageDown':
      return at(row + bounds.pageRows, column);
    default:
      return null;
  }
}
