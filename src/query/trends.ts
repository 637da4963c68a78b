import { comparePeriods } from '../data/periods';
import { countDimension } from './aggregate';
import { andInto, bitsToIndices, countBits } from './bitset';
import type { DatasetIndex } from './dataset-index';
import { percentHalfUp } from './percent';
import { selectCases, type FilterState } from './selection';

/** Periods with fewer cases than this get a caution: one case moves their shares a lot. */
export const smallPeriodSize = 10;

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

/** One period's count of one category. */
export interface TrendCell {
  periodId: string;
  count: number;
  /** Exact share of the period's selected cases, 0–100, or null for an empty period. */
  share: number | null;
  /** The share as a whole percent (half up). */
  percent: number | null;
}

/** One category across the periods. */
export interface TrendSeries {
  id: string;
  label: string;
  cells: TrendCell[];
}

/** A period with its selected cases (the denominator of its shares). */
export interface PeriodTotal {
  id: string;
  label: string;
  total: number;
  /** Selected cases of the period with no value in the dimension. */
  notRecorded: number;
}

/** Counts and shares of each category of a dimension per period. */
export interface TrendsByPeriod {
  dimension: string;
  label: string;
  /** True for themes: a case can hold several, so shares do not sum to 100. */
  multi: boolean;
  periods: PeriodTotal[];
  series: TrendSeries[];
}

/**
 * Counts each category of `dimensionId` per period (time order) under every filter except the
 * dimension's own and the period's (both are the chart's axes). Categories no case of the whole
 * dataset holds are left out, so the panels stay put when filters change.
 */
export function trendsByPeriod(
  index: DatasetIndex,
  filters: FilterState,
  dimensionId: string,
): TrendsByPeriod | undefined {
  const dimension = index.dimensions.get(dimensionId);
  const periodDimension = index.dimensions.get('period');
  if (!dimension || !periodDimension) return undefined;
  const selection = selectCases(index, withoutDimensions(filters, [dimensionId, 'period']));
  const periods = periodsInOrder(index);
  const perPeriod = periods.map(({ code }) => {
    const inPeriod = Uint32Array.from(selection);
    andInto(inPeriod, periodDimension.members[code] ?? new Uint32Array(selection.length));
    return countDimension(dimension, inPeriod);
  });
  const present = dimension.categories
    .map((c, code) => ({ c, code }))
    .filter(({ code }) => countBits(dimension.members[code] ?? new Uint32Array(0)) > 0);
  return {
    dimension: dimensionId,
    label: dimension.label,
    multi: dimension.kind === 'multi',
    periods: periods.map((p, i) => ({
      id: p.id,
      label: p.label,
      total: perPeriod[i]?.total ?? 0,
      notRecorded: perPeriod[i]?.notRecorded ?? 0,
    })),
    series: present.map(({ c, code }) => ({
      id: c.id,
      label: c.label,
      cells: periods.map((p, i) => {
        const total = perPeriod[i]?.total ?? 0;
        const count = perPeriod[i]?.categories[code]?.count ?? 0;
        return {
          periodId: p.id,
          count,
          share: total === 0 ? null : (count * 100) / total,
          percent: percentHalfUp(count, total),
        };
      }),
    })),
  };
}

/** One side of a period-to-period comparison. */
export interface ComparedPeriod {
  id: string;
  label: string;
  /** Selected cases of the period: the denominator of its percents. */
  total: number;
  /** True when the period has fewer than {@link smallPeriodSize} cases. */
  smallPeriod: boolean;
}

/** One category compared between two periods. */
export interface ComparisonRow {
  id: string;
  label: string;
  fromCount: number;
  toCount: number;
  fromPercent: number | null;
  toPercent: number | null;
  /** Percentage-point change from unrounded shares, or null when a period is empty. */
  change: number | null;
}

/** Two periods compared category by category. */
export interface PeriodComparison {
  dimension: string;
  label: string;
  multi: boolean;
  from: ComparedPeriod;
  to: ComparedPeriod;
  rows: ComparisonRow[];
}

/** Compares the counts and shares of each category of a dimension between two periods. */
export function comparePeriodCounts(
  index: DatasetIndex,
  filters: FilterState,
  dimensionId: string,
  fromId: string,
  toId: string,
): PeriodComparison | undefined {
  const trends = trendsByPeriod(index, filters, dimensionId);
  const fromAt = trends?.periods.findIndex((p) => p.id === fromId) ?? -1;
  const toAt = trends?.periods.findIndex((p) => p.id === toId) ?? -1;
  const from = trends?.periods[fromAt];
  const to = trends?.periods[toAt];
  if (!trends || !from || !to) return undefined;
  const side = (p: PeriodTotal): ComparedPeriod => ({
    id: p.id,
    label: p.label,
    total: p.total,
    smallPeriod: p.total < smallPeriodSize,
  });
  return {
    dimension: trends.dimension,
    label: trends.label,
    multi: trends.multi,
    from: side(from),
    to: side(to),
    rows: trends.series.map((s) => {
      const a = s.cells[fromAt];
      const b = s.cells[toAt];
      const change = a?.share != null && b?.share != null ? b.share - a.share : null;
      return {
        id: s.id,
        label: s.label,
        fromCount: a?.count ?? 0,
        toCount: b?.count ?? 0,
        fromPercent: a?.percent ?? null,
        toPercent: b?.percent ?? null,
        change,
      };
    }),
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
