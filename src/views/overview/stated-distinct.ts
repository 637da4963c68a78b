import type { Dataset } from '../../data/types';
import { reconcilePublishedFigures } from '../../query/reconcile';

/**
 * Where the source states how many distinct values of a dimension there are (e.g. "7 police
 * forces") and its case rows give another number: both numbers, and the source when the data
 * combines several, for a note under the chart. Counted as the Check view counts it: over the
 * rows of the source the figure was stated for, never over data combined with it.
 */
export function statedDistinctMismatch(
  dataset: Dataset,
  dimension: string,
): { stated: number; computed: number; source?: string } | undefined {
  if (!dataset.published.some((f) => f.dimension === dimension && f.category === '')) return;
  const check = reconcilePublishedFigures(dataset, 'half-up').find(
    (c) => c.figure.dimension === dimension && c.figure.category === '' && c.figure.count !== null,
  );
  if (!check || check.figure.count === null || check.count === null) return undefined;
  if (check.figure.count === check.count) return undefined;
  const source = check.figure.dataset;
  return {
    stated: check.figure.count,
    computed: check.count,
    ...(source !== undefined && dataset.cases.some((c) => c.dataset !== undefined)
      ? { source }
      : {}),
  };
}
