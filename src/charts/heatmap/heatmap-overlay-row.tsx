import { memo } from 'react';
import type { HeatmapLayout } from './heatmap-layout';
import { positionName, type HeatmapNaming } from './heatmap-names';
import { labelsRow, positionRect, totalsRow, type GridPosition } from './hit-test';

/** Props of {@link HeatmapOverlayRow}. */
export interface HeatmapOverlayRowProps {
  layout: HeatmapLayout;
  naming: HeatmapNaming;
  row: number;
  /** The active column when the active position is on this row, else null. */
  activeColumn: number | null;
}

/** `data-pos` value of a position, used to find the element to focus. */
export function positionKey(position: GridPosition): string {
  return `${position.row}:${position.column}`;
}

function roleOf(row: number, column: number): string {
  if (row === labelsRow) return 'columnheader';
  return column === -1 ? 'rowheader' : 'gridcell';
}

/**
 * One ARIA row over the drawing: transparent, focusable slots placed on the layout's geometry,
 * named for screen readers. Pointer events pass through to the drawing (see hit-test.ts).
 */
export const HeatmapOverlayRow = memo(function HeatmapOverlayRow({
  layout,
  naming,
  row,
  activeColumn,
}: HeatmapOverlayRowProps) {
  const columns = Array.from({ length: layout.columnCount + 2 }, (_, i) => i - 1);
  const first = positionRect(layout, { row, column: -1 });
  // aria-rowindex is 1-based: labels 1, totals 2, cases from 3, the no-case row last.
  const ariaRow = row + 3;
  return (
    <div
      role="row"
      aria-rowindex={ariaRow}
      className="heatmap-row"
      style={{ top: first.y, height: first.height }}
    >
      {columns.map((column) => {
        const rect = positionRect(layout, { row, column });
        const name = positionName(naming, { row, column });
        const tabIndex = activeColumn === column ? 0 : -1;
        const key = positionKey({ row, column });
        const style = { left: rect.x, width: rect.width };
        const isFilter = row === totalsRow && column >= 0 && column < layout.columnCount;
        const role = roleOf(row, column);
        if (isFilter) {
          return (
            <div
              key={column}
              role="gridcell"
              aria-colindex={column + 2}
              className="heatmap-slot"
              style={style}
            >
              <div
                role="button"
                tabIndex={tabIndex}
                data-pos={key}
                aria-pressed={layout.columns[column]?.selected ?? false}
                aria-label={`${name} — show only cases with this theme`}
                className="heatmap-focus"
              />
            </div>
          );
        }
        const labelled = role === 'gridcell';
        return (
          <div
            key={column}
            role={role}
            aria-colindex={column + 2}
            tabIndex={tabIndex}
            data-pos={key}
            aria-label={labelled ? name : undefined}
            className="heatmap-slot heatmap-focus"
            style={style}
          >
            {labelled ? null : name}
          </div>
        );
      })}
    </div>
  );
});
