import { comparePeriods } from '../data/periods';
import { countDimension } from './aggregate';
import { andInto, bitsToIndices, countBits } from './bitset';
import type { DatasetIndex } from './dataset-index';
import { percentHalfUp } from './percent';
import { selectCases, type FilterState } from './selection';

/** The category lists the Trends view breaks down by period. */
export const trendDimensions = ['outcome', 'outcomeSubcategory', 'contactRoute', 'themes'] as const;
/** One of {@link trendDimensions}. */
export type TrendDimension = (typeof trendDimensions)[number];

/** A period of the data, with its position in the period dimension. */
export interface PeriodColumn {
  code: number;
  id: string;
  label: string;
}

/** The periods of the index in time order (2019-Q2 before 2019-Q3 before 2020-Q1). */
export function periodsInOrder(index: DatasetIndex): PeriodColumn[] {
  const dimension = index.dimensions.get('period');
  if (!dimension) return [];
  return dimension.categories
    .map((c, code) => ({ code, id: c.id, label: c.label }))
    .sort((a, b) => comparePeriods(a.label, b.label));
}

/** The number of periods holding at least one case of the whole dataset. */
export function periodsWithCases(index: DatasetIndex): number {
  const members = index.dimensions.get('period')?.members ?? [];
  return members.filter((m) => countBits(m) > 0).length;
}

/** The filters without those on the given dimensions (the axes of a chart are not filtered by it). */
export function withoutDimensions(
  filters: FilterState,
  dimensions: readonly string[],
): FilterState {
  const values = new Map(filters.values);
  for (const d of dimensions) values.delete(d);
  return { values, themeMatch: filters.themeMatch };
}

/** One row of Cases by period. */
export interface PeriodCount {
  id: string;
  label: string;
  count: number;
  /** Whole percent of all selected cases, or null when none are selected. */
  percent: number | null;
  /** True when the period filter holds this period. */
  selected: boolean;
}

/** Cases by period: rows in time order, over every selected case. */
export interface CasesByPeriod {
  periods: PeriodCount[];
  /** Selected cases with no period. */
  notRecorded: number;
  /** All selected cases: the denominator of every percent. */
  total: number;
}

/** Counts the selected cases per period, in time order, under every filter but the period's own. */
export function casesByPeriod(index: DatasetIndex, filters: FilterState): CasesByPeriod {
  const dimension = index.dimensions.get('period');
  const selection = selectCases(index, filters, 'period');
  const total = countBits(selection);
  if (!dimension) return { periods: [], notRecorded: total, total };
  const counts = countDimension(dimension, selection);
  const chosen = new Set(filters.values.get('period') ?? []);
  return {
    periods: periodsInOrder(index).map(({ code, id, label }) => {
      const count = counts.categories[code]?.count ?? 0;
      return { id, label, count, percent: percentHalfUp(count, total), selected: chosen.has(id) };
    }),
    notRecorded: counts.notRecorded,
    total,
  };
}

/**
 * The cases behind one column of the period breakdown: those of `categoryId` in `periodId`,
 * under the same filters the breakdown counts under. An empty category means no value recorded.
 */
export function casesBehindTrend(
  index: DatasetIndex,
  filters: FilterState,
  dimensionId: string,
  categoryId: string,
  periodId: string,
): number[] {
  const dimension = index.dimensions.get(dimensionId);
  const periods = index.dimensions.get('period');
  const periodCode = periods?.categories.findIndex((c) => c.id === periodId) ?? -1;
  const code = dimension?.categories.findIndex((c) => c.id === categoryId) ?? -1;
  const periodMembers = periods?.members[periodCode];
  const members = dimension?.members[code];
  if (!periodMembers || !members) return [];
  const selection = selectCases(index, withoutDimensions(filters, [dimensionId, 'period']));
  return bitsToIndices(andInto(andInto(selection, periodMembers), members));
}
