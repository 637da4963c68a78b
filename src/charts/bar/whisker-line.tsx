import type { Whisker } from './bar-layout';

/** Props of {@link WhiskerLine}. */
export interface WhiskerLineProps {
  whisker: Whisker;
  colour: string;
}

/**
 * A 95 % interval drawn as a line with a cap at each end. Drawn with SVG attributes (no CSS) so an
 * exported image shows it as the screen does; a white halo keeps it legible over a dark bar.
 */
export function WhiskerLine({ whisker, colour }: WhiskerLineProps) {
  const { x1, x2, y, cap } = whisker;
  const path = `M${x1},${y - cap}V${y + cap}M${x1},${y}H${x2}M${x2},${y - cap}V${y + cap}`;
  return (
    <g className="whisker">
      <path d={path} fill="none" stroke="#FFFFFF" strokeWidth={4} strokeLinecap="round" />
      <path d={path} fill="none" stroke={colour} strokeWidth={1.75} strokeLinecap="round" />
    </g>
  );
}
