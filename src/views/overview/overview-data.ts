import { countDimension, type DimensionCounts } from '../../query/aggregate';
import { countBits, fullBitset } from '../../query/bitset';
import type { DatasetIndex } from '../../query/dataset-index';
import { selectCases, type FilterState } from '../../query/selection';

/** The dimensions the Overview charts. */
export const overviewDimensions = [
  'outcome',
  'outcomeSubcategory',
  'contactRoute',
  'force',
  'region',
  'publishedYear',
  'incidentYear',
] as const;

/** One dimension the Overview charts. */
export type OverviewDimension = (typeof overviewDimensions)[number];

function countsOf(index: DatasetIndex, dimension: string, selection: Uint32Array): DimensionCounts {
  const found = index.dimensions.get(dimension);
  if (found) return countDimension(found, selection);
  const total = countBits(selection);
  return { dimension, label: dimension, categories: [], notRecorded: total, total };
}

/**
 * Each chart's counts under crossfilter semantics: a chart of dimension D counts the cases
 * passing every filter except D's own.
 */
export function overviewCounts(
  index: DatasetIndex,
  filters: FilterState,
): Map<OverviewDimension, DimensionCounts> {
  return new Map(
    overviewDimensions.map((d) => [d, countsOf(index, d, selectCases(index, filters, d))]),
  );
}

/** Each chart's counts in the whole dataset (category id → count): fixed bar order, field presence. */
export function overviewReference(
  index: DatasetIndex,
): Map<OverviewDimension, Map<string, number>> {
  const all = fullBitset(index.size);
  return new Map(
    overviewDimensions.map((d) => [
      d,
      new Map(countsOf(index, d, all).categories.map((c) => [c.id, c.count])),
    ]),
  );
}
