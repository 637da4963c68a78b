import { chartInk } from '../palette';
import type { LegendItem } from './bar-layout';
import { hatchKey } from './hatch-patterns';
import { WhiskerLine } from './whisker-line';

/** Props of {@link ChartLegend}. */
export interface ChartLegendProps {
  /** The entries, placed by `layoutLegend`. */
  items: readonly LegendItem[];
  /** Size of the legend's text, px. */
  fontSize: number;
  /** Prefix of the chart's hatch pattern ids (for an "Inferred" swatch). */
  uid: string;
}

/**
 * A chart's legend drawn in its SVG: a swatch per entry (solid, hatched, outlined, or the line of
 * a 95 % interval) and its label. Hidden from screen readers: the notes under the chart and its
 * data table say the same in words.
 */
export function ChartLegend({ items, fontSize, uid }: ChartLegendProps) {
  return (
    <g aria-hidden="true">
      {items.map((item) => (
        <g key={item.label} transform={`translate(${item.x},${item.y})`}>
          {item.swatch === 'whisker' ? (
            <WhiskerLine whisker={{ x1: 1, x2: 13, y: 9, cap: 5 }} colour={item.colour} />
          ) : (
            <rect
              x={0.5}
              y={2.5}
              width={13}
              height={13}
              fill={
                item.swatch === 'hatch'
                  ? `url(#${uid}-${hatchKey({ solid: item.colour, stripe: item.colour })})`
                  : item.colour
              }
              stroke={item.swatch === 'outline' ? chartInk : 'none'}
              strokeWidth={item.swatch === 'outline' ? 2 : 0}
            />
          )}
          <text x={20} y={14} fontSize={fontSize} fill={chartInk}>
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}
