import type { FilterState, MatchMode } from '../query/selection';

import { formatDrill, parseDrill, type Drill } from '../data/drill';
import { viewIds as views, type ViewId } from '../data/view-ids';
import {
  isViewOptionName,
  viewOptionPairs,
  withViewOption,
  type ViewOptions,
} from '../data/view-options';

export { views, type ViewId };

/**
 * What the URL holds: the view, the filters, the case shown, the drill-down open, the charts
 * added and the view options (intervals drawn; Trends' breakdown and the periods compared).
 */
export interface UrlState {
  view: ViewId;
  filters: FilterState;
  caseId?: string;
  drill?: Drill;
  /** Further fields charted on the Overview (dimension ids), in the order they were added. */
  charts?: readonly string[];
  /**
   * Bar charts, Trends' small multiples and the period comparison draw each share's 95 % interval
   * (`intervals=on`).
   */
  intervals?: boolean;
  /** Trends: the list broken down by period (`by`), and the two periods compared (`from`, `to`). */
  trendBy?: string;
  compareFrom?: string;
  compareTo?: string;
  /** What a view shows beyond its filters (the map's unit and colour, the Themes chart). */
  options?: ViewOptions;
}

/** The parts of the screen a link holds, taken from a fuller state (e.g. the store's). */
export function screenOf(state: UrlState): UrlState {
  const { view, filters, caseId, drill, charts, options } = state;
  const { intervals, trendBy, compareFrom, compareTo } = state;
  return {
    view,
    filters,
    caseId,
    drill,
    charts,
    options,
    intervals,
    trendBy,
    compareFrom,
    compareTo,
  };
}

const filterPrefix = 'f.';

/**
 * Parameters of a link that are read; any further ones are ignored unread and counted. A link the
 * app writes holds at most about a dozen; a link with thousands is hand-made or hostile, and
 * reading them all would cost the page seconds.
 */
export const MAX_URL_PARAMETERS = 200;
/** Ignored parameters named in `dropped`; the rest are counted in `droppedMore`. */
export const MAX_DROPPED_NAMES = 20;

/** What a link says beyond the screen: read once on opening, not kept in the explorer's state. */
export interface UrlExtras {
  /** The first parameters that could not be used, by name (at most {@link MAX_DROPPED_NAMES}). */
  dropped: string[];
  /** How many more parameters could not be used or were not read. */
  droppedMore: number;
  /** The presenter-view window's channel (Present view). */
  presenter?: string;
  /** `safe=k`: presenter-safe on with threshold k (NaN when k is not a number). */
  safe?: number;
  /** `small=n`: shares over fewer than n cases coded are flagged as small bases. */
  small?: number;
}

/** A parameter as the notice names it: cut short, so a hostile link cannot fill the screen. */
function shortName(name: string): string {
  return name.length > 40 ? `${name.slice(0, 39)}…` : name;
}

/**
 * Reads the URL's search string. Unknown parameters and views are dropped and named in `dropped`
 * (the first few; the rest counted in `droppedMore`) so the app can say so, never crash. Values
 * are `~`-separated category ids; a view option (`map=regions`, `themes=co-occurrence`) with a value
 * it does not have is dropped too. `presenter`, `safe` and `small` are read once (see
 * {@link UrlExtras}); `safe` with any value means on; `small` that is not a number is dropped. Linear in the link's length; at most
 * {@link MAX_URL_PARAMETERS} parameters are read.
 */
export function readUrlState(search: string): UrlState & UrlExtras {
  const params = new URLSearchParams(search);
  const dropped: string[] = [];
  let droppedMore = 0;
  const drop = (name: string) => {
    if (dropped.length < MAX_DROPPED_NAMES) dropped.push(shortName(name));
    else droppedMore += 1;
  };
  const viewParam = params.get('view') ?? 'overview';
  const view = (views as readonly string[]).includes(viewParam)
    ? (viewParam as ViewId)
    : 'overview';
  if (view !== viewParam) drop(`view=${viewParam}`);
  // Each dimension's values as a set while reading: a key repeated thousands of times stays linear.
  const chosenBy = new Map<string, Set<string>>();
  let themeMatch: MatchMode = 'any';
  let options: ViewOptions = {};
  const state: UrlState & UrlExtras = {
    view,
    filters: { values: new Map(), themeMatch },
    dropped,
    droppedMore: 0,
  };
  let read = 0;
  for (const [key, value] of params) {
    read += 1;
    if (read > MAX_URL_PARAMETERS) {
      droppedMore += 1;
      continue;
    }
    if (key === 'view') continue;
    if (key === 'match') {
      if (value === 'all' || value === 'any') themeMatch = value;
      else drop(`${key}=${value}`);
    } else if (key === 'case') state.caseId = value;
    else if (key === 'drill') {
      const drill = parseDrill(value);
      if (drill) state.drill = drill;
      else dropped.push(`${key}=${value}`);
    } else if (key === 'charts') state.charts = value.split('~').filter((id) => id !== '');
    else if (key === 'intervals') {
      if (value === 'on') state.intervals = true;
      else if (value !== 'off') drop(`${key}=${value}`);
    } else if (key === 'by' && value !== '') state.trendBy = value;
    else if (key === 'from' && value !== '') state.compareFrom = value;
    else if (key === 'to' && value !== '') state.compareTo = value;
    else if (isViewOptionName(key)) {
      const next = withViewOption(options, key, value);
      if (next) options = next;
      else drop(`${key}=${value}`);
    } else if (key === 'presenter' && value !== '') state.presenter = value;
    else if (key === 'safe') state.safe = value === '' ? Number.NaN : Number(value);
    else if (key === 'small') {
      const threshold = value.trim() === '' ? Number.NaN : Number(value);
      if (Number.isFinite(threshold)) state.small = threshold;
      else drop(`${key}=${value}`);
    } else if (key.startsWith(filterPrefix) && key.length > filterPrefix.length) {
      // A key given twice (`f.force=a&f.force=b`, as hand-made links do) means both values.
      const dimension = key.slice(filterPrefix.length);
      let chosen = chosenBy.get(dimension);
      for (const id of value.split('~')) {
        if (id === '') continue;
        if (!chosen) chosenBy.set(dimension, (chosen = new Set()));
        chosen.add(id);
      }
    } else drop(key);
  }
  const values = new Map<string, readonly string[]>();
  for (const [dimension, chosen] of chosenBy) values.set(dimension, [...chosen]);
  state.filters = { values, themeMatch };
  if (Object.keys(options).length > 0) state.options = options;
  state.droppedMore = droppedMore;
  return state;
}

/**
 * Writes the state as a search string (without the leading `?`), in a stable order; `small`, when
 * given, is the small-base threshold, and `safe` the presenter-safe threshold k, last.
 */
export function writeUrlState(state: UrlState & { safe?: number; small?: number }): string {
  const params = new URLSearchParams();
  if (state.view !== 'overview') params.set('view', state.view);
  const dimensions = [...state.filters.values.keys()].sort();
  for (const dimension of dimensions) {
    const chosen = state.filters.values.get(dimension) ?? [];
    if (chosen.length > 0) params.set(`${filterPrefix}${dimension}`, chosen.join('~'));
  }
  if (state.filters.themeMatch === 'all') params.set('match', 'all');
  if (state.caseId) params.set('case', state.caseId);
  if (state.drill) params.set('drill', formatDrill(state.drill));
  if (state.charts && state.charts.length > 0) params.set('charts', state.charts.join('~'));
  if (state.intervals) params.set('intervals', 'on');
  if (state.trendBy) params.set('by', state.trendBy);
  if (state.compareFrom) params.set('from', state.compareFrom);
  if (state.compareTo) params.set('to', state.compareTo);
  for (const [name, value] of viewOptionPairs(state.options)) params.set(name, value);
  if (state.small !== undefined) params.set('small', String(state.small));
  if (state.safe !== undefined) params.set('safe', String(state.safe));
  return params.toString();
}
