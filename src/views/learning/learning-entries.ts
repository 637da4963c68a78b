import type { Dataset, LearningItem } from '../../data/types';
import type { LearningEntry } from '../../ui/learning-item';
import type { BarrierOption } from '../../ui/learning-groups';

/** Lookups that turn learning items' ids into what a reader sees. */
export interface LearningLookups {
  caseById: Map<string, Dataset['cases'][number]>;
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
  for (const c of dataset.cases) caseById.set(c.id, c);
  const themeLabel = new Map<string, string>();
  for (const t of dataset.codebook.themes) themeLabel.set(t.id, t.label);
  const barrierLabel = new Map<string, string>();
  for (const b of dataset.codebook.barriers) barrierLabel.set(b.id, b.label);
  const barriers = dataset.codebook.barriers.map((b) => ({ id: b.id, label: b.label }));
  return { caseById, themeLabel, barrierLabel, barriers };
}

/** One learning item ready for display. A case id the dataset does not hold counts as unnamed. */
export function learningEntry(lookups: LearningLookups, item: LearningItem): LearningEntry {
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
    caseTitle: record?.title,
    caseInferred: record !== undefined && item.inferred.includes('caseId'),
    inferredFields: item.inferred
      .filter((f) => f !== 'caseId')
      .map((f) => inferredNames.get(f) ?? f),
    page: item.page,
    section: item.section,
    reviewUrl: record?.url,
  };
}
