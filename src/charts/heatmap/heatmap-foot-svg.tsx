import { memo } from 'react';
import { emptyFill } from './heatmap-scale';
import { heatmapInk } from './heatmap-cells';
import type { HeatmapLayout } from './heatmap-layout';
import { unnamedRowLabel } from './heatmap-names';
import { footRowTop } from './hit-test';

/** Props of {@link HeatmapFootSvg}. */
export interface HeatmapFootSvgProps {
  layout: HeatmapLayout;
  /** Learning items naming no case, in all. */
  unnamedTotal: number;
  /**
   * Presence mode counts cases: the row then marks the themes with learning naming no case,
   * without counting items (another unit).
   */
  presence?: boolean;
}

/**
 * The foot row: per theme, the learning items whose case the source does not name. Drawn in
 * grey, apart from the case rows, because these items belong to no row above.
 */
export const HeatmapFootSvg = memo(function HeatmapFootSvg({
  layout,
  unnamedTotal,
  presence = false,
}: HeatmapFootSvgProps) {
  const { columnWidth: w, rowHeight: h, cellGap: g } = layout;
  const y = footRowTop;
  return (
    <svg
      className="heatmap-svg"
      width={layout.width}
      height={layout.footHeight}
      aria-hidden="true"
      focusable="false"
    >
      <rect x={0} y={0} width={layout.width} height={layout.footHeight} fill="#ffffff" />
      <line
        x1={0}
        x2={layout.width}
        y1={2.5}
        y2={2.5}
        stroke={heatmapInk.muted}
        strokeDasharray="4 3"
      />
      <text
        x={8}
        y={y + h / 2}
        dominantBaseline="central"
        fontSize={layout.fontSize}
        fontWeight={700}
      >
        {unnamedRowLabel}
      </text>
      {layout.columns.map((column) => (
        <g key={column.matrixColumn}>
          <rect
            x={column.x + g}
            y={y + g}
            width={w - 2 * g}
            height={h - 2 * g}
            fill={column.unnamed > 0 ? heatmapInk.unnamedFill : emptyFill}
          />
          {column.unnamed > 0 && (
            <text
              x={column.x + w / 2}
              y={y + h / 2}
              textAnchor="middle"
              dominantBaseline="central"
              fontSize={13}
              fontWeight={700}
              fill={heatmapInk.text}
            >
              {presence ? '•' : layout.countText(column.unnamed)}
            </text>
          )}
        </g>
      ))}
      <text
        x={layout.totalX + 8}
        y={y + h / 2}
        dominantBaseline="central"
        fontSize={12}
        fill={heatmapInk.muted}
      >
        {presence ? '' : layout.countText(unnamedTotal)}
      </text>
    </svg>
  );
});
