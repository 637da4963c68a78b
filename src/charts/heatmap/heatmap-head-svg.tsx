import { memo } from 'react';
import { barFill, heatmapInk } from './heatmap-cells';
import type { HeatmapLayout } from './heatmap-layout';
import { totalsRowLabel } from './heatmap-names';

/** Props of {@link HeatmapHeadSvg}. */
export interface HeatmapHeadSvgProps {
  layout: HeatmapLayout;
}

/** The head band: theme groups, theme labels (wrapped or slanted) and the column total bars. */
export const HeatmapHeadSvg = memo(function HeatmapHeadSvg({ layout }: HeatmapHeadSvgProps) {
  const { columnWidth: w, totalsTop, headHeight, fontSize, lineHeight } = layout;
  const someSelected = layout.columns.some((c) => c.selected);
  const barWidth = Math.min(24, w - 14);
  const labelBottom = totalsTop - 8;
  return (
    <svg
      className="heatmap-svg"
      width={layout.width}
      height={headHeight}
      aria-hidden="true"
      focusable="false"
    >
      {layout.groups.map((group) => (
        <g key={`${group.label}-${group.x0}`}>
          <rect x={group.x0 + 2} y={2} width={group.x1 - group.x0 - 4} height={18} fill="#e3e8f0" />
          <text x={(group.x0 + group.x1) / 2} y={15} textAnchor="middle" fontSize={12}>
            {group.label}
          </text>
        </g>
      ))}
      {layout.columns.map((column) => (
        <g key={column.matrixColumn}>
          {column.selected && (
            <rect
              x={column.x}
              y={0}
              width={w}
              height={headHeight}
              fill={heatmapInk.selectedColumn}
            />
          )}
          {layout.labelMode === 'wrap' ? (
            <text
              x={column.x + w / 2}
              y={labelBottom - (column.lines.length - 1) * lineHeight}
              textAnchor="middle"
              fontSize={fontSize}
              fontWeight={column.selected ? 700 : 500}
              fill={heatmapInk.text}
            >
              {column.lines.map((line, i) => (
                <tspan key={i} x={column.x + w / 2} dy={i === 0 ? 0 : lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
          ) : (
            <text
              transform={`translate(${column.x + w / 2 - 4}, ${labelBottom}) rotate(-45)`}
              fontSize={layout.labelFontSize}
              fontWeight={column.selected ? 700 : 500}
              fill={heatmapInk.text}
            >
              {column.lines[0]}
            </text>
          )}
          <rect
            x={column.x + (w - barWidth) / 2}
            y={headHeight - 6 - column.bar}
            width={barWidth}
            height={column.bar}
            fill={barFill(column.selected, someSelected)}
          />
          <text
            x={column.x + w / 2}
            y={headHeight - 10 - column.bar}
            textAnchor="middle"
            fontSize={12}
            fill={heatmapInk.muted}
          >
            {column.totalText}
          </text>
        </g>
      ))}
      <text x={8} y={labelBottom} fontSize={fontSize} fontWeight={700}>
        Case
      </text>
      <text x={8} y={headHeight - 12} fontSize={12} fill={heatmapInk.muted}>
        {totalsRowLabel}
      </text>
      <text x={layout.totalX + 8} y={labelBottom} fontSize={fontSize} fontWeight={700}>
        Total
      </text>
      <line
        x1={0}
        x2={layout.width}
        y1={headHeight - 0.5}
        y2={headHeight - 0.5}
        stroke={heatmapInk.muted}
      />
    </svg>
  );
});
