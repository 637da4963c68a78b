import { useId, useState, type KeyboardEvent } from 'react';
import { Tooltip } from '../../ui/tooltip';
import { casesText } from '../bar/bar-mark';
import { HatchPattern } from '../heatmap/hatch-pattern';
import { chartInk } from '../palette';
import { TileMapLegend } from './tile-map-legend';
import type { MapMark, TileMapLayout, TileTarget } from './tile-map-types';
import { TileMapUnmatched } from './tile-map-unmatched';
import { TileLabel, MarkButton, selectedStroke, type MarkHandlers } from './tile-mark';
import { nextMark } from './tile-navigation';
import './tile-map.css';

/** Props of {@link TileMap}. */
export interface TileMapProps {
  layout: TileMapLayout;
  /** Accessible name of the map, e.g. "Cases by force (map)". */
  name: string;
  /** A force or region was clicked or activated: filter to it, or add it (Shift, Ctrl, Cmd). */
  onToggle?: (target: TileTarget, additive: boolean) => void;
  /** Lists the cases behind a category of the data that is not on the map. */
  onListUnmatched?: (categoryId: string) => void;
}

const zeroStroke = '#AEB4BD';

/** What the tiles and the region groups are drawn from. */
interface MarksProps {
  layout: TileMapLayout;
  /** The handlers of the mark at an index. */
  handlers: (i: number) => MarkHandlers;
  /** The fill of the hatching laid over hidden counts. */
  hatch: string;
  /** The hatching of inferred values, on a light fill and on a dark one. */
  inferredHatch: (ink: string) => string;
  /** The mark with focus, whose focus ring is drawn (only its: the DOM budget counts). */
  focused: number | null;
}

function ForceTiles({ layout, handlers, hatch, inferredHatch, focused }: MarksProps) {
  const size = layout.tileSize;
  return layout.tiles.map((tile, i) => (
    <MarkButton key={tile.target.id} mark={tile} handlers={handlers(i)} className="tile-button">
      {i === focused && (
        <rect
          className="focus-ring"
          x={tile.x - 1.5}
          y={tile.y - 1.5}
          width={size + 3}
          height={size + 3}
          fill="none"
          strokeWidth={2.5}
        />
      )}
      <rect
        x={tile.x}
        y={tile.y}
        width={size}
        height={size}
        fill={tile.fill}
        stroke={tile.count === 0 && !tile.masked ? zeroStroke : 'none'}
      />
      {tile.masked && (
        <rect x={tile.x} y={tile.y} width={size} height={size} fill={hatch} opacity={0.35} />
      )}
      {tile.inferred && (
        <rect
          x={tile.x}
          y={tile.y}
          width={size}
          height={size}
          fill={inferredHatch(tile.ink)}
          opacity={0.3}
        />
      )}
      {tile.selected && (
        <rect
          x={tile.x + 1.5}
          y={tile.y + 1.5}
          width={size - 3}
          height={size - 3}
          fill="none"
          {...selectedStroke}
        />
      )}
      <TileLabel
        x={tile.x}
        y={tile.y}
        size={size}
        code={tile.code}
        value={tile.valueText}
        ink={tile.ink}
        halo={tile.fill}
        codeFontSize={layout.codeFontSize}
        valueFontSize={layout.valueFontSize}
      />
    </MarkButton>
  ));
}

function RegionGroups({ layout, handlers, hatch, inferredHatch }: MarksProps) {
  const size = layout.tileSize;
  return layout.regions.map((region, i) => (
    <MarkButton key={region.target.id} mark={region} handlers={handlers(i)} className="tile-button">
      {region.cells.map((cell) => (
        <g key={`${cell.x},${cell.y}`}>
          <rect {...cell} fill={region.fill} />
          {region.masked && <rect {...cell} fill={hatch} opacity={0.35} />}
          {region.inferred && <rect {...cell} fill={inferredHatch(region.ink)} opacity={0.3} />}
        </g>
      ))}
      <TileLabel
        x={region.labelX}
        y={region.labelY}
        size={size}
        code={region.code}
        value={region.valueText}
        ink={region.ink}
        halo={region.fill}
        codeFontSize={layout.codeFontSize}
        valueFontSize={layout.valueFontSize}
      />
    </MarkButton>
  ));
}

/**
 * The regions' outlines, over the fills so no region covers its neighbour's: grey, dark where the
 * filter holds the region, and in the focus colour round the region with focus.
 */
function RegionOutlines({ layout, focused }: { layout: TileMapLayout; focused: number | null }) {
  const focus = focused === null ? undefined : layout.regions[focused];
  return (
    <g aria-hidden="true" fill="none" pointerEvents="none">
      {layout.regions.map((r) => (
        <path key={r.target.id} d={r.outline} stroke="#5B6470" strokeWidth={2} />
      ))}
      {layout.regions
        .filter((r) => r.selected)
        .map((r) => (
          <path key={r.target.id} d={r.outline} {...selectedStroke} />
        ))}
      {focus && <path className="region-focus" d={focus.outline} strokeWidth={3.5} />}
    </g>
  );
}

/**
 * A tile map of the territorial police forces of England and Wales drawn from
 * {@link layoutTileMap}: each force (or, in the region view, each region) is a button named by
 * place and count; arrow keys move between them, Enter / Space or a click filters, Shift adds.
 * The legend states n; forces of the data that are not on the map are listed beside it.
 */
export function TileMap({ layout, name, onToggle, onListUnmatched }: TileMapProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const marks: MapMark[] = layout.view === 'forces' ? layout.tiles : layout.regions;
  const points =
    layout.view === 'forces'
      ? layout.tiles.map((t) => ({ x: t.x, y: t.y }))
      : layout.regions.map((r) => ({ x: r.labelX, y: r.labelY }));
  const [current, setCurrent] = useState(0);
  const [shown, setShown] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const focusIndex = Math.min(current, marks.length - 1);
  const tooltipId = `${uid}-tip`;
  const hintId = `${uid}-hint`;
  const place = layout.view === 'forces' ? 'forces' : 'regions';

  const handlers = (i: number): MarkHandlers => ({
    tabIndex: i === focusIndex ? 0 : -1,
    describedBy: shown === i ? tooltipId : undefined,
    onActivate: onToggle && ((additive) => onToggle((marks[i] as MapMark).target, additive)),
    onKeyDown: (event: KeyboardEvent<SVGGElement>) => {
      if (event.key === 'Escape') setShown(null);
      const next = nextMark(points, i, event.key);
      if (next === -1) return;
      event.preventDefault();
      setCurrent(next);
      // The marks are drawn in the order of `marks`, so the next button is the next-th.
      const buttons = event.currentTarget
        .closest('svg')
        ?.querySelectorAll<SVGGElement>('.tile-button');
      buttons?.[next]?.focus();
    },
    onFocus: () => {
      setCurrent(i);
      setShown(i);
      setFocused(i);
    },
    onBlur: () => {
      setShown(null);
      setFocused(null);
    },
    onShow: () => setShown(i),
    onHide: () => setShown(null),
  });

  const active = shown === null ? undefined : marks[shown];
  const activePoint = shown === null ? undefined : points[shown];
  const hatch = `url(#${uid}-hatch)`;
  const inferredHatch = (ink: string) =>
    ink === '#FFFFFF' ? `url(#${uid}-hatch-light)` : `url(#${uid}-hatch)`;
  const marksProps = { layout, handlers, hatch, inferredHatch, focused };
  return (
    <div className="tile-map">
      <div className="tile-map-figure" style={{ width: layout.width }}>
        <svg
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-label={name}
          aria-describedby={hintId}
          // One tab stop; arrow keys move between the marks (the keyboard checks read this).
          data-roving="arrows"
        >
          <defs>
            <HatchPattern id={`${uid}-hatch`} colour={chartInk} />
            <HatchPattern id={`${uid}-hatch-light`} colour="#FFFFFF" />
          </defs>
          {layout.view === 'forces' ? (
            <>
              <g aria-hidden="true">
                {layout.regions.map((r) => (
                  <path
                    key={r.target.id}
                    d={r.outline}
                    fill="none"
                    stroke="#8F96A0"
                    strokeWidth={1.5}
                  />
                ))}
              </g>
              <ForceTiles {...marksProps} />
            </>
          ) : (
            <>
              <RegionGroups {...marksProps} />
              <RegionOutlines layout={layout} focused={focused} />
            </>
          )}
        </svg>
        <p id={hintId} className="visually-hidden">
          Arrow keys move between {place}. Enter or a click filters to one; Shift adds it.
        </p>
        {active && activePoint && (
          <Tooltip
            id={tooltipId}
            x={activePoint.x + layout.tileSize + 6}
            y={activePoint.y}
            containerWidth={layout.width}
          >
            <strong>{active.name}</strong>
            {casesText(active.count, active.countText)}
            {active.percent !== null && active.count > 0 && <> ({active.percent}% of n)</>}
            {onToggle && (active.count > 0 || active.masked) && (
              <span className="tooltip-hint">
                Click or press Enter to filter; Shift-click to add.
              </span>
            )}
          </Tooltip>
        )}
      </div>
      <div className="tile-map-side">
        <TileMapLegend legend={layout.legend} uid={uid} />
        <TileMapUnmatched
          unmatched={layout.unmatched}
          field={layout.dimension}
          {...(onListUnmatched ? { onList: onListUnmatched } : {})}
        />
      </div>
    </div>
  );
}
