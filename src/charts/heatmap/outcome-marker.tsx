import { heatmapInk } from './heatmap-cells';
import type { OutcomeMarker } from './heatmap-layout';

/** Colour and shape of each outcome marker: death a circle, significant harm a square. */
export const markerFill: Readonly<Record<OutcomeMarker, string>> = {
  0: 'none',
  1: heatmapInk.death,
  2: heatmapInk.harm,
  3: heatmapInk.otherOutcome,
};

/** Props of {@link OutcomeMarkerSvg}. */
export interface OutcomeMarkerSvgProps {
  kind: OutcomeMarker;
  cx: number;
  cy: number;
}

/** An outcome marker in SVG (shape as well as colour, so it reads without colour vision). */
export function OutcomeMarkerSvg({ kind, cx, cy }: OutcomeMarkerSvgProps) {
  const fill = markerFill[kind];
  if (kind === 1) return <circle cx={cx} cy={cy} r={5} fill={fill} />;
  if (kind === 2) return <rect x={cx - 4.5} y={cy - 4.5} width={9} height={9} fill={fill} />;
  if (kind === 3)
    return (
      <path d={`M${cx} ${cy - 6}L${cx + 6} ${cy}L${cx} ${cy + 6}L${cx - 6} ${cy}Z`} fill={fill} />
    );
  return null;
}

/** Draws an outcome marker on a canvas, the same shapes as {@link OutcomeMarkerSvg}. */
export function paintOutcomeMarker(
  ctx: CanvasRenderingContext2D,
  kind: OutcomeMarker,
  cx: number,
  cy: number,
): void {
  if (kind === 0) return;
  ctx.fillStyle = markerFill[kind];
  ctx.beginPath();
  if (kind === 1) ctx.arc(cx, cy, 5, 0, Math.PI * 2);
  else if (kind === 2) ctx.rect(cx - 4.5, cy - 4.5, 9, 9);
  else {
    ctx.moveTo(cx, cy - 6);
    ctx.lineTo(cx + 6, cy);
    ctx.lineTo(cx, cy + 6);
    ctx.lineTo(cx - 6, cy);
    ctx.closePath();
  }
  ctx.fill();
}
