import { heatmapInk } from './heatmap-cells';

/** Props of {@link HatchPattern}. */
export interface HatchPatternProps {
  id: string;
  /** Line colour: dark on pale fills, light on dark ones. */
  colour: string;
}

/** The diagonal hatching that marks inferred codes (shared by the body and the legend). */
export function HatchPattern({ id, colour }: HatchPatternProps) {
  return (
    <pattern
      id={id}
      width={6}
      height={6}
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <line x1={0} y1={0} x2={0} y2={6} stroke={colour} strokeWidth={2} />
    </pattern>
  );
}

/** Canvas patterns of the hatching, dark and light. */
export interface CanvasHatches {
  dark: CanvasPattern | null;
  light: CanvasPattern | null;
}

/** Makes both hatchings as canvas patterns (null where a canvas has no 2D context). */
export function canvasHatches(ctx: CanvasRenderingContext2D): CanvasHatches {
  return {
    dark: canvasHatch(ctx, heatmapInk.hatch),
    light: canvasHatch(ctx, heatmapInk.hatchOnDark),
  };
}

function canvasHatch(ctx: CanvasRenderingContext2D, colour: string): CanvasPattern | null {
  const tile = document.createElement('canvas');
  tile.width = 6;
  tile.height = 6;
  const t = tile.getContext('2d');
  if (!t) return null;
  t.strokeStyle = colour;
  t.lineWidth = 2;
  t.beginPath();
  // Three segments so the diagonal continues across tile edges without gaps.
  t.moveTo(0, 6);
  t.lineTo(6, 0);
  t.moveTo(-3, 3);
  t.lineTo(3, -3);
  t.moveTo(3, 9);
  t.lineTo(9, 3);
  t.stroke();
  return ctx.createPattern(tile, 'repeat');
}
