import { useMemo, useRef, useState } from 'react';
import { casesText } from '../../../charts/bar/bar-mark';
import { HatchPattern } from '../../../charts/heatmap/hatch-pattern';
import { chartInk } from '../../../charts/palette';
import { tileGrid } from '../../../charts/tile-map/force-tiles';
import { layoutTileMap } from '../../../charts/tile-map/tile-map-layout';
import { tileMapInputFromModel } from '../../../charts/tile-map/tile-map-model-input';
import type { MapRegion, MapTile, TileMapLayout } from '../../../charts/tile-map/tile-map-types';
import type { ChartModel } from '../../../query/model/chart-model';
import { nSentence } from '../../../query/model/export-words';
import { ChartDataTable } from '../../../ui/chart-data-table';
import { FitList } from './fit-list';
import { slideMinFont } from './slide-bars-layout';
import { useBoxSize } from './use-box-size';

/** Props of {@link SlideMap}. */
export interface SlideMapProps {
  model: ChartModel;
  view: 'forces' | 'regions';
  measure: 'count' | 'share';
}

/** A place the slide names: its letter on the map (if on it), its name and its number. */
interface Keyed {
  key: string;
  letter?: string;
  mark?: MapTile | MapRegion;
  text: string;
}

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The places with cases, most first (a hidden count has no number to rank by: those follow, by
 * name, so their order gives nothing away), each lettered for the map, then what is not on it.
 */
export function keyedPlaces(layout: TileMapLayout, measure: 'count' | 'share'): Keyed[] {
  const marks: Array<MapTile | MapRegion> =
    layout.view === 'forces' ? layout.tiles : layout.regions;
  const withCases = marks
    .filter((m) => m.count > 0 || m.masked)
    .sort(
      (a, b) =>
        Number(a.masked) - Number(b.masked) || b.count - a.count || a.name.localeCompare(b.name),
    );
  // "(inferred)" tells the places apart only when some are and some are not: the notes say "all".
  const mixed =
    withCases.some((m) => m.inferred) && withCases.some((m) => !m.inferred && !m.masked);
  const value = (m: MapTile | MapRegion) =>
    `${casesText(m.count, m.countText)}${measure === 'share' && m.percent !== null ? `, ${m.percent}%` : ''}${mixed && m.inferred ? ' (inferred)' : ''}`;
  const onMap: Keyed[] = withCases.map((mark, i) => ({
    key: mark.target.id,
    mark,
    ...(i < letters.length ? { letter: letters[i] } : {}),
    text: `${mark.name}: ${value(mark)}`,
  }));
  const off: Keyed[] = layout.unmatched.map((u) => ({
    key: `other:${u.categoryId}`,
    text: `${u.label} (not on the map): ${casesText(u.count, u.countText)}`,
  }));
  return [...onMap, ...off];
}

/**
 * The map's size on the slide: beside the list, as tall as the plot allows and at most half its
 * width; above the list (a tall, narrow screen), as wide as the plot and at most half its height.
 */
function mapScale(layout: TileMapLayout, width: number, height: number, stacked: boolean): number {
  return stacked
    ? Math.min(1, (height * 0.5) / layout.height, width / layout.width)
    : Math.min(1, height / layout.height, (width * 0.5) / layout.width);
}

/**
 * "Cases by force (map)" on a projector: the tiles coloured as on screen with no text on them but
 * a letter, at the slide's text size, on each place with cases; beside the map, those places by
 * letter with their counts (and share), as many as fit, and how many more. Nothing to hover.
 */
export function SlideMap({ model, view, measure }: SlideMapProps) {
  const box = useRef<HTMLDivElement>(null);
  const size = useBoxSize(box);
  const font = Math.max(slideMinFont, size.fontSize);
  const [listed, setListed] = useState(0);
  // A screen taller than wide (a phone held upright) has the list below the map, not beside it.
  const stacked = size.width < size.height * 1.2;
  const layout = useMemo(() => {
    if (size.width <= 0) return null;
    // Tiles as large as the room allows (9 rows), within the layout's own bounds.
    const tall = stacked ? size.height * 0.5 : size.height;
    const tile = Math.floor((tall - 3) / tileGrid.rows) - 3;
    const width = Math.min(size.width * (stacked ? 1 : 0.5), 3 + tileGrid.columns * (tile + 3));
    return layoutTileMap(tileMapInputFromModel(model, view, measure), { width });
  }, [model, view, measure, size.width, size.height, stacked]);
  const places = useMemo(() => (layout ? keyedPlaces(layout, measure) : []), [layout, measure]);
  const scale = layout ? mapScale(layout, size.width, size.height, stacked) : 1;
  // Letters only on the places the list shows, so no letter on the map goes unexplained.
  const lettered = new Map(
    places.slice(0, listed).flatMap((p) => (p.mark && p.letter ? [[p.mark, p.letter]] : [])),
  );
  const masked = model.maskedBelow;
  const place = model.dimension === 'region' ? 'region' : 'force';
  const notes = [
    `${nSentence(model)}.`,
    measure === 'share'
      ? `Darker: a larger share of the cases with a ${model.dimension === 'region' ? 'region' : 'force'} recorded.`
      : 'Darker: more cases.',
    ...(masked === undefined ? [] : [`Grey, hatched: fewer than ${masked}, hidden.`]),
    ...(layout && allInferred(layout)
      ? [`Each count includes cases whose ${place} the analyst inferred.`]
      : []),
  ];
  return (
    <section className="slide-figure slide-map" aria-label={model.title}>
      <h2 className="slide-figure-title">
        {model.title}
        {view === 'regions' ? ': by region' : ''}
      </h2>
      <div
        ref={box}
        className={stacked ? 'slide-plot slide-map-plot stacked' : 'slide-plot slide-map-plot'}
      >
        {layout && (
          <>
            <svg
              className="slide-map-drawing"
              width={Math.floor(layout.width * scale)}
              height={Math.floor(layout.height * scale)}
              viewBox={`0 0 ${layout.width} ${layout.height}`}
              aria-hidden="true"
            >
              <defs>
                <HatchPattern id="slide-map-hatch" colour={chartInk} />
              </defs>
              <MapShapes layout={layout} />
              {[...lettered].map(([mark, letter]) => {
                const at = placeOf(mark);
                return (
                  <text
                    key={mark.target.id}
                    x={at.x + layout.tileSize / 2}
                    y={at.y + layout.tileSize / 2}
                    dominantBaseline="central"
                    textAnchor="middle"
                    fill={mark.ink}
                    fontSize={font / scale}
                    fontWeight={700}
                  >
                    {letter}
                  </text>
                );
              })}
            </svg>
            <FitList
              className="slide-map-list"
              label={`${model.title}: places with cases`}
              items={places.map((p) => ({
                key: p.key,
                node: (
                  <>
                    {p.letter && (
                      <span className="slide-map-letter" aria-hidden="true">
                        {p.letter}
                      </span>
                    )}
                    {p.text}
                  </>
                ),
              }))}
              more={(count) => (
                <strong>
                  And {count} more {count === 1 ? 'place' : 'places'}: the handout has every one.
                </strong>
              )}
              onFitted={setListed}
            />
          </>
        )}
      </div>
      <p className="slide-figure-notes">{notes.join(' ')}</p>
      <ChartDataTable model={model} hidden />
    </section>
  );
}

/** True when every place with a count shown has only inferred values behind it. */
function allInferred(layout: TileMapLayout): boolean {
  const marks = (layout.view === 'forces' ? layout.tiles : layout.regions).filter(
    (m) => m.count > 0 && !m.masked,
  );
  return marks.length > 0 && marks.every((m) => m.inferred);
}

/** Where a mark's letter goes: its tile, or its region's label tile. */
function placeOf(mark: MapTile | MapRegion): { x: number; y: number } {
  return 'labelX' in mark ? { x: mark.labelX, y: mark.labelY } : { x: mark.x, y: mark.y };
}

/** The tiles (or regions) in their colours, hatched where hidden, outlined by region. */
function MapShapes({ layout }: { layout: TileMapLayout }) {
  const size = layout.tileSize;
  if (layout.view === 'regions')
    return (
      <>
        {layout.regions.map((region) =>
          region.cells.map((cell) => (
            <g key={`${region.target.id}:${cell.x},${cell.y}`}>
              <rect {...cell} fill={region.fill} />
              {region.masked && <rect {...cell} fill="url(#slide-map-hatch)" opacity={0.35} />}
            </g>
          )),
        )}
        {layout.regions.map((r) => (
          <path key={r.target.id} d={r.outline} fill="none" stroke="#5B6470" strokeWidth={2} />
        ))}
      </>
    );
  return (
    <>
      {layout.regions.map((r) => (
        <path key={r.target.id} d={r.outline} fill="none" stroke="#8F96A0" strokeWidth={1.5} />
      ))}
      {layout.tiles.map((tile) => (
        <g key={tile.target.id}>
          <rect
            x={tile.x}
            y={tile.y}
            width={size}
            height={size}
            fill={tile.fill}
            stroke={tile.count === 0 && !tile.masked ? '#AEB4BD' : 'none'}
          />
          {tile.masked && (
            <rect
              x={tile.x}
              y={tile.y}
              width={size}
              height={size}
              fill="url(#slide-map-hatch)"
              opacity={0.35}
            />
          )}
        </g>
      ))}
    </>
  );
}
