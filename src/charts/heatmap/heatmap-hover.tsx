import type { HeatmapLayout } from './heatmap-layout';
import { positionName, type HeatmapNaming } from './heatmap-names';
import { positionRect, type GridPosition, type HeatmapPart } from './hit-test';

/** Props of {@link HeatmapHover}. */
export interface HeatmapHoverProps {
  layout: HeatmapLayout;
  naming: HeatmapNaming;
  part: HeatmapPart;
  position: GridPosition;
}

/**
 * The outline and tooltip of the position under the pointer. The tooltip repeats the slot's
 * accessible name for sighted pointer users, so it is hidden from screen readers.
 */
export function HeatmapHover({ layout, naming, part, position }: HeatmapHoverProps) {
  const rect = positionRect(layout, position);
  return (
    <>
      <div
        className="heatmap-hover"
        style={{ left: rect.x, top: rect.y, width: rect.width, height: rect.height }}
      />
      <div
        className={part === 'foot' ? 'heatmap-tooltip above' : 'heatmap-tooltip'}
        aria-hidden="true"
        style={{
          left: Math.max(0, Math.min(rect.x, layout.width - 320)),
          top: part === 'foot' ? rect.y : rect.y + rect.height,
        }}
      >
        {positionName(naming, position)}
      </div>
    </>
  );
}
