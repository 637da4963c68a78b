import { HatchPattern } from '../heatmap/hatch-pattern';
import { chartInk } from '../palette';
import type { TileMapLegend as Legend } from './tile-map-types';

/** Props of {@link TileMapLegend}. */
export interface TileMapLegendProps {
  legend: Legend;
  /** Prefix of the legend's pattern id. */
  uid: string;
}

/** The map's legend: what colour means, a swatch per class, and the n. */
export function TileMapLegend({ legend, uid }: TileMapLegendProps) {
  const hatchId = `${uid}-legend-hatch`;
  return (
    <div className="tile-map-legend">
      <p className="tile-map-legend-title">{legend.title}</p>
      <ul>
        {legend.entries.map((entry) => (
          <li key={`${entry.kind}-${entry.label}`}>
            <svg width={16} height={16} aria-hidden="true" focusable="false">
              {(entry.kind === 'masked' || entry.kind === 'inferred') && (
                <defs>
                  <HatchPattern id={`${hatchId}-${entry.kind}`} colour={chartInk} />
                </defs>
              )}
              <rect
                x={1}
                y={1}
                width={14}
                height={14}
                fill={entry.fill}
                stroke={entry.kind === 'zero' ? '#AEB4BD' : 'none'}
              />
              {(entry.kind === 'masked' || entry.kind === 'inferred') && (
                <rect
                  x={1}
                  y={1}
                  width={14}
                  height={14}
                  fill={`url(#${hatchId}-${entry.kind})`}
                  opacity={0.5}
                />
              )}
            </svg>
            {entry.label}
          </li>
        ))}
      </ul>
      <p className="tile-map-n">{legend.nText}</p>
    </div>
  );
}
