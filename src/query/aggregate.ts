import { headerKey } from '../data/headers';
import { andInto, countBits, forEachBit, type Bitset } from './bitset';
import type { DatasetIndex, DimensionIndex } from './dataset-index';

/** One bar's worth: a category, how many selected cases it holds, how many of those are inferred. */
export interface CategoryCount {
  id: string;
  label: string;
  count: number;
  inferred: number;
}

/** The counts of one dimension under a selection, with the cases not recorded in it. */
export interface DimensionCounts {
  dimension: string;
  label: string;
  categories: CategoryCount[];
  notRecorded: number;
  /** The number of selected cases (the denominator of every percentage). */
  total: number;
}

/**
 * Counts the selected cases per category of one dimension, in codebook order. A multi-valued
 * dimension (themes) counts a case once per category it holds.
 */
export function countDimension(dimension: DimensionIndex, selection: Bitset): DimensionCounts {
  const total = countBits(selection);
  const counts = new Int32Array(dimension.categories.length);
  const inferred = new Int32Array(dimension.categories.length);
  let notRecorded = 0;
  if (dimension.kind === 'single') {
    forEachBit(selection, (i) => {
      const code = dimension.codes[i] ?? -1;
      if (code === -1) notRecorded += 1;
      else {
        counts[code] = (counts[code] ?? 0) + 1;
        if (((dimension.inferred[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0)
          inferred[code] = (inferred[code] ?? 0) + 1;
      }
    });
  } else {
    const scratch = new Uint32Array(selection.length);
    dimension.members.forEach((members, code) => {
      scratch.set(selection);
      andInto(scratch, members);
      counts[code] = countBits(scratch);
      inferred[code] = countBits(andInto(scratch, dimension.inferred));
    });
    const any = new Uint32Array(selection.length);
    for (const members of dimension.members)
      for (let w = 0; w < any.length; w += 1) any[w] = (any[w] ?? 0) | (members[w] ?? 0);
    notRecorded = total - countBits(andInto(any, selection));
  }
  return {
    dimension: dimension.id,
    label: dimension.label,
    categories: dimension.categories.map((c, code) => ({
      id: c.id,
      label: c.label,
      count: counts[code] ?? 0,
      inferred: inferred[code] ?? 0,
    })),
    notRecorded,
    total,
  };
}

/** The number of distinct categories of a dimension present in a selection. */
export function distinctCount(dimension: DimensionIndex | undefined, selection: Bitset): number {
  if (!dimension) return 0;
  return countDimension(dimension, selection).categories.filter((c) => c.count > 0).length;
}

/** The headline figures of the Overview. */
export interface HeadlineFigures {
  cases: number;
  deaths: number;
  significantHarm: number;
  forces: number;
  regions: number;
}

/** Finds the outcome category meaning death, or significant harm, by id or label. */
export function outcomeCode(
  dimension: DimensionIndex | undefined,
  which: 'death' | 'harm',
): number {
  if (!dimension) return -1;
  const keys =
    which === 'death' ? ['death', 'deaths', 'died'] : ['significantharm', 'harm', 'seriousharm'];
  return dimension.categories.findIndex(
    (c) => keys.includes(headerKey(c.id)) || keys.includes(headerKey(c.label)),
  );
}

/** Counts cases, deaths, significant harm, forces and regions in a selection. */
export function headlineFigures(index: DatasetIndex, selection: Bitset): HeadlineFigures {
  const outcome = index.dimensions.get('outcome');
  const outcomes = outcome ? countDimension(outcome, selection) : undefined;
  const countOf = (code: number): number =>
    code === -1 ? 0 : (outcomes?.categories[code]?.count ?? 0);
  return {
    cases: countBits(selection),
    deaths: countOf(outcomeCode(outcome, 'death')),
    significantHarm: countOf(outcomeCode(outcome, 'harm')),
    forces: distinctCount(index.dimensions.get('force'), selection),
    regions: distinctCount(index.dimensions.get('region'), selection),
  };
}
