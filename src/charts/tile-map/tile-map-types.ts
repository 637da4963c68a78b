/** The tile map's input and output types (the layout is in tile-map-layout.ts). */
import type { NamedCategory, UnmatchedName } from '../../data/match-police-forces';
import type { RegionCell } from './region-outline';

/** A category of the data with its count of cases (a force, or a region for the region view). */
export interface TileMapRow extends NamedCategory {
  count: number;
  /** The data's category ids the row stands for (a click filters them); by default its id. */
  categoryIds?: readonly string[];
  /** Presenter-safe: the count is hidden, and this is what shows instead ("< 5", "hidden"). */
  hidden?: string;
  /** How many of its cases hold an inferred (not stated) force or region. */
  inferred?: number;
  /** Why the row is not on the map, when its own field already said (it is then not matched). */
  notOnMap?: string;
}

/** One tile per force, or the forces grouped by region. */
export type TileMapView = 'forces' | 'regions';
/** Colour by count of cases, or by share of the cases with a force (region) recorded. */
export type TileMapMeasure = 'count' | 'share';

/** What the map shows. */
export interface TileMapInput {
  /** Cases per force category of the data, matched to tiles through names and aliases. */
  forces: readonly TileMapRow[];
  /** Cases per region category, for the region view; without it, the forces' counts by region. */
  regions?: readonly TileMapRow[];
  /** Selected cases with a force recorded: the n of force shares and of the legend. */
  n: number;
  /** The n as shown, when presenter-safe hides it. */
  nText?: string;
  /** Selected cases with a region recorded (the n of region shares); defaults to `n`. */
  regionN?: number;
  /** Cases under the filters, when more than n (the rest have no force recorded). */
  total?: number;
  /** The total as shown, when presenter-safe hides it. */
  totalText?: string;
  /** The dimension the `regions` rows belong to (a click filters it); by default `region`. */
  regionDimension?: 'force' | 'region';
  measure: TileMapMeasure;
  view: TileMapView;
  /** Category ids the filter holds (of forces, or of regions in the region view). */
  selected?: ReadonlySet<string>;
  /** Presenter-safe: counts from 1 to hideBelow − 1 are shown as "< k". */
  hideBelow?: number;
}

/** What a tile or region stands for, as a click reports it. */
export interface TileTarget {
  kind: 'force' | 'region';
  /** The force's or region's id on the map. */
  id: string;
  /** The dimension the categories belong to. */
  dimension: 'force' | 'region';
  /** The data's category ids behind it (a file may name one force two ways). */
  categoryIds: readonly string[];
}

/** What a tile or a region shows and says. */
export interface MapMark {
  target: TileTarget;
  name: string;
  count: number;
  countText: string;
  /** Whole percent of the n, in share mode (null when hidden or counting). */
  percent: number | null;
  /** Printed on the tile: the count or the share, "< k" when hidden. */
  valueText: string;
  fill: string;
  ink: string;
  masked: boolean;
  /** Some of its cases' values are inferred (coded by the analyst), so the tile is hatched. */
  inferred: boolean;
  selected: boolean;
  /** "Kent Police: 1 case" (with the share in share mode). */
  accessibleName: string;
}

/** One force's square. */
export interface MapTile extends MapMark {
  code: string;
  regionId: string;
  x: number;
  y: number;
}

/** One region: its shape, its outline and the tile its label sits on. */
export interface MapRegion extends MapMark {
  code: string;
  outline: string;
  /** Rectangles that fill the region as one shape (its tiles, joined over the gaps). */
  cells: RegionCell[];
  forceIds: readonly string[];
  labelX: number;
  labelY: number;
}

/** The legend: what colour means, its classes, and the n. */
export interface TileMapLegend {
  title: string;
  entries: Array<{ fill: string; label: string; kind: 'zero' | 'class' | 'masked' | 'inferred' }>;
  nText: string;
}

/** The map's geometry and everything it says. */
export interface TileMapLayout {
  width: number;
  height: number;
  tileSize: number;
  gap: number;
  codeFontSize: number;
  valueFontSize: number;
  view: TileMapView;
  /** The field the view counts: force, or region when the region view counts a region field. */
  dimension: 'force' | 'region';
  tiles: MapTile[];
  regions: MapRegion[];
  legend: TileMapLegend;
  /** Categories of the data not on the map, with their counts and why. */
  unmatched: Array<UnmatchedName & { count: number; countText: string; hidden?: string }>;
}

/** Width the map may take. */
export interface TileMapOptions {
  width: number;
}
