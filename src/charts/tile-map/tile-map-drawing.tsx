import { useEffect, useMemo } from 'react';
import type { ChartModel } from '../../query/model/chart-model';
import { TileMap } from './tile-map';
import { layoutTileMap } from './tile-map-layout';
import { tileMapInputFromModel } from './tile-map-model-input';
import type { TileMapLegend, TileMapMeasure, TileMapView, TileTarget } from './tile-map-types';

/** Props of {@link TileMapDrawing}. */
export interface TileMapDrawingProps {
  model: ChartModel;
  view: TileMapView;
  measure: TileMapMeasure;
  width: number;
  onToggle?: (target: TileTarget, additive: boolean) => void;
  onListUnmatched?: (categoryId: string) => void;
  /**
   * Told once the map is drawn (its code has loaded), so its image can be exported, and again
   * when its legend changes: the exported image draws the legend, which the page shows beside
   * the map rather than in its drawing.
   */
  onDrawn?: (legend: TileMapLegend) => void;
}

/**
 * The map itself, laid out from its model: loaded on first use (the tiles, their layout and the
 * colour scale stay out of the first load, since the map sits below the fold).
 */
export function TileMapDrawing({
  model,
  view,
  measure,
  width,
  onToggle,
  onListUnmatched,
  onDrawn,
}: TileMapDrawingProps) {
  const layout = useMemo(
    () => layoutTileMap(tileMapInputFromModel(model, view, measure), { width }),
    [model, view, measure, width],
  );
  useEffect(() => onDrawn?.(layout.legend), [onDrawn, layout.legend]);
  return (
    <TileMap
      layout={layout}
      name={model.title}
      {...(onToggle ? { onToggle } : {})}
      {...(onListUnmatched ? { onListUnmatched } : {})}
    />
  );
}
