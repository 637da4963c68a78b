import { chartFontFamily as fontStack } from '../text-measure';
import type { CanvasHatches } from './hatch-pattern';
import { cellLook, heatmapInk, type HeatmapPaint } from './heatmap-cells';
import type { OutcomeMarker } from './heatmap-layout';
import { paintOutcomeMarker } from './outcome-marker';

/** The rows of the body a viewport shows: first and last display row (inclusive). */
export function visibleRows(
  rowHeight: number,
  rowCount: number,
  scrollTop: number,
  viewHeight: number,
): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight));
  const last = Math.min(rowCount - 1, Math.floor((scrollTop + viewHeight) / rowHeight));
  return { first, last };
}

/**
 * Paints the body rows in view onto a canvas (already scaled for the device pixel ratio), from the
 * same layout and looks as the SVG: only the rows between `scrollTop` and `scrollTop + viewHeight`.
 */
export function paintHeatmapBody(
  ctx: CanvasRenderingContext2D,
  paint: HeatmapPaint,
  hatch: CanvasHatches,
  scrollTop: number,
  viewHeight: number,
): void {
  const { layout } = paint;
  const { rowHeight: h, columnWidth: w, cellGap: g } = layout;
  ctx.clearRect(0, 0, layout.width, viewHeight);
  for (const column of layout.columns) {
    if (!column.selected) continue;
    ctx.fillStyle = heatmapInk.selectedColumn;
    ctx.fillRect(column.x, 0, w, viewHeight);
  }
  const { first, last } = visibleRows(h, layout.rowCount, scrollTop, viewHeight);
  ctx.textBaseline = 'middle';
  for (let r = first; r <= last; r += 1) {
    const matrixRow = layout.rowOrder[r] ?? 0;
    const y = r * h - scrollTop;
    ctx.fillStyle = heatmapInk.rule;
    ctx.fillRect(0, y + h - 1, layout.width, 1);
    paintOutcomeMarker(ctx, (paint.markers[matrixRow] ?? 0) as OutcomeMarker, 12, y + h / 2);
    ctx.font = `${layout.fontSize}px ${fontStack}`;
    ctx.textAlign = 'left';
    ctx.fillStyle = heatmapInk.text;
    ctx.fillText(layout.rowLabel(matrixRow), 24, y + h / 2);
    ctx.font = `700 13px ${fontStack}`;
    ctx.textAlign = 'center';
    for (let k = 0; k < layout.columns.length; k += 1) {
      const column = layout.columns[k];
      if (!column) continue;
      const look = cellLook(paint, r, k);
      ctx.fillStyle = look.fill;
      ctx.fillRect(column.x + g, y + g, w - 2 * g, h - 2 * g);
      const pattern = look.hatch === 'none' ? null : hatch[look.hatch];
      if (pattern) {
        ctx.fillStyle = pattern;
        ctx.fillRect(column.x + g, y + g, w - 2 * g, h - 2 * g);
      }
      if (look.outlined) {
        ctx.strokeStyle = heatmapInk.codedOutline;
        ctx.lineWidth = 2;
        ctx.strokeRect(column.x + g + 1, y + g + 1, w - 2 * g - 2, h - 2 * g - 2);
      }
      if (look.text) {
        ctx.fillStyle = look.textFill;
        ctx.fillText(look.text, column.x + w / 2, y + h / 2);
      }
    }
    const bar = layout.rowBars[r] ?? 0;
    ctx.fillStyle = heatmapInk.bar;
    ctx.fillRect(layout.totalX + 8, y + h / 2 - 6, bar, 12);
    ctx.font = `12px ${fontStack}`;
    ctx.textAlign = 'left';
    ctx.fillStyle = heatmapInk.muted;
    const total = layout.countText(paint.rowTotals[matrixRow] ?? 0);
    ctx.fillText(total, layout.totalX + 12 + bar, y + h / 2);
  }
}
