import type { Dataset, LearningItem, LearningKind } from '../data/types';
import { hasBit } from '../query/bitset';
import type { DatasetIndex } from '../query/dataset-index';
import { selectCases, type FilterState } from '../query/selection';
import type { PresenterSafe } from '../state/use-presenter-safe';
import { shownCaseTitle, type LearningLookups } from './learning-entries';

/** The Learning view's own filters; '' means any. */
export interface LearningQuery {
  theme: string;
  barrier: string;
  kind: '' | LearningKind;
  text: string;
}

/** The barrier filter value for items with no barrier recorded. */
export const noBarrierValue = '(none)';

/** The items passing the filters, and how many items naming no case the case filters left out. */
export interface LearningResult {
  items: LearningItem[];
  hiddenUnnamed: number;
}

/** Dimensions that filter learning items directly rather than through their case. */
const itemDimensions = new Set(['themes', 'barrier']);

/**
 * Applies the global filters and the view's own: case filters keep the items of the selected cases
 * (items naming no case pass only while no case filter is on); the global theme and barrier filters
 * and the view's filters test the item itself; every search term must occur (ignoring case) in the
 * summary, the case title, the theme, the barrier or the source section. While presenter-safe is
 * on, the search looks at the case's neutral label instead, and never at the hidden summary: a
 * match would tell which item holds the words.
 */
export function filterLearning(
  dataset: Dataset,
  index: DatasetIndex,
  filters: FilterState,
  query: LearningQuery,
  lookups: LearningLookups,
  safe?: PresenterSafe,
): LearningResult {
  const hiding = safe?.enabled ?? false;
  const caseValues = new Map(
    [...filters.values].filter(
      ([dimension, chosen]) => !itemDimensions.has(dimension) && chosen.length > 0,
    ),
  );
  const caseFiltered = caseValues.size > 0;
  const selection = selectCases(index, { values: caseValues, themeMatch: filters.themeMatch });
  const themes = filters.values.get('themes') ?? [];
  const barriers = filters.values.get('barrier') ?? [];
  const terms = query.text
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter((t) => t !== '');
  const items: LearningItem[] = [];
  let hiddenUnnamed = 0;
  for (const item of dataset.learning) {
    if (themes.length > 0 && !themes.includes(item.themeId)) continue;
    if (barriers.length > 0 && !barriers.includes(item.barrier)) continue;
    if (query.theme !== '' && item.themeId !== query.theme) continue;
    if (
      query.barrier === noBarrierValue
        ? item.barrier !== ''
        : query.barrier !== '' && item.barrier !== query.barrier
    )
      continue;
    if (query.kind !== '' && item.kind !== query.kind) continue;
    const record = item.caseId === '' ? undefined : lookups.caseById.get(item.caseId);
    if (terms.length > 0) {
      const haystack = [
        hiding ? '' : item.summary,
        record ? shownCaseTitle(lookups, record, safe) : '',
        lookups.themeLabel.get(item.themeId) ?? item.themeId,
        lookups.barrierLabel.get(item.barrier) ?? item.barrier,
        item.section ?? '',
      ]
        .join('\n')
        .toLocaleLowerCase();
      if (!terms.every((t) => haystack.includes(t))) continue;
    }
    if (record === undefined) {
      if (caseFiltered) {
        hiddenUnnamed += 1;
        continue;
      }
    } else if (!hasBit(selection, index.caseIndex.get(record.id) ?? -1)) continue;
    items.push(item);
  }
  return { items, hiddenUnnamed };
}
