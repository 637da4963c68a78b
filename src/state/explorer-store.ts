import type { Drill } from '../data/drill';
import { create } from 'zustand';
import type { FilterState, MatchMode } from '../query/selection';
import { withViewOption, type ViewOptionName } from '../data/view-options';
import { screenOf, type UrlState, type ViewId } from './url-state';

/** Which dataset is on screen: the bundled briefing, or a load of the user's files. */
export type DatasetSource =
  { kind: 'bundled' } | { kind: 'files'; loadId: string; names: string[] };

/** What the user has chosen. Everything derived from it is computed, never stored. */
export interface ExplorerState extends UrlState {
  source: DatasetSource;
  /** Parameters the URL held that the app could not use, shown once as a notice. */
  urlNotice: string[];
  /** How many more the URL held than `urlNotice` names (see `urlNoticeText`). */
  urlNoticeMore: number;
  setView: (view: ViewId, caseId?: string) => void;
  /** Toggles one category; `additive` keeps the dimension's other chosen categories. */
  toggleFilter: (dimension: string, categoryId: string, additive: boolean) => void;
  setFilter: (dimension: string, categoryIds: readonly string[]) => void;
  clearFilters: () => void;
  setThemeMatch: (match: MatchMode) => void;
  setDrill: (drill: Drill | undefined) => void;
  /** Adds a field's chart to the Overview, or takes it away. */
  toggleChart: (dimension: string) => void;
  /** Draws each share's 95 % interval on bar charts and the period comparison, or stops. */
  setIntervals: (intervals: boolean) => void;
  /** Trends: the list broken down by period, and the periods compared (unset = the default). */
  setTrend: (change: Pick<UrlState, 'trendBy' | 'compareFrom' | 'compareTo'>) => void;
  /** Sets a view option (see `ViewOptions`); a value the option does not have is ignored. */
  setViewOption: (name: ViewOptionName, value: string) => void;
  setSource: (source: DatasetSource) => void;
  /**
   * Replaces the screen at once (from the URL, on Back / Forward or a saved slide): view, filters,
   * case, drill-down, charts added and view options.
   */
  restore: (state: UrlState, notice?: string[], noticeMore?: number) => void;
  dismissUrlNotice: () => void;
}

function withFilter(
  filters: FilterState,
  dimension: string,
  chosen: readonly string[],
): FilterState {
  const values = new Map(filters.values);
  if (chosen.length === 0) values.delete(dimension);
  else values.set(dimension, chosen);
  return { ...filters, values };
}

/** The app's store of user choices. */
export const useExplorerStore = create<ExplorerState>()((set) => ({
  view: 'overview',
  filters: { values: new Map(), themeMatch: 'any' },
  options: {},
  source: { kind: 'bundled' },
  urlNotice: [],
  urlNoticeMore: 0,
  setView: (view, caseId) =>
    set(() => ({ view, caseId: view === 'case' ? caseId : undefined, drill: undefined })),
  toggleFilter: (dimension, categoryId, additive) =>
    set((state) => {
      const current = state.filters.values.get(dimension) ?? [];
      const has = current.includes(categoryId);
      let next: readonly string[];
      if (additive) next = has ? current.filter((c) => c !== categoryId) : [...current, categoryId];
      else next = has && current.length === 1 ? [] : [categoryId];
      return { filters: withFilter(state.filters, dimension, next) };
    }),
  setFilter: (dimension, categoryIds) =>
    set((state) => ({ filters: withFilter(state.filters, dimension, categoryIds) })),
  clearFilters: () =>
    set((state) => ({ filters: { values: new Map(), themeMatch: state.filters.themeMatch } })),
  setThemeMatch: (match) => set((state) => ({ filters: { ...state.filters, themeMatch: match } })),
  setDrill: (drill) => set(() => ({ drill })),
  toggleChart: (dimension) =>
    set((state) => {
      const charts = state.charts ?? [];
      return {
        charts: charts.includes(dimension)
          ? charts.filter((d) => d !== dimension)
          : [...charts, dimension],
      };
    }),
  setIntervals: (intervals) => set(() => ({ intervals: intervals || undefined })),
  setTrend: (change) => set(() => change),
  setViewOption: (name, value) =>
    set((state) => {
      const options = withViewOption(state.options ?? {}, name, value);
      return options ? { options } : {};
    }),
  setSource: (source) =>
    set(() => ({ source, filters: { values: new Map(), themeMatch: 'any' }, drill: undefined })),
  restore: (state, notice = [], noticeMore = 0) =>
    set(() => ({
      ...screenOf(state),
      options: state.options ?? {},
      urlNotice: notice,
      urlNoticeMore: noticeMore,
    })),
  dismissUrlNotice: () => set(() => ({ urlNotice: [], urlNoticeMore: 0 })),
}));
