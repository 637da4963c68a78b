import type { DisclosureRequest, DisclosureResult } from '../disclosure/disclosure-types';
import type { FilterState } from '../selection';
import type { ChartModel } from './chart-model';
import { disclosureState, maskModels } from './mask-models';

/** Builds every model of a view for some filters (pure: the same filters, the same models). */
export type ViewModelBuilder = (filters: FilterState) => ChartModel[];

/** Decides what to hide: disclosure control over a request (see `disclose`). */
export type DisclosureEngine = (request: DisclosureRequest) => DisclosureResult;

/**
 * The filter states one change away from `filters` that a reader may have seen just before:
 * each chosen value taken away, and for several themes the other match (any / all).
 */
export function neighbourFilters(filters: FilterState): FilterState[] {
  const out: FilterState[] = [];
  for (const [dimension, chosen] of filters.values)
    for (const value of chosen) {
      const values = new Map(filters.values);
      const rest = chosen.filter((v) => v !== value);
      if (rest.length > 0) values.set(dimension, rest);
      else values.delete(dimension);
      out.push({ values, themeMatch: filters.themeMatch });
    }
  if ((filters.values.get('themes')?.length ?? 0) > 1)
    out.push({ values: filters.values, themeMatch: filters.themeMatch === 'all' ? 'any' : 'all' });
  return out;
}

/**
 * A view's models as presenter-safe shows them: disclosure control over all of them together (so
 * one chart's cell cannot be worked out from another's) and over the states one filter change
 * away (so two consecutive screens cannot be subtracted), then every hidden number taken out.
 */
export function presenterSafeModels(
  build: ViewModelBuilder,
  filters: FilterState,
  k: number,
  engine: DisclosureEngine,
): ChartModel[] {
  const current = build(filters);
  const neighbours = neighbourFilters(filters).map((f) => disclosureState(build(f)));
  const hidden = engine({ current: disclosureState(current), neighbours, k });
  return maskModels(current, hidden, k);
}
