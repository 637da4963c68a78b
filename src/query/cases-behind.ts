import { andInto, bitsToIndices, emptyBitset, forEachBit, orInto } from './bitset';
import type { DatasetIndex } from './dataset-index';
import { selectCases, type FilterState } from './selection';

/** Which cases a count on screen stands for. */
export interface CasesBehindRequest {
  /** The chart's own dimension, whose filter its counts ignore (crossfilter); none for headline. */
  except?: string;
  /** The dimension counted; empty for the whole selection. */
  dimension: string;
  /** The categories counted (a group sums several); empty for the cases with no value recorded. */
  categories: readonly string[];
}

/**
 * The indices of the cases behind a count, so every number can be traced to its cases: the
 * chart's selection intersected with the categories' member bitsets (or, for an empty list, with
 * the cases holding no value in the dimension).
 */
export function casesBehind(
  index: DatasetIndex,
  filters: FilterState,
  request: CasesBehindRequest,
): number[] {
  const selection = selectCases(index, filters, request.except);
  if (request.dimension === '') return bitsToIndices(selection);
  const dimension = index.dimensions.get(request.dimension);
  if (!dimension) return [];
  const union = emptyBitset(index.size);
  if (request.categories.length > 0) {
    request.categories.forEach((id) => {
      const members = dimension.members[dimension.categories.findIndex((c) => c.id === id)];
      if (members) orInto(union, members);
    });
    return bitsToIndices(andInto(union, selection));
  }
  for (const members of dimension.members) orInto(union, members);
  const out: number[] = [];
  forEachBit(selection, (i) => {
    if (((union[i >>> 5] ?? 0) & (1 << (i & 31))) === 0) out.push(i);
  });
  return out;
}
