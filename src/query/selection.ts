import { andInto, emptyBitset, fullBitset, orInto, type Bitset } from './bitset';
import type { DatasetIndex, DimensionIndex } from './dataset-index';

/** Whether a multi-valued filter (themes) keeps cases with any or all of the chosen values. */
export type MatchMode = 'any' | 'all';

/** The user's filters: dimension id → chosen category ids, plus the theme match mode. */
export interface FilterState {
  values: ReadonlyMap<string, readonly string[]>;
  themeMatch: MatchMode;
}

/** No filters at all. */
export const noFilters: FilterState = { values: new Map(), themeMatch: 'any' };

/** Each dimension's category id → code, made once per dimension on first use. */
const codesById = new WeakMap<DimensionIndex, Map<string, number>>();

/**
 * The code of a category of a dimension, or -1 when the dimension has no such category. A map
 * rather than a search: a link may choose thousands of values, a dataset hold thousands of themes.
 */
export function categoryCode(dimension: DimensionIndex, id: string): number {
  let codes = codesById.get(dimension);
  if (!codes) {
    codes = new Map();
    for (const [code, category] of dimension.categories.entries())
      if (!codes.has(category.id)) codes.set(category.id, code);
    codesById.set(dimension, codes);
  }
  return codes.get(id) ?? -1;
}

/** The cases matching one dimension's chosen values (unknown dimensions or values match none). */
export function dimensionFilter(
  index: DatasetIndex,
  dimensionId: string,
  chosen: readonly string[],
  match: MatchMode,
): Bitset {
  const dimension = index.dimensions.get(dimensionId);
  if (!dimension) return emptyBitset(index.size);
  const sets = chosen.map((id) => {
    const code = categoryCode(dimension, id);
    return code === -1
      ? emptyBitset(index.size)
      : (dimension.members[code] ?? emptyBitset(index.size));
  });
  if (dimension.kind === 'multi' && match === 'all') {
    return sets.reduce((acc, set) => andInto(acc, set), fullBitset(index.size));
  }
  return sets.reduce((acc, set) => orInto(acc, set), emptyBitset(index.size));
}

/**
 * The cases passing every filter except the one on `exceptDimension` (crossfilter semantics: a
 * chart of dimension D counts under every filter but D's own).
 */
export function selectCases(
  index: DatasetIndex,
  filters: FilterState,
  exceptDimension?: string,
): Bitset {
  const selection = fullBitset(index.size);
  for (const [dimensionId, chosen] of filters.values) {
    if (dimensionId === exceptDimension || chosen.length === 0) continue;
    const match = dimensionId === 'themes' ? filters.themeMatch : 'any';
    andInto(selection, dimensionFilter(index, dimensionId, chosen, match));
  }
  return selection;
}

/** Drops filter values the index does not know, returning the cleaned filters and what was dropped. */
export function sanitiseFilters(
  index: DatasetIndex,
  filters: FilterState,
): { filters: FilterState; dropped: Array<{ dimension: string; value?: string }> } {
  const values = new Map<string, readonly string[]>();
  const dropped: Array<{ dimension: string; value?: string }> = [];
  for (const [dimensionId, chosen] of filters.values) {
    const dimension = index.dimensions.get(dimensionId);
    if (!dimension) {
      dropped.push({ dimension: dimensionId });
      continue;
    }
    const known = chosen.filter((id) => {
      const ok = categoryCode(dimension, id) !== -1;
      if (!ok) dropped.push({ dimension: dimensionId, value: id });
      return ok;
    });
    if (known.length > 0) values.set(dimensionId, known);
  }
  return { filters: { values, themeMatch: filters.themeMatch }, dropped };
}
