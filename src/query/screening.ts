import type { Dataset } from '../data/types';
import { percentHalfUp, percentsLargestRemainder, type RoundingRule } from './percent';

/** One screening source (where reviews were found) with its number of reviews. */
export interface ScreeningSource {
  id: string;
  label: string;
  count: number;
}

/** One screening status (included, or an exclusion reason) with its reviews per source. */
export interface ScreeningStatus {
  id: string;
  label: string;
  count: number;
  /** Reviews per source, in the order of {@link ScreeningSummary.sources}. */
  bySource: number[];
  included: boolean;
}

/** The methodology funnel: every review screened, by status and by source. */
export interface ScreeningSummary {
  total: number;
  included: number;
  excluded: number;
  /** Exclusion reasons first, in the order the rows give them, then `included`. */
  statuses: ScreeningStatus[];
  sources: ScreeningSource[];
}

/** The status id that means a review was included (DESIGN.md "screening row"). */
export const includedStatus = 'included';

const humanise = (id: string): string => {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * Sums the screening rows into the funnel: reviews per status and per source. A source is named
 * by the published figure that states its total (`screening` / `source:<id>`), else by its id.
 */
export function summariseScreening(dataset: Dataset): ScreeningSummary {
  const sourceIds: string[] = [];
  const statusOrder: string[] = [];
  const statusLabels = new Map<string, string>();
  const counts = new Map<string, Map<string, number>>();
  for (const row of dataset.screening) {
    if (!sourceIds.includes(row.source)) sourceIds.push(row.source);
    if (!counts.has(row.status)) {
      statusOrder.push(row.status);
      counts.set(row.status, new Map());
    }
    if (row.statusLabel && !statusLabels.has(row.status))
      statusLabels.set(row.status, row.statusLabel);
    const bySource = counts.get(row.status) ?? new Map<string, number>();
    bySource.set(row.source, (bySource.get(row.source) ?? 0) + row.count);
  }
  const sourceFigure = new Map(
    dataset.published
      .filter((f) => f.dimension === 'screening' && f.category.startsWith('source:'))
      .map((f) => [f.category.slice('source:'.length), f.label]),
  );
  const statuses = statusOrder.map((id): ScreeningStatus => {
    const bySource = sourceIds.map((s) => counts.get(id)?.get(s) ?? 0);
    return {
      id,
      label: statusLabels.get(id) ?? humanise(id),
      count: bySource.reduce((a, b) => a + b, 0),
      bySource,
      included: id === includedStatus,
    };
  });
  statuses.sort((a, b) => Number(a.included) - Number(b.included));
  const total = statuses.reduce((sum, s) => sum + s.count, 0);
  const included = statuses.filter((s) => s.included).reduce((sum, s) => sum + s.count, 0);
  return {
    total,
    included,
    excluded: total - included,
    statuses,
    sources: sourceIds.map((id, i) => ({
      id,
      label: sourceFigure.get(id) ?? humanise(id),
      count: statuses.reduce((sum, s) => sum + (s.bySource[i] ?? 0), 0),
    })),
  };
}

/** Each status's share of all screened reviews, as whole percents under `rule`. */
export function screeningPercents(
  summary: ScreeningSummary,
  rule: RoundingRule,
): Array<number | null> {
  const counts = summary.statuses.map((s) => s.count);
  return rule === 'largest-remainder'
    ? percentsLargestRemainder(counts, summary.total)
    : counts.map((c) => percentHalfUp(c, summary.total));
}
