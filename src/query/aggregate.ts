import { outcomeKindOf } from '../data/outcomes';
import { andInto, countBits, countBoth, orInto, type Bitset } from './bitset';
import type { DatasetIndex, DimensionIndex } from './dataset-index';

/** One bar's worth: a category, how many selected cases it holds, how many of those are inferred. */
export interface CategoryCount {
  id: string;
  label: string;
  count: number;
  inferred: number;
  /**
   * For a multi-valued dimension (themes): the selected cases coded for this category (holding
   * it or coded without it), the base of its share. Absent for single-valued dimensions, whose
   * base is every selected case with a value (see `codedBase`).
   */
  coded?: number;
}

/** The counts of one dimension under a selection, with the cases not recorded in it. */
export interface DimensionCounts {
  dimension: string;
  label: string;
  categories: CategoryCount[];
  notRecorded: number;
  /** The number of selected cases (the denominator of every percentage). */
  total: number;
  /**
   * For a multi-valued dimension (themes): the selected cases coded for at least one category.
   * Absent for single-valued dimensions: every selected case not in `notRecorded` is coded.
   */
  coded?: number;
}

/** The base of a category's share: the selected cases coded for it. */
export function codedBase(counts: DimensionCounts, category: CategoryCount | undefined): number {
  return category?.coded ?? counts.total - counts.notRecorded;
}

/** The selected cases coded for the dimension (for themes: for at least one theme). */
export function codedTotal(counts: DimensionCounts): number {
  return counts.coded ?? counts.total - counts.notRecorded;
}

/** The number of set bits of one 32-bit word. */
function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Counts per category by intersecting the selection with each category's members, 32 cases a
 * step: for the few categories of a chart, far less work than visiting each selected case.
 */
function countByMembers(
  dimension: DimensionIndex,
  selection: Bitset,
  counts: Int32Array,
  inferred: Int32Array,
): void {
  const marks = dimension.inferred;
  dimension.members.forEach((members, code) => {
    let count = 0;
    let inferredCount = 0;
    for (let w = 0; w < selection.length; w += 1) {
      const both = (selection[w] ?? 0) & (members[w] ?? 0);
      if (both === 0) continue;
      count += popcount(both);
      const marked = both & (marks[w] ?? 0);
      if (marked !== 0) inferredCount += popcount(marked);
    }
    counts[code] = count;
    inferred[code] = inferredCount;
  });
}

/** Counts per category by visiting each selected case's code (for dimensions of many categories). */
function countByCases(
  dimension: DimensionIndex,
  selection: Bitset,
  counts: Int32Array,
  inferred: Int32Array,
): void {
  const { codes, inferred: marks } = dimension;
  for (let w = 0; w < selection.length; w += 1) {
    let word = selection[w] ?? 0;
    while (word !== 0) {
      const low = word & -word;
      word ^= low;
      const i = (w << 5) + 31 - Math.clz32(low);
      const code = codes[i] ?? -1;
      if (code === -1) continue;
      counts[code] = (counts[code] ?? 0) + 1;
      if (((marks[w] ?? 0) & low) !== 0) inferred[code] = (inferred[code] ?? 0) + 1;
    }
  }
}

/** Past this many categories, visiting the selected cases beats intersecting every category. */
const MEMBER_COUNT_LIMIT = 64;

/**
 * Counts the selected cases per category of one dimension, in codebook order. A multi-valued
 * dimension (themes) counts a case once per category it holds.
 */
export function countDimension(dimension: DimensionIndex, selection: Bitset): DimensionCounts {
  const total = countBits(selection);
  const counts = new Int32Array(dimension.categories.length);
  const inferred = new Int32Array(dimension.categories.length);
  let notRecorded: number;
  if (dimension.kind === 'single') {
    if (dimension.categories.length <= MEMBER_COUNT_LIMIT)
      countByMembers(dimension, selection, counts, inferred);
    else countByCases(dimension, selection, counts, inferred);
    notRecorded = total - counts.reduce((sum, n) => sum + n, 0);
  } else {
    countByMembers(dimension, selection, counts, inferred);
    const any = new Uint32Array(selection.length);
    for (const members of dimension.members) orInto(any, members);
    notRecorded = total - countBits(andInto(any, selection));
  }
  // A multi-valued dimension has a coding status per category: without one, every case is coded
  // for every category (a case with no theme is coded with none).
  const multi = dimension.kind === 'multi';
  const coded = dimension.coded;
  const categories = dimension.categories.map((c, code): CategoryCount => ({
    id: c.id,
    label: c.label,
    count: counts[code] ?? 0,
    inferred: inferred[code] ?? 0,
    ...(multi ? { coded: coded ? countBoth(coded[code] ?? selection, selection) : total } : {}),
  }));
  const result: DimensionCounts = {
    dimension: dimension.id,
    label: dimension.label,
    categories,
    notRecorded,
    total,
  };
  if (!multi) return result;
  if (!coded) return { ...result, coded: total };
  const anyCoded = new Uint32Array(selection.length);
  for (const set of coded) orInto(anyCoded, set);
  return { ...result, coded: countBoth(anyCoded, selection) };
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
  return dimension.categories.findIndex(
    (c) => outcomeKindOf(c.id) === which || outcomeKindOf(c.label) === which,
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
