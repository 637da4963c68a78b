import { memo, useId } from 'react';
import { cellLook, heatmapInk, type HeatmapPaint } from './heatmap-cells';
import type { OutcomeMarker } from './heatmap-layout';
import { HatchPattern } from './hatch-pattern';
import { OutcomeMarkerSvg } from './outcome-marker';

/** Props of {@link HeatmapBodySvg}. */
export interface HeatmapBodySvgProps {
  paint: HeatmapPaint;
}

/** The case rows as SVG, for matrices small enough to keep every cell in the DOM. */
export const HeatmapBodySvg = memo(function HeatmapBodySvg({ paint }: HeatmapBodySvgProps) {
  const { layout } = paint;
  const hatchId = `hatch-${useId().replace(/:/g, '')}`;
  const hatchFill = { dark: `url(#${hatchId}-dark)`, light: `url(#${hatchId}-light)` };
  const h = layout.rowHeight;
  const g = layout.cellGap;
  const w = layout.columnWidth;
  return (
    <svg
      className="heatmap-svg"
      width={layout.width}
      height={layout.bodyHeight}
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <HatchPattern id={`${hatchId}-dark`} colour={heatmapInk.hatch} />
        <HatchPattern id={`${hatchId}-light`} colour={heatmapInk.hatchOnDark} />
      </defs>
      {layout.columns.map(
        (column) =>
          column.selected && (
            <rect
              key={column.matrixColumn}
              x={column.x}
              y={0}
              width={w}
              height={layout.bodyHeight}
              fill={heatmapInk.selectedColumn}
            />
          ),
      )}
      {Array.from(layout.rowOrder, (matrixRow, r) => (
        <g key={matrixRow} transform={`translate(0, ${r * h})`}>
          <line x1={0} x2={layout.width} y1={h - 0.5} y2={h - 0.5} stroke={heatmapInk.rule} />
          <OutcomeMarkerSvg
            kind={(paint.markers[matrixRow] ?? 0) as OutcomeMarker}
            cx={12}
            cy={h / 2}
          />
          <text x={24} y={h / 2} dominantBaseline="central" fontSize={layout.fontSize}>
            {layout.rowLabel(matrixRow)}
          </text>
          {layout.columns.map((column, k) => {
            const look = cellLook(paint, r, k);
            return (
              <g key={column.matrixColumn}>
                <rect
                  x={column.x + g}
                  y={g}
                  width={w - 2 * g}
                  height={h - 2 * g}
                  fill={look.fill}
                  stroke={look.outlined ? heatmapInk.codedOutline : 'none'}
                  strokeWidth={look.outlined ? 2 : 0}
                />
                {look.hatch !== 'none' && (
                  <rect
                    x={column.x + g}
                    y={g}
                    width={w - 2 * g}
                    height={h - 2 * g}
                    fill={hatchFill[look.hatch]}
                  />
                )}
                {look.text && (
                  <text
                    x={column.x + w / 2}
                    y={h / 2}
                    textAnchor="middle"
                    dominantBaseline="central"
                    fontSize={13}
                    fontWeight={700}
                    fill={look.textFill}
                    stroke={look.hatch === 'none' ? 'none' : look.fill}
                    strokeWidth={look.hatch === 'none' ? 0 : 3}
                    paintOrder="stroke"
                  >
                    {look.text}
                  </text>
                )}
              </g>
            );
          })}
          <rect
            x={layout.totalX + 8}
            y={h / 2 - 6}
            width={layout.rowBars[r] ?? 0}
            height={12}
            fill={heatmapInk.bar}
          />
          <text
            x={layout.totalX + 12 + (layout.rowBars[r] ?? 0)}
            y={h / 2}
            dominantBaseline="central"
            fontSize={12}
            fill={heatmapInk.muted}
          >
            {layout.countText(paint.rowTotals[matrixRow] ?? 0)}
          </text>
        </g>
      ))}
    </svg>
  );
});
