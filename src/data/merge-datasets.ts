import type { CategoryResolver } from './category-resolver';
import { CodebookBuilder } from './codebook-builder';
import { headerKey } from './headers';
import { comparePeriods } from './periods';
import type { CaseRecord, Category, Dataset, LearningItem, LoadProblem } from './types';

/** One dataset to merge, with the name of the file(s) it came from. */
export interface DatasetPart {
  name: string;
  dataset: Dataset;
}

/** Merged data with what could not be merged, for the user to check or map by hand. */
export interface MergeResult {
  dataset: Dataset;
  problems: LoadProblem[];
  /** Categories of later files that matched none of the first file's: list → labels. */
  unmerged: Array<{ list: string; label: string; file: string }>;
}

function labelOf(list: readonly Category[], id: string): string {
  return list.find((c) => c.id === id)?.label ?? id;
}

/**
 * Recodes a value of a part's codebook into the merged codebook, by id, then label, then alias;
 * a value matching nothing is added and listed as unmerged.
 */
function recode(
  resolver: CategoryResolver,
  partList: readonly Category[],
  id: string,
  note: (label: string) => void,
): string {
  const label = labelOf(partList, id);
  const aliases = partList.find((c) => c.id === id)?.aliases ?? [];
  for (const name of [id, label, ...aliases]) {
    const known = resolver.lookup(name);
    if (known !== undefined) return known;
  }
  note(label);
  return resolver.resolve(label).id;
}

/**
 * Merges datasets loaded together (several quarters, or an added file) into one: codebooks are
 * merged through ids, labels and aliases; each case keeps its period (its own, or its file's
 * single period); a case repeating an id, or a title and period, already loaded is reported and
 * not counted twice.
 */
export function mergeDatasets(parts: readonly DatasetPart[]): MergeResult {
  const [first] = parts;
  if (!first) throw new Error('mergeDatasets needs at least one dataset');
  const builder = new CodebookBuilder({ ...first.dataset.codebook, derived: false });
  const problems: LoadProblem[] = [];
  const unmerged: MergeResult['unmerged'] = [];
  const cases: CaseRecord[] = [];
  const learning: LearningItem[] = [];
  const seenIds = new Set<string>();
  const seenTitles = new Set<string>();
  const periods = new Set<string>();
  parts.forEach(({ name, dataset }, partIndex) => {
    const { codebook } = dataset;
    // Free-text attributes stay text (not categories) whichever file brings them first.
    for (const f of codebook.fields) if (f.kind === 'text') builder.textField(f.field, f.label);
    const note = (list: string) => (label: string) => {
      if (partIndex > 0 && !unmerged.some((u) => u.list === list && u.label === label))
        unmerged.push({ list, label, file: name });
    };
    const field = (fieldName: string) =>
      codebook.fields.find((f) => f.field === fieldName)?.categories ?? [];
    const filePeriod = dataset.meta.periods.length === 1 ? dataset.meta.periods[0] : undefined;
    const droppedIds = new Set<string>();
    dataset.cases.forEach((original, index) => {
      const c: CaseRecord = {
        ...original,
        attributes: [...original.attributes],
        inferred: [...original.inferred],
      };
      const periodLabel = c.period !== undefined ? labelOf(field('period'), c.period) : filePeriod;
      if (c.outcome)
        c.outcome = recode(builder.outcomes, codebook.outcomes, c.outcome, note('outcome'));
      if (c.outcomeSubcategory) {
        c.outcomeSubcategory = recode(
          builder.subcategories,
          codebook.outcomes.flatMap((o) => o.subcategories),
          c.outcomeSubcategory,
          note('outcome sub-category'),
        );
        builder.linkSubcategory(c.outcomeSubcategory, c.outcome);
      }
      if (c.contactRoute)
        c.contactRoute = recode(
          builder.contactRoutes,
          codebook.contactRoutes,
          c.contactRoute,
          note('contact route'),
        );
      for (const key of ['force', 'region', 'area', 'reviewType'] as const) {
        const value = c[key];
        if (value !== undefined) c[key] = recode(builder.field(key), field(key), value, note(key));
      }
      if (periodLabel !== undefined) {
        c.period = recode(
          builder.field('period'),
          [{ id: periodLabel, label: periodLabel }],
          periodLabel,
          () => undefined,
        );
        periods.add(periodLabel);
      }
      c.themes = [
        ...new Set(c.themes.map((t) => recode(builder.themes, codebook.themes, t, note('theme')))),
      ];
      const titleKey = `${headerKey(c.title)}|${periodLabel ?? ''}`;
      if (seenIds.has(c.id) || seenTitles.has(titleKey)) {
        droppedIds.add(c.id);
        problems.push({
          code: 'duplicate-across-files',
          severity: 'warning',
          file: name,
          row: index + 1,
          column: seenIds.has(c.id) ? 'id' : 'title',
          message: `Case "${c.title}"${periodLabel ? ` (${periodLabel})` : ''} was already loaded from another file; it was not counted twice.`,
          hint: 'Remove the repeated case from one of the files, or give the cases different ids.',
        });
        return;
      }
      seenIds.add(c.id);
      seenTitles.add(titleKey);
      cases.push(c);
    });
    let droppedLearning = 0;
    for (const item of dataset.learning) {
      if (droppedIds.has(item.caseId)) {
        droppedLearning += 1;
        continue;
      }
      learning.push({
        ...item,
        id: partIndex === 0 ? item.id : `${item.id}@${partIndex + 1}`,
        themeId: recode(builder.themes, codebook.themes, item.themeId, note('theme')),
        barrier:
          item.barrier === ''
            ? ''
            : recode(builder.barriers, codebook.barriers, item.barrier, note('barrier')),
      });
    }
    if (droppedLearning > 0) {
      problems.push({
        code: 'duplicate-across-files',
        severity: 'warning',
        file: name,
        column: 'learning',
        message: `${droppedLearning} learning item${droppedLearning === 1 ? '' : 's'} of cases already loaded from another file ${droppedLearning === 1 ? 'was' : 'were'} not loaded twice.`,
        hint: 'Keep each case and its learning in one file only.',
      });
    }
  });
  for (const u of unmerged) {
    problems.push({
      code: 'unmerged-category',
      severity: 'info',
      file: u.file,
      column: u.list,
      message: `The ${u.list} "${u.label}" matches none of the first file's; it is counted on its own.`,
      hint: 'If it means the same as another category, add that label as an alias in the codebook.',
    });
  }
  const sortedPeriods = [...periods].sort(comparePeriods);
  const dataset: Dataset = {
    meta: {
      title:
        parts.length === 1
          ? first.dataset.meta.title
          : `Combined: ${parts.map((p) => p.dataset.meta.title).join(' + ')}`,
      source: parts.map((p) => p.dataset.meta.source).join('; '),
      periods: sortedPeriods,
      notes: parts
        .map((p) => (p.dataset.meta.notes ? `${p.name}: ${p.dataset.meta.notes}` : ''))
        .filter(Boolean)
        .join('\n\n'),
      ...(parts.some((p) => p.dataset.meta.synthetic) ? { synthetic: true } : {}),
    },
    codebook: builder.build(),
    cases,
    learning,
    published: parts.flatMap((p, i) =>
      p.dataset.published.map((f) => (i === 0 ? f : { ...f, id: `${f.id}@${i + 1}` })),
    ),
    screening: parts.flatMap((p) => p.dataset.screening),
  };
  return { dataset, problems, unmerged };
}
