import { dimensionLabels, type DatasetIndex } from './dataset-index';
import type { MatchMode } from './selection';

/** One filter in words: "Outcome: Death", "Theme (all of): Risk assessment, Investigation". */
export interface FilterPhrase {
  dimension: string;
  text: string;
  /** True when the dataset on screen does not know the dimension or one of its values. */
  unknown: boolean;
}

/**
 * Describes filters in plain words with the labels of the dataset on screen; ids it does not
 * know are kept as written and flagged, so a slide made on other data still reads sensibly.
 */
export function describeFilters(
  index: DatasetIndex,
  filters: Iterable<readonly [string, readonly string[]]>,
  themeMatch: MatchMode,
): FilterPhrase[] {
  const phrases: FilterPhrase[] = [];
  for (const [dimensionId, chosen] of filters) {
    if (chosen.length === 0) continue;
    const dimension = index.dimensions.get(dimensionId);
    const label = dimension?.label ?? dimensionLabels.get(dimensionId) ?? dimensionId;
    let unknown = !dimension;
    const values = chosen.map((id) => {
      const category = dimension?.categories.find((c) => c.id === id);
      if (!category) unknown = true;
      return category?.label ?? id;
    });
    const mode =
      chosen.length > 1 && dimension?.kind === 'multi'
        ? themeMatch === 'all' && dimensionId === 'themes'
          ? ' (all of)'
          : ' (any of)'
        : '';
    phrases.push({
      dimension: dimensionId,
      text: `${label}${mode}: ${values.join(', ')}`,
      unknown,
    });
  }
  return phrases;
}

/**
 * The filter bar's count line, from counts as shown (a presenter-safe mask gives "< 5"): "No
 * filters: all 11 cases.", "No filters: all 1 case.", "Showing 3 of 11 cases.". The noun agrees
 * with the total: "1 of 1 case".
 */
export function selectionCountText(filtered: boolean, shown: string, total: string): string {
  const cases = total === '1' ? 'case' : 'cases';
  return filtered ? `Showing ${shown} of ${total} ${cases}.` : `No filters: all ${total} ${cases}.`;
}
