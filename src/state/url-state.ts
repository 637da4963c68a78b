import type { FilterState, MatchMode } from '../query/selection';

import { formatDrill, parseDrill, type Drill } from '../data/drill';
import { viewIds as views, type ViewId } from '../data/view-ids';

export { views, type ViewId };

/** What the URL holds: the view, the filters, the case shown, the drill-down open and the charts added. */
export interface UrlState {
  view: ViewId;
  filters: FilterState;
  caseId?: string;
  drill?: Drill;
  /** Further fields charted on the Overview (dimension ids), in the order they were added. */
  charts?: readonly string[];
}

const filterPrefix = 'f.';

/** What a link says beyond the screen: read once on opening, not kept in the explorer's state. */
export interface UrlExtras {
  dropped: string[];
  /** The presenter-view window's channel (Present view). */
  presenter?: string;
  /** `safe=k`: presenter-safe on with threshold k (NaN when k is not a number). */
  safe?: number;
}

/**
 * Reads the URL's search string. Unknown parameters and views are dropped and named in `dropped`
 * so the app can say so, never crash. Values are `~`-separated category ids. `presenter` and
 * `safe` are read once (see {@link UrlExtras}); `safe` with any value means on.
 */
export function readUrlState(search: string): UrlState & UrlExtras {
  const params = new URLSearchParams(search);
  const dropped: string[] = [];
  const viewParam = params.get('view') ?? 'overview';
  const view = (views as readonly string[]).includes(viewParam)
    ? (viewParam as ViewId)
    : 'overview';
  if (view !== viewParam) dropped.push(`view=${viewParam}`);
  const values = new Map<string, readonly string[]>();
  let themeMatch: MatchMode = 'any';
  const state: UrlState & UrlExtras = {
    view,
    filters: { values, themeMatch },
    dropped,
  };
  for (const [key, value] of params) {
    if (key === 'view') continue;
    if (key === 'match') {
      if (value === 'all' || value === 'any') themeMatch = value;
      else dropped.push(`${key}=${value}`);
    } else if (key === 'case') state.caseId = value;
    else if (key === 'drill') {
      const drill = parseDrill(value);
      if (drill) state.drill = drill;
      else dropped.push(`${key}=${value}`);
    } else if (key === 'charts') state.charts = value.split('~').filter((id) => id !== '');
    else if (key === 'presenter' && value !== '') state.presenter = value;
    else if (key === 'safe') state.safe = value === '' ? Number.NaN : Number(value);
    else if (key.startsWith(filterPrefix) && key.length > filterPrefix.length) {
      // A key given twice (`f.force=a&f.force=b`, as hand-made links do) means both values.
      const dimension = key.slice(filterPrefix.length);
      const chosen = [...(values.get(dimension) ?? [])];
      for (const id of value.split('~')) if (id !== '' && !chosen.includes(id)) chosen.push(id);
      if (chosen.length > 0) values.set(dimension, chosen);
    } else dropped.push(key);
  }
  state.filters = { values, themeMatch };
  return state;
}

/**
 * Writes the state as a search string (without the leading `?`), in a stable order; `safe`, when
 * given, is the presenter-safe threshold k and comes last.
 */
export function writeUrlState(state: UrlState & { safe?: number }): string {
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
  if (state.safe !== undefined) params.set('safe', String(state.safe));
  return params.toString();
}
