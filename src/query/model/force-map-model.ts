/**
 * The model of the Overview's tile map, "Cases by force (map)": one row per territorial force of
 * England and Wales the data names (several spellings of one force sum into its row), or per
 * police region in the region view, then every category of the data that is not on the map (never
 * dropped), then the cases with no force recorded. Presenter-safe masks it like every model.
 */
import { matchForces, matchRegions, type NameMatching } from '../../data/match-police-forces';
import { policeRegions, territorialForces } from '../../data/police-forces';
import type { CategoryCount } from '../aggregate';
import type { ChartModel, ChartRow, ExtraCell, ModelSum } from './chart-model';
import {
  countedModelFields,
  fieldCounts,
  notCodedRow,
  rowState,
  type ModelContext,
} from './dimension-model';
import { countFigure, intervalFigure, shareFigure } from './figure';
import { quantityKey } from './quantity';

/** The model id of the map (one id in both views, so slides and packs name one chart). */
export const forceMapChartId = 'overview.forceMap';
/** The map's title, and its data table's caption. */
export const forceMapTitle = 'Cases by force (map)';

/** One tile per force, or the tiles grouped by police region. */
export type ForceMapView = 'forces' | 'regions';

const onMap: ExtraCell = { value: null, text: 'yes' };
const notOnMapPrefix = 'no: ';

/** Why a row of the map's model is not on the map (a category of the data it does not know). */
export function notOnMapReason(row: ChartRow): string | undefined {
  const text = row.key.startsWith('other:') ? row.extra?.[0]?.text : undefined;
  return text?.startsWith(notOnMapPrefix) ? text.slice(notOnMapPrefix.length) : undefined;
}

/** A row of the map: a force or region, the data's categories behind it, and their counts. */
interface MapUnit {
  key: string;
  label: string;
  categories: CategoryCount[];
  /** Why it is not on the map, for a category of the data the map does not know. */
  note?: string;
}

function sumOf(categories: readonly CategoryCount[], field: 'count' | 'inferred'): number {
  return categories.reduce((sum, c) => sum + c[field], 0);
}

/** The map's units from a matching: in map order, then the categories not on the map. */
function unitsOf(
  matching: NameMatching,
  counts: ReadonlyMap<string, CategoryCount>,
  targets: ReadonlyArray<{ id: string; name: string }>,
  targetOf: (matchedTarget: string) => string,
  prefix: string,
): MapUnit[] {
  const byTarget = new Map<string, CategoryCount[]>();
  for (const m of matching.matched) {
    const count = counts.get(m.categoryId);
    if (!count) continue;
    const target = targetOf(m.targetId);
    byTarget.set(target, [...(byTarget.get(target) ?? []), count]);
  }
  const units: MapUnit[] = targets.flatMap((t) => {
    const categories = byTarget.get(t.id);
    return categories ? [{ key: `${prefix}:${t.id}`, label: t.name, categories }] : [];
  });
  for (const u of matching.unmatched) {
    const count = counts.get(u.categoryId);
    if (count)
      units.push({
        key: `other:${u.categoryId}`,
        label: u.label,
        categories: [count],
        note: u.note,
      });
  }
  return units;
}

/**
 * The model of the tile map under the filters (crossfilter: it ignores its own dimension's filter,
 * as the bar chart of forces does). In the region view it counts the data's region field when the
 * data has one, else each region sums its forces (and a click filters those forces).
 */
export function forceMapModel(context: ModelContext, view: ForceMapView = 'forces'): ChartModel {
  const { index, filters } = context;
  const regionField = index.dimensions.get('region');
  const byRegionField =
    view === 'regions' && !!regionField?.members.some((m) => m.some((w) => w !== 0));
  const dimension = byRegionField ? 'region' : 'force';
  const counted = fieldCounts(context, dimension);
  const { except, counts, chosen, shown, nCoded, nQuantity, nCodedQuantity } = counted;
  const categories = index.dimensions.get(dimension)?.categories ?? [];
  const countById = new Map(shown.map((c) => [c.id, c]));
  const named = categories.filter((c) => countById.has(c.id));
  const forceRegion = new Map(territorialForces.map((f) => [f.id, f.region]));
  const units = byRegionField
    ? unitsOf(matchRegions(named), countById, policeRegions, (id) => id, 'region')
    : view === 'regions'
      ? unitsOf(
          matchForces(named),
          countById,
          policeRegions,
          (id) => forceRegion.get(id) ?? '',
          'region',
        )
      : unitsOf(matchForces(named), countById, territorialForces, (id) => id, 'force');

  const single = (id: string) =>
    quantityKey(filters, { except, restrict: [{ dimension, values: [id] }] });
  const sums: ModelSum[] = [];
  const rows: ChartRow[] = units.map((unit, position) => {
    const ids = unit.categories.map((c) => c.id);
    const count = sumOf(unit.categories, 'count');
    const quantity = quantityKey(filters, { except, restrict: [{ dimension, values: ids }] });
    // A tile of several spellings sums them; the bar chart of forces shows each on its own.
    if (ids.length > 1) sums.push({ total: quantity, parts: ids.map(single) });
    const state = ids.map((id) => rowState(chosen, id));
    return {
      key: unit.key,
      label: unit.label,
      kind: 'category',
      level: 0,
      categoryId: ids[0] ?? '',
      members: ids,
      count: countFigure(count),
      base: countFigure(nCoded),
      share: shareFigure(count, nCoded),
      interval: intervalFigure(count, nCoded),
      inferred: countFigure(sumOf(unit.categories, 'inferred')),
      state: state.includes('selected') ? 'selected' : (state[0] ?? 'normal'),
      position,
      quantity,
      baseQuantity: nCodedQuantity,
      list: { except: dimension, dimension, categories: ids },
      extra: [
        unit.note === undefined ? onMap : { value: null, text: `${notOnMapPrefix}${unit.note}` },
      ],
    };
  });
  const { notCodedQuantity } = counted;
  if (counts.notRecorded > 0)
    rows.push({
      ...notCodedRow(counts.notRecorded, notCodedQuantity, {
        except: dimension,
        dimension,
        categories: [],
      }),
      extra: [{ value: null, text: '–' }],
    });
  // Each category is in one row, so the rows' parts are the categories themselves.
  const parts = shown.map((c) => single(c.id));
  sums.push(
    { total: nQuantity, parts: [...parts, ...(counts.notRecorded > 0 ? [notCodedQuantity] : [])] },
    { total: nCodedQuantity, parts },
  );
  const regionWords = byRegionField ? 'police regions' : 'regions (each the sum of its forces)';
  return {
    ...countedModelFields(context, counted),
    id: forceMapChartId,
    title: forceMapTitle,
    labelHeader: view === 'regions' ? 'Police region' : 'Police force',
    rows,
    noun: byRegionField ? 'regions' : 'forces',
    inferred: countFigure(rows.reduce((sum, r) => sum + (r.inferred.value ?? 0), 0)),
    extraColumns: [{ header: 'On the map', kind: 'text' }],
    rankedByCount: false,
    sums,
    remarks:
      view === 'regions'
        ? [`The tiles are grouped into ${regionWords}.`]
        : [
            'One equal tile per territorial police force of England and Wales (43), placed to keep neighbouring forces near; tile size says nothing about a force’s population or area.',
          ],
  };
}
