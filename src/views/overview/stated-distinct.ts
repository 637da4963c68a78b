import type { PublishedFigure } from '../../data/types';

/**
 * Where the source states how many distinct values of a dimension there are (e.g. "7 police
 * forces") and the case rows give another number: both numbers, for a note under the chart.
 */
export function statedDistinctMismatch(
  published: readonly PublishedFigure[],
  dimension: string,
  computed: number,
): { stated: number; computed: number } | undefined {
  const figure = published.find(
    (f) => f.dimension === dimension && f.category === '' && f.count !== null,
  );
  if (!figure || figure.count === null || figure.count === computed) return undefined;
  return { stated: figure.count, computed };
}
