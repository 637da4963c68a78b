import type { FilterState, MatchMode } from '../query/selection';

/** The views of the app, as named in the navigation. */
export const views = [
  'overview',
  'themes',
  'learning',
  'case',
  'check',
  'method',
  'trends',
  'present',
] as const;
/** One view of the app. */
export type ViewId = (typeof views)[number];

/** What the URL holds: the view, the filters, the case shown, and the drill-down open. */
export interface UrlState {
  view: ViewId;
  filters: FilterState;
  caseId?: string;
  drill?: string;
}

const filterPrefix = 'f.';

/**
 * Reads the URL's search string. Unknown parameters and views are dropped and named in `dropped`
 * so the app can say so, never crash. Values are `~`-separated category ids. `presenter` names
 * the presenter-view window's channel (Present view); it is read once, not kept in the state.
 */
export function readUrlState(search: string): UrlState & { dropped: string[]; presenter?: string } {
  const params = new URLSearchParams(search);
  const dropped: string[] = [];
  const viewParam = params.get('view') ?? 'overview';
  const view = (views as readonly string[]).includes(viewParam)
    ? (viewParam as ViewId)
    : 'overview';
  if (view !== viewParam) dropped.push(`view=${viewParam}`);
  const values = new Map<string, readonly string[]>();
  let themeMatch: MatchMode = 'any';
  const state: UrlState & { dropped: string[]; presenter?: string } = {
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
    else if (key === 'drill') state.drill = value;
    else if (key === 'presenter' && value !== '') state.presenter = value;
    else if (key.startsWith(filterPrefix) && key.length > filterPrefix.length) {
      const chosen = value.split('~').filter((v) => v !== '');
      if (chosen.length > 0) values.set(key.slice(filterPrefix.length), chosen);
    } else dropped.push(key);
  }
  state.filters = { values, themeMatch };
  return state;
}

/** Writes the state as a search string (without the leading `?`), in a stable order. */
export function writeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.view !== 'overview') params.set('view', state.view);
  const dimensions = [...state.filters.values.keys()].sort();
  for (const dimension of dimensions) {
    const chosen = state.filters.values.get(dimension) ?? [];
    if (chosen.length > 0) params.set(`${filterPrefix}${dimension}`, chosen.join('~'));
  }
  if (state.filters.themeMatch === 'all') params.set('match', 'all');
  if (state.caseId) params.set('case', state.caseId);
  if (state.drill) params.set('drill', state.drill);
  return params.toString();
}
