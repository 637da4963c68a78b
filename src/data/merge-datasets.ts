import type { CategoryResolver } from './category-resolver';
import { CodebookBuilder } from './codebook-builder';
import { headerKey } from './headers';
import { comparePeriods } from './periods';
import type { CaseRecord, Category, Dataset, LearningItem, LoadProblem } from './types';

/** One dataset to merge, with the name of the file(s) it came from. */
export interface DatasetPart {
  name: string;
  dataset: Dataset;
  /** The file(s) its cases and its learning came from, when not all of `name` (CSV loads). */
  casesFile?: string;
  learningFile?: string;
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
 * The name each part's rows are known by in the merged data (its title; its file names too where
 * two parts share a title), so published figures are checked against their own part's rows.
 */
function partLabels(parts: readonly DatasetPart[]): string[] {
  const titles = parts.map((p) => p.dataset.meta.title);
  return parts.map((p, i) =>
    titles.indexOf(titles[i] ?? '') === i && titles.lastIndexOf(titles[i] ?? '') === i
      ? p.dataset.meta.title
      : `${p.dataset.meta.title} (${p.name})`,
  );
}

/**
 * A case's theme coding status with its part's `blankThemes` reading written out, so the reading
 * survives the merge (the merged data has one reading for all).
 */
function explicitCoding(c: CaseRecord, dataset: Dataset): CaseRecord['themesCoded'] {
  if (c.themesCoded !== undefined || dataset.meta.blankThemes !== 'not-coded') return c.themesCoded;
  return c.themes.length === 0 ? false : undefined;
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
  const labels = parts.length > 1 ? partLabels(parts) : [];
  parts.forEach((part, partIndex) => {
    const { name, dataset } = part;
    const { codebook } = dataset;
    const partLabel = labels[partIndex];
    // Free-text attributes stay text (not categories) whichever file brings them first.
    for (const f of codebook.fields) if (f.kind === 'text') builder.textField(f.field, f.label);
    const noteFrom = (file: string) => (list: string) => (label: string) => {
      if (partIndex > 0 && !unmerged.some((u) => u.list === list && u.label === label))
        unmerged.push({ list, label, file });
    };
    const note = noteFrom(part.casesFile ?? name);
    const noteLearning = noteFrom(part.learningFile ?? name);
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
      const coded = explicitCoding(original, dataset);
      if (Array.isArray(coded))
        c.themesCoded = [
          ...new Set(coded.map((t) => recode(builder.themes, codebook.themes, t, note('theme')))),
        ];
      else if (coded === undefined) delete c.themesCoded;
      else c.themesCoded = coded;
      if (partLabel !== undefined && c.dataset === undefined) c.dataset = partLabel;
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
        themeId: recode(builder.themes, codebook.themes, item.themeId, noteLearning('theme')),
        barrier:
          item.barrier === ''
            ? ''
            : recode(builder.barriers, codebook.barriers, item.barrier, noteLearning('barrier')),
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
      message: `The ${u.list} "${u.label}" is new in ${u.file}: no earlier file has it, so it is counted as a category of its own.`,
      hint: 'If it means the same as a category of an earlier file, map it by hand in Datasets, or add that label as an alias in the codebook.',
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
      ...(parts.length === 1 && first.dataset.meta.blankThemes
        ? { blankThemes: first.dataset.meta.blankThemes }
        : {}),
    },
    codebook: builder.build(),
    cases,
    learning,
    // Each figure and screening row keeps the part it was stated for (see `partLabels`).
    published: parts.flatMap((p, i) =>
      p.dataset.published.map((f) => ({
        ...f,
        ...(i === 0 ? {} : { id: `${f.id}@${i + 1}` }),
        ...(labels[i] !== undefined && f.dataset === undefined ? { dataset: labels[i] } : {}),
      })),
    ),
    screening: parts.flatMap((p, i) =>
      p.dataset.screening.map((r) =>
        labels[i] !== undefined && r.dataset === undefined ? { ...r, dataset: labels[i] } : r,
      ),
    ),
  };
  return { dataset, problems, unmerged };
}
