import type { ColumnWhisker, Whisker } from './bar-layout';

/** Props of {@link WhiskerLine}. */
export interface WhiskerLineProps {
  /** A line across a bar's end (horizontal), or along a column's top (vertical). */
  whisker: Whisker | ColumnWhisker;
  colour: string;
  /** Width of the line, px (1.75 by default; a projector wants more). */
  weight?: number;
}

/** The path of a whisker: the line and a cap across each end. */
function whiskerPath(whisker: Whisker | ColumnWhisker): string {
  const { cap } = whisker;
  if ('x' in whisker) {
    const { x, y1, y2 } = whisker;
    return `M${x - cap},${y1}H${x + cap}M${x},${y1}V${y2}M${x - cap},${y2}H${x + cap}`;
  }
  const { x1, x2, y } = whisker;
  return `M${x1},${y - cap}V${y + cap}M${x1},${y}H${x2}M${x2},${y - cap}V${y + cap}`;
}

/**
 * A 95 % interval drawn as a line with a cap at each end. Drawn with SVG attributes (no CSS) so an
 * exported image shows it as the screen does; a white halo keeps it legible over a dark bar.
 */
export function WhiskerLine({ whisker, colour, weight = 1.75 }: WhiskerLineProps) {
  const path = whiskerPath(whisker);
  return (
    <g className="whisker">
      <path
        d={path}
        fill="none"
        stroke="#FFFFFF"
        strokeWidth={weight + 2.25}
        strokeLinecap="round"
      />
      <path d={path} fill="none" stroke={colour} strokeWidth={weight} strokeLinecap="round" />
    </g>
  );
}
