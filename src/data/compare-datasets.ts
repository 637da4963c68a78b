import { caseFieldLabels, headerKey } from './headers';
import type { CaseRecord, Category, Dataset } from './types';

/** A case named in a comparison. */
export interface ComparedCase {
  id: string;
  title: string;
}

/** One field of a case coded differently in the two versions (values as labels). */
export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** A case present in both versions whose coding differs. */
export interface CaseChange extends ComparedCase {
  fields: FieldChange[];
  themesAdded: string[];
  themesRemoved: string[];
}

/** A count in the current version and in the other one. */
export interface CountChange {
  dimension: string;
  category: string;
  before: number;
  after: number;
}

/** What differs between the dataset on screen and another version of it. */
export interface DatasetComparison {
  added: ComparedCase[];
  removed: ComparedCase[];
  changed: CaseChange[];
  unchanged: number;
  /** Cases, forces, regions, learning items: always listed. */
  headline: CountChange[];
  /** Every category count that moved, by dimension. */
  moved: CountChange[];
}

/** Reads one field of a case as text. */
export type CaseFieldReader = (c: CaseRecord) => string;

/**
 * Readers of every field of a case as the label a person sees (codes turned into their codebook
 * labels, blank when not recorded), in display order, ending with the inferred fields.
 */
export function caseLabelReaders(
  dataset: Dataset,
): Array<{ field: string; label: string; read: CaseFieldReader }> {
  const { codebook } = dataset;
  const labelIn = (list: readonly Category[]) => {
    const labels = new Map(list.map((c) => [c.id, c.label]));
    return (id: string | undefined) => (id === undefined ? '' : (labels.get(id) ?? id));
  };
  const fieldList = (name: string) => codebook.fields.find((f) => f.field === name);
  const coded = (field: keyof CaseRecord, label: string, list: readonly Category[]) => {
    const name = labelIn(list);
    return { field, label, read: (c: CaseRecord) => name(c[field] as string | undefined) };
  };
  const plain = (field: string, label: string, read: CaseFieldReader) => ({ field, label, read });
  const categorical = (['area', 'force', 'region', 'reviewType', 'period'] as const).map((f) =>
    coded(f, fieldList(f)?.label ?? caseFieldLabels.get(f) ?? f, fieldList(f)?.categories ?? []),
  );
  const attributes = [...new Set(dataset.cases.flatMap((c) => c.attributes.map((a) => a.field)))];
  return [
    plain('title', 'Title', (c) => c.title),
    coded('outcome', 'Outcome', codebook.outcomes),
    coded(
      'outcomeSubcategory',
      'Outcome sub-category',
      codebook.outcomes.flatMap((o) => o.subcategories),
    ),
    coded('contactRoute', 'Initial police contact', codebook.contactRoutes),
    ...categorical,
    plain('reviewFocus', 'Review focus', (c) => c.reviewFocus ?? ''),
    plain('childAge', 'Child age', (c) => c.childAge?.text ?? ''),
    plain('incidentDate', 'Incident date', (c) => c.incidentDate ?? ''),
    plain('publishedYear', 'Published year', (c) => String(c.publishedYear ?? '')),
    plain('url', 'URL', (c) => c.url ?? ''),
    ...attributes.map((name) => {
      const list = fieldList(name);
      const label = labelIn(list?.categories ?? []);
      return plain(name, list?.label ?? name, (c) =>
        label(c.attributes.find((a) => a.field === name)?.value),
      );
    }),
    plain('inferred', 'Inferred fields', (c) => [...c.inferred].sort().join('; ')),
  ];
}

function themeLabels(dataset: Dataset, c: CaseRecord): string[] {
  const labels = new Map(dataset.codebook.themes.map((t) => [t.id, t.label]));
  return c.themes.map((t) => labels.get(t) ?? t);
}

/** Per dimension label, per category label: the number of cases. */
function categoryCounts(dataset: Dataset): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  const add = (dimension: string, category: string) => {
    if (category === '') return;
    const inner = counts.get(dimension) ?? new Map<string, number>();
    inner.set(category, (inner.get(category) ?? 0) + 1);
    counts.set(dimension, inner);
  };
  const readers = caseLabelReaders(dataset).filter(
    (r) => !['title', 'reviewFocus', 'childAge', 'url', 'inferred'].includes(r.field),
  );
  for (const c of dataset.cases) {
    for (const { label, read } of readers) add(label, read(c));
    for (const theme of themeLabels(dataset, c)) add('Theme', theme);
  }
  return counts;
}

function distinct(dataset: Dataset, field: 'force' | 'region'): number {
  return new Set(dataset.cases.flatMap((c) => (c[field] ? [c[field]] : []))).size;
}

function headlineOf(dataset: Dataset): Map<string, number> {
  return new Map([
    ['Cases', dataset.cases.length],
    ['Forces', distinct(dataset, 'force')],
    ['Regions', distinct(dataset, 'region')],
    ['Learning items', dataset.learning.length],
  ]);
}

/**
 * Compares the dataset on screen (`current`) with another version: cases added and removed
 * (matched by id, then by title), cases recoded field by field with themes added and removed,
 * and the counts that moved. Values are compared as labels, so a CSV and a JSON version of the
 * same coding compare equal.
 */
export function compareDatasets(current: Dataset, other: Dataset): DatasetComparison {
  const otherById = new Map(other.cases.map((c) => [c.id, c]));
  const otherByTitle = new Map(other.cases.map((c) => [headerKey(c.title), c]));
  const matched = new Set<CaseRecord>();
  const removed: ComparedCase[] = [];
  const changed: CaseChange[] = [];
  const readBefore = caseLabelReaders(current);
  const readAfter = new Map(caseLabelReaders(other).map((r) => [r.field, r]));
  for (const c of current.cases) {
    let twin = otherById.get(c.id);
    if (!twin || matched.has(twin)) twin = otherByTitle.get(headerKey(c.title));
    if (!twin || matched.has(twin)) {
      removed.push({ id: c.id, title: c.title });
      continue;
    }
    matched.add(twin);
    const after = twin;
    const fields = readBefore.flatMap(({ field, label, read }) => {
      const before = read(c);
      const now = readAfter.get(field)?.read(after) ?? '';
      return before === now ? [] : [{ field, label, before, after: now }];
    });
    if (after.id !== c.id)
      fields.unshift({ field: 'id', label: 'Case ID', before: c.id, after: after.id });
    const themesBefore = themeLabels(current, c);
    const themesAfter = themeLabels(other, after);
    const themesAdded = themesAfter.filter((t) => !themesBefore.includes(t));
    const themesRemoved = themesBefore.filter((t) => !themesAfter.includes(t));
    if (fields.length > 0 || themesAdded.length > 0 || themesRemoved.length > 0)
      changed.push({ id: c.id, title: c.title, fields, themesAdded, themesRemoved });
  }
  const added = other.cases
    .filter((c) => !matched.has(c))
    .map((c) => ({ id: c.id, title: c.title }));
  const before = headlineOf(current);
  const after = headlineOf(other);
  const headline = [...before].map(([dimension, count]) => ({
    dimension,
    category: '',
    before: count,
    after: after.get(dimension) ?? 0,
  }));
  const countsBefore = categoryCounts(current);
  const countsAfter = categoryCounts(other);
  const moved: CountChange[] = [];
  const dimensions = [...new Set([...countsBefore.keys(), ...countsAfter.keys()])];
  for (const dimension of dimensions) {
    const b = countsBefore.get(dimension) ?? new Map<string, number>();
    const a = countsAfter.get(dimension) ?? new Map<string, number>();
    for (const category of new Set([...b.keys(), ...a.keys()])) {
      const was = b.get(category) ?? 0;
      const now = a.get(category) ?? 0;
      if (was !== now) moved.push({ dimension, category, before: was, after: now });
    }
  }
  return {
    added,
    removed,
    changed,
    unchanged: current.cases.length - removed.length - changed.length,
    headline,
    moved,
  };
}
