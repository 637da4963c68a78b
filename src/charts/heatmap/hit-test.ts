import type { HeatmapLayout } from './heatmap-layout';

/**
 * A position in the heatmap grid, in display order. Rows: {@link labelsRow} (theme labels),
 * {@link totalsRow} (column totals), 0…rowCount−1 (cases), rowCount (learning naming no case).
 * Columns: −1 (case titles), 0…columnCount−1 (themes), columnCount (row totals).
 */
export interface GridPosition {
  row: number;
  column: number;
}

/** The row of theme labels (column headers). */
export const labelsRow = -2;
/** The row of column totals (the filter buttons). */
export const totalsRow = -1;

/** Which band of the heatmap a point or rectangle is in; each band has its own y origin. */
export type HeatmapPart = 'head' | 'body' | 'foot';

/** Top of the foot row inside the foot band (a gap separates it from the cases). */
export const footRowTop = 8;

/** A rectangle in one band's coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function columnAt(layout: HeatmapLayout, x: number): number | null {
  if (x < 0) return null;
  if (x < layout.rowHeaderWidth) return -1;
  if (x >= layout.cellX0 && x < layout.totalX)
    return Math.floor((x - layout.cellX0) / layout.columnWidth);
  if (x >= layout.totalX && x < layout.totalX + layout.totalWidth) return layout.columnCount;
  return null;
}

/**
 * The grid position under a point of one band (pure: the SVG and the canvas renderings share it),
 * or null between and outside cells.
 */
export function hitTest(
  layout: HeatmapLayout,
  part: HeatmapPart,
  x: number,
  y: number,
): GridPosition | null {
  const column = columnAt(layout, x);
  if (column === null || y < 0) return null;
  if (part === 'head') {
    if (y < layout.totalsTop) return { row: labelsRow, column };
    return y < layout.headHeight ? { row: totalsRow, column } : null;
  }
  if (part === 'foot') {
    return y >= footRowTop && y < footRowTop + layout.rowHeight
      ? { row: layout.rowCount, column }
      : null;
  }
  const row = Math.floor(y / layout.rowHeight);
  return row < layout.rowCount ? { row, column } : null;
}

/** The rectangle of a grid position, in its band's coordinates (the inverse of {@link hitTest}). */
export function positionRect(layout: HeatmapLayout, position: GridPosition): Rect {
  const { row, column } = position;
  let x = layout.totalX;
  let width = layout.totalWidth;
  if (column === -1) {
    x = 0;
    width = layout.rowHeaderWidth;
  } else if (column < layout.columnCount) {
    x = layout.cellX0 + column * layout.columnWidth;
    width = layout.columnWidth;
  }
  if (row === labelsRow) return { x, y: 0, width, height: layout.totalsTop };
  if (row === totalsRow) return { x, y: layout.totalsTop, width, height: layout.totalsHeight };
  if (row >= layout.rowCount) return { x, y: footRowTop, width, height: layout.rowHeight };
  return { x, y: row * layout.rowHeight, width, height: layout.rowHeight };
}
