import { trendDimensions, type PeriodColumn, type TrendDimension } from '../trends';
import type { ChartModel } from './chart-model';
import type { ModelContext } from './dimension-model';
import { trendDimensionNames } from './trend-dimension-names';
import { casesByPeriodModel, periodBreakdownModel, periodComparisonModel } from './trends-models';

/** What the user chose on Trends (any of it may be unset, stale or hand-made in a link). */
export interface TrendChoice {
  trendBy?: string;
  compareFrom?: string;
  compareTo?: string;
}

/** The Trends choice as the view uses it: a known list and two periods of the data. */
export interface ResolvedTrendChoice {
  by: TrendDimension;
  from: string;
  to: string;
}

/**
 * Reads a Trends choice against the data: an unknown list is Outcome; an unknown period gives way
 * to the default comparison, the last period against the one before it.
 */
export function resolveTrendChoice(
  periods: readonly PeriodColumn[],
  choice: TrendChoice,
): ResolvedTrendChoice {
  const known = (id: string | undefined): id is string =>
    id !== undefined && periods.some((p) => p.id === id);
  const last = periods.at(-1)?.id ?? '';
  const by = (trendDimensions as readonly string[]).includes(choice.trendBy ?? '')
    ? (choice.trendBy as TrendDimension)
    : 'outcome';
  return {
    by,
    from: known(choice.compareFrom) ? choice.compareFrom : (periods.at(-2)?.id ?? last),
    to: known(choice.compareTo) ? choice.compareTo : last,
  };
}

/** How a Trends list is named: the breakdown's title, its column header and its noun. */
export function trendNames(by: TrendDimension) {
  const names = trendDimensionNames.get(by);
  return {
    title: names?.title ?? by,
    column: names?.column ?? by,
    noun: (names?.option ?? by).toLowerCase(),
  };
}

/** The models Trends builds under some filters (before presenter-safe): periods, then breakdown. */
export function trendsModels(context: ModelContext, by: TrendDimension): ChartModel[] {
  return [casesByPeriodModel(context), periodBreakdownModel(context, by, trendNames(by))];
}

/**
 * The comparison of two periods as Trends shows it, from the breakdown as shown (masked while
 * presenter-safe is on, stamped with the small-base threshold).
 */
export function trendsComparison(
  breakdown: ChartModel | undefined,
  choice: ResolvedTrendChoice,
): ChartModel | undefined {
  return (
    breakdown &&
    periodComparisonModel(breakdown, trendNames(choice.by).column, choice.from, choice.to)
  );
}
