import type { Dataset, LearningItem } from '../data/types';
import type { PresenterSafe } from '../state/use-presenter-safe';
import type { LearningEntry } from './learning-item';
import type { BarrierOption } from './learning-groups';

/** Lookups that turn learning items' ids into what a reader sees. */
export interface LearningLookups {
  caseById: Map<string, Dataset['cases'][number]>;
  /** Each case's index in the dataset, and how many cases it has (for neutral case labels). */
  casePosition: Map<string, number>;
  caseCount: number;
  /**
   * Under presenter-safe, how the cases of the list the learning is shown against (the cases
   * under the filters) are named, by dataset index; without it a case reads "a case".
   */
  caseLabel?: (caseIndex: number, title: string) => string;
  themeLabel: Map<string, string>;
  barrierLabel: Map<string, string>;
  barriers: BarrierOption[];
}

const inferredNames: ReadonlyMap<string, string> = new Map([
  ['barrier', 'barrier'],
  ['themeId', 'theme'],
  ['kind', 'kind'],
  ['page', 'page'],
]);

/** Builds the lookups once per dataset. */
export function learningLookups(dataset: Dataset): LearningLookups {
  const caseById = new Map<string, Dataset['cases'][number]>();
  const casePosition = new Map<string, number>();
  dataset.cases.forEach((c, i) => {
    caseById.set(c.id, c);
    casePosition.set(c.id, i);
  });
  const themeLabel = new Map<string, string>();
  for (const t of dataset.codebook.themes) themeLabel.set(t.id, t.label);
  const barrierLabel = new Map<string, string>();
  for (const b of dataset.codebook.barriers) barrierLabel.set(b.id, b.label);
  const barriers = dataset.codebook.barriers.map((b) => ({ id: b.id, label: b.label }));
  return {
    caseById,
    casePosition,
    caseCount: dataset.cases.length,
    themeLabel,
    barrierLabel,
    barriers,
  };
}

/** A case's title as shown: its neutral label while presenter-safe is on. */
export function shownCaseTitle(
  lookups: LearningLookups,
  record: Dataset['cases'][number],
  safe?: PresenterSafe,
): string {
  if (!safe?.enabled) return record.title;
  const at = lookups.casePosition.get(record.id) ?? -1;
  return lookups.caseLabel ? lookups.caseLabel(at, record.title) : 'a case';
}

/** The lookups with cases named as in one list (see {@link LearningLookups.caseLabel}). */
export function namedIn(
  lookups: LearningLookups,
  caseLabel: (caseIndex: number, title: string) => string,
): LearningLookups {
  return { ...lookups, caseLabel };
}

/**
 * One learning item ready for display. A case id the dataset does not hold counts as unnamed.
 * With `safe` on, the case is named by its neutral label and the review's link is left out.
 */
export function learningEntry(
  lookups: LearningLookups,
  item: LearningItem,
  safe?: PresenterSafe,
): LearningEntry {
  const record = item.caseId === '' ? undefined : lookups.caseById.get(item.caseId);
  return {
    id: item.id,
    summary: item.summary,
    kind: item.kind,
    barrierId: item.barrier,
    barrierLabel:
      item.barrier === ''
        ? 'not recorded'
        : (lookups.barrierLabel.get(item.barrier) ?? item.barrier),
    themeLabel: lookups.themeLabel.get(item.themeId) ?? item.themeId,
    caseId: record?.id,
    caseTitle: record && shownCaseTitle(lookups, record, safe),
    caseInferred: record !== undefined && item.inferred.includes('caseId'),
    inferredFields: item.inferred
      .filter((f) => f !== 'caseId')
      .map((f) => inferredNames.get(f) ?? f),
    page: item.page,
    section: item.section,
    reviewUrl: safe?.enabled ? undefined : record?.url,
  };
}
