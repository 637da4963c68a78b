import { matchForces, matchRegions, type NameMatching } from '../../data/match-police-forces';
import { policeRegions, territorialForces } from '../../data/police-forces';
import { percentHalfUp } from '../../query/percent';
import { isMaskedCount, maskCount } from '../../query/presenter-safe';
import { casesText } from '../bar/bar-mark';
import { forceTiles, regionCodes, tileGrid, type ForceTile } from './force-tiles';
import { regionOutline } from './region-outline';
import { maskedFill, tileScale, zeroClass, type TileClass } from './tile-map-scale';
import type {
  MapMark,
  MapRegion,
  MapTile,
  TileMapInput,
  TileMapLayout,
  TileMapLegend,
  TileMapOptions,
  TileMapRow,
} from './tile-map-types';

const forceName = new Map(territorialForces.map((f) => [f.id, f.name]));
const forceRegion = new Map(territorialForces.map((f) => [f.id, f.region]));

interface Tally {
  count: number;
  inferred?: number;
  categoryIds: string[];
  /** What shows instead of the count when a row behind it is hidden (presenter-safe). */
  hidden?: string;
}

/** Adds a row (or a tally) into a tally: a sum with a hidden part is hidden as a whole. */
function addInto(
  into: Tally,
  count: number,
  categoryIds: readonly string[],
  hidden?: string,
  inferred = 0,
) {
  const first = into.categoryIds.length === 0;
  into.count += count;
  into.inferred = (into.inferred ?? 0) + inferred;
  into.categoryIds.push(...categoryIds);
  if (hidden !== undefined) into.hidden = first ? hidden : 'hidden';
  else if (into.hidden !== undefined) into.hidden = 'hidden';
}

function tally(
  rows: readonly TileMapRow[],
  matched: ReadonlyArray<{ categoryId: string; targetId: string }>,
): Map<string, Tally> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out = new Map<string, Tally>();
  for (const m of matched) {
    const row = byId.get(m.categoryId);
    const t = out.get(m.targetId) ?? { count: 0, categoryIds: [] };
    addInto(t, row?.count ?? 0, row?.categoryIds ?? [m.categoryId], row?.hidden, row?.inferred);
    out.set(m.targetId, t);
  }
  return out;
}

/** The tallies of the view's units (forces or regions), and what is not on the map. */
/**
 * Matches rows to the map; a row that already says why it is not on the map (`notOnMap`) is not
 * matched again, so its reason stays the one its own field gave (a force in the region view).
 */
function matchRows(rows: readonly TileMapRow[], match: typeof matchForces): NameMatching {
  const matching = match(rows.filter((r) => r.notOnMap === undefined));
  const told = rows.flatMap((r) =>
    r.notOnMap === undefined
      ? []
      : [{ categoryId: r.id, label: r.label, reason: 'not-recognised' as const, note: r.notOnMap }],
  );
  return { matched: matching.matched, unmatched: [...matching.unmatched, ...told] };
}

function unitsOf(input: TileMapInput) {
  const forces = matchRows(input.forces, matchForces);
  const byForce = tally(input.forces, forces.matched);
  const fromForces = { unmatched: forces.unmatched, rows: input.forces, n: input.n };
  if (input.view === 'forces')
    return { ...fromForces, byUnit: byForce, dimension: 'force' as const };
  if (input.regions) {
    const regions = matchRows(input.regions, matchRegions);
    return {
      byUnit: tally(input.regions, regions.matched),
      unmatched: regions.unmatched,
      rows: input.regions,
      n: input.regionN ?? input.n,
      dimension: input.regionDimension ?? ('region' as const),
    };
  }
  // No region field: each region sums its forces, and a click filters to those forces.
  const byUnit = new Map<string, Tally>();
  for (const [forceId, t] of byForce) {
    const region = forceRegion.get(forceId) ?? '';
    const sum = byUnit.get(region) ?? { count: 0, categoryIds: [] };
    addInto(sum, t.count, t.categoryIds, t.hidden, t.inferred);
    byUnit.set(region, sum);
  }
  return { ...fromForces, byUnit, dimension: 'force' as const };
}

/**
 * Lays out the tile map: a square per force (or the forces grouped by region), coloured by count
 * or share in classes of a sequential scale, with the legend, the n and the categories of the
 * data that are not on the map. Presenter-safe counts share one hatched fill and read "< k".
 */
export function layoutTileMap(input: TileMapInput, options: TileMapOptions): TileMapLayout {
  const { columns, rows } = tileGrid;
  const gap = 3;
  const margin = 3;
  const tileSize = Math.max(
    24,
    Math.min(64, Math.floor((options.width - 2 * margin - (columns - 1) * gap) / columns)),
  );
  const step = tileSize + gap;
  const units = unitsOf(input);
  const k = input.hideBelow;
  const masked = (count: number) => k !== undefined && isMaskedCount(count, k);
  const shown = (count: number) => (k === undefined ? String(count) : maskCount(count, k));
  const share = input.measure === 'share';
  const percentOf = (count: number) => (share ? percentHalfUp(count, units.n) : null);
  // A count above 0 whose share rounds to 0 % still takes the first class.
  const valueOf = (count: number) => (share ? Math.max(1, percentOf(count) ?? 0) : count);
  let max = 0;
  for (const t of units.byUnit.values())
    if (t.count > 0 && t.hidden === undefined && !masked(t.count))
      max = Math.max(max, valueOf(t.count));
  const scale = tileScale(max, share ? '%' : '');
  const classOf = (count: number): TileClass =>
    count === 0 ? zeroClass : (scale.classes[scale.classOf(valueOf(count))] ?? zeroClass);

  const mark = (kind: 'force' | 'region', id: string, name: string): MapMark => {
    const t = units.byUnit.get(id) ?? { count: 0, categoryIds: [] };
    const hidden = t.hidden !== undefined || masked(t.count);
    const percent = hidden || input.nText !== undefined ? null : percentOf(t.count);
    const countText = t.hidden ?? shown(t.count);
    const colour = hidden ? { fill: maskedFill, ink: '#1A1A1A' } : classOf(t.count);
    return {
      target: { kind, id, dimension: units.dimension, categoryIds: t.categoryIds },
      name,
      count: t.count,
      countText,
      percent,
      valueText: share && percent !== null && t.count > 0 ? `${percent}%` : countText,
      fill: colour.fill,
      ink: colour.ink,
      masked: hidden,
      inferred: !hidden && t.count > 0 && (t.inferred ?? 0) > 0,
      selected: t.categoryIds.some((c) => input.selected?.has(c)),
      accessibleName: `${name}: ${casesText(t.count, countText)}${percent === null || t.count === 0 ? '' : ` (${percent}%)`}`,
    };
  };

  const place = (tile: ForceTile) => ({
    x: margin + tile.column * step,
    y: margin + tile.row * step,
  });
  const tiles: MapTile[] = forceTiles.map((tile) => {
    const regionId = forceRegion.get(tile.forceId) ?? '';
    const base = mark('force', tile.forceId, forceName.get(tile.forceId) ?? tile.forceId);
    return {
      ...base,
      code: tile.code,
      accessibleName: spokenAs(tile.code, base),
      regionId,
      ...place(tile),
    };
  });
  const regions: MapRegion[] = policeRegions.map((region) => {
    const members = forceTiles.filter((t) => forceRegion.get(t.forceId) === region.id);
    const { outline, cells, labelTile } = regionOutline(members, { margin, step, gap });
    const at = labelTile ? place(labelTile) : { x: 0, y: 0 };
    const base = mark('region', region.id, region.name);
    const code = regionCodes.get(region.id) ?? region.name;
    return {
      ...base,
      code,
      accessibleName: spokenAs(code, base),
      outline,
      cells,
      forceIds: members.map((m) => m.forceId),
      labelX: at.x,
      labelY: at.y,
    };
  });

  const rowOf = new Map<string, TileMapRow>(units.rows.map((r) => [r.id, r]));
  const unmatched = units.unmatched.map((u) => {
    const row = rowOf.get(u.categoryId);
    const count = row?.count ?? 0;
    return { ...u, count, countText: row?.hidden ?? shown(count), hidden: row?.hidden };
  });
  return {
    width: 2 * margin + columns * step - gap,
    height: 2 * margin + rows * step - gap,
    tileSize,
    gap,
    codeFontSize: Math.max(9, Math.min(14, Math.round(tileSize * 0.26))),
    valueFontSize: Math.max(10, Math.min(16, Math.round(tileSize * 0.3))),
    view: input.view,
    dimension: units.dimension,
    tiles,
    regions,
    legend: tileMapLegend(
      input,
      units.dimension,
      scale.classes,
      units.n,
      unmatched,
      shown,
      (input.view === 'forces' ? tiles : regions).some((m) => m.inferred),
    ),
    unmatched,
  };
}

function tileMapLegend(
  input: TileMapInput,
  field: 'force' | 'region',
  classes: readonly TileClass[],
  n: number,
  unmatched: ReadonlyArray<{ count: number; hidden?: string }>,
  shown: (count: number) => string,
  anyInferred: boolean,
): TileMapLegend {
  const title = input.measure === 'count' ? 'Cases' : `Share of cases with a ${field} recorded`;
  const entries: TileMapLegend['entries'] = [
    { fill: zeroClass.fill, label: input.measure === 'count' ? '0' : 'none', kind: 'zero' },
    ...classes.map((c) => ({ fill: c.fill, label: c.label, kind: 'class' as const })),
  ];
  if (anyInferred)
    entries.push({
      fill: classes[0]?.fill ?? zeroClass.fill,
      label: 'inferred (hatched)',
      kind: 'inferred',
    });
  if (input.hideBelow !== undefined) {
    entries.push({ fill: maskedFill, label: `< ${input.hideBelow} (hidden)`, kind: 'masked' });
  }
  const nShown = input.nText ?? shown(n);
  const totalShown =
    input.total === undefined ? undefined : (input.totalText ?? shown(input.total));
  const of =
    totalShown === undefined || totalShown === nShown ? '' : `, of ${totalShown} under the filters`;
  const off = unmatched.reduce((sum, u) => sum + u.count, 0);
  // A sum with a hidden part would give that part back: it says only that there are some.
  const offText = unmatched.some((u) => u.hidden !== undefined)
    ? '; some not on the map (listed beside it)'
    : off === 0
      ? ''
      : `; ${shown(off)} not on the map (listed beside it)`;
  const nText = `n = ${casesText(n, nShown)} with a ${field} recorded${of}${offText}`;
  return { title, entries, nText };
}

/**
 * A tile's accessible name begins with what the tile shows ("LAN 2", "LAN < 5"), so that speech
 * input can name it by its visible text (WCAG 2.5.3), then says whose it is and the cases.
 */
function spokenAs(code: string, mark: MapMark): string {
  return `${code} ${mark.valueText}, ${mark.accessibleName}`;
}
