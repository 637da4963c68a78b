import { Suspense, useCallback, useMemo, useState, type ReactNode } from 'react';
import type { ChartModel, ChartRow } from '../../query/model/chart-model';
import { ChartFrame } from '../../ui/chart-frame';
import type { ImageLegend } from '../../ui/chart-image';
import { lazyWithRetry } from '../../ui/lazy-retry';
import { casesText } from '../bar/bar-mark';
import { useChartWidth } from '../use-chart-width';
import type { TileMapLegend, TileMapMeasure, TileMapView, TileTarget } from './tile-map-types';

// The map's code loads when the map is first drawn; its frame, table and exports do not wait.
const TileMapDrawing = lazyWithRetry(
  () => import('./tile-map-drawing'),
  (m) => m.TileMapDrawing,
);

/** Props of {@link ModelTileMap}. */
export interface ModelTileMapProps {
  /** The map's model (see `forceMapModel`), built for `view`. */
  model: ChartModel;
  view: TileMapView;
  measure: TileMapMeasure;
  controls?: ReactNode;
  showData?: boolean;
  /** A tile or region was activated: filter to its categories (`additive`: add them). */
  onToggle?: (dimension: string, categoryIds: readonly string[], additive: boolean) => void;
  /** List the cases behind a row of the model. */
  onList?: (row: ChartRow) => void;
}

/** The map's legend as the exported image draws it: hatched and outlined as on screen. */
export function imageLegendOf(legend: TileMapLegend): ImageLegend {
  return {
    title: legend.title,
    entries: legend.entries.map(({ label, fill, kind }) => ({
      label,
      fill,
      ...(kind === 'masked' || kind === 'inferred' ? { hatched: true } : {}),
      ...(kind === 'zero' ? { outlined: true } : {}),
    })),
  };
}

/** The widest the map is drawn: tiles stop growing at 64 px. */
const widestMap = 540;

/**
 * The tile map of forces (or regions) in the shared chart frame: title, unit and n, the data
 * table, exports and the registry all read the model, and so does the map, so presenter-safe and
 * every number agree. The last tile activated offers to list its cases.
 */
export function ModelTileMap({
  model,
  view,
  measure,
  controls,
  showData,
  onToggle,
  onList,
}: ModelTileMapProps) {
  const { ref, width, measured } = useChartWidth<HTMLDivElement>(widestMap);
  const [last, setLast] = useState<string | null>(null);
  // Until the map's code has loaded there is no drawing: an image then would have no map in it.
  // Once drawn, the map says its legend, which the image draws under the tiles.
  const [legend, setLegend] = useState<TileMapLegend | null>(null);
  const onDrawn = useCallback((drawnLegend: TileMapLegend) => setLegend(drawnLegend), []);
  const imageLegend = useMemo(() => (legend ? imageLegendOf(legend) : undefined), [legend]);
  const byKey = useMemo(() => new Map(model.rows.map((r) => [r.key, r])), [model]);
  const lastRow = last === null ? undefined : byKey.get(last);
  const activate = (target: TileTarget, additive: boolean) => {
    setLast(`${target.kind}:${target.id}`);
    onToggle?.(target.dimension, target.categoryIds, additive);
  };
  const listUnmatched = (key: string) => {
    const row = byKey.get(key);
    if (row) onList?.(row);
  };
  const notes =
    onList && lastRow?.list ? (
      <p>
        {lastRow.label}: {casesText(lastRow.count.value, lastRow.count.text)}.{' '}
        <button type="button" className="link-button" onClick={() => onList(lastRow)}>
          List the cases of {lastRow.label}
        </button>
      </p>
    ) : undefined;
  return (
    <ChartFrame
      model={model}
      controls={controls}
      notes={notes}
      showData={showData}
      drawingPending={!legend}
      {...(imageLegend ? { imageLegend } : {})}
    >
      <div ref={ref}>
        {measured && (
          <Suspense fallback={<p className="chart-empty">Drawing the map…</p>}>
            <TileMapDrawing
              model={model}
              view={view}
              measure={measure}
              width={Math.min(width, widestMap)}
              onDrawn={onDrawn}
              {...(onToggle ? { onToggle: activate } : {})}
              {...(onList ? { onListUnmatched: listUnmatched } : {})}
            />
          </Suspense>
        )}
      </div>
    </ChartFrame>
  );
}
