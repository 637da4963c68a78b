import { themesCodedOf } from '../data/coding-status';
import { runToEnd, type Steps } from '../data/run-steps';
import type { CaseRecord, Category, Dataset, LearningItem } from '../data/types';
import { addBit, emptyBitset, fullBitset, removeBit, type Bitset } from './bitset';
import { DimensionBuilder } from './dimension-builder';

/** A filterable dimension of the cases. */
export interface DimensionIndex {
  id: string;
  label: string;
  /** `single`: one category per case (codes); `multi`: any number (one bitset per category). */
  kind: 'single' | 'multi';
  categories: Category[];
  /** For `single`: the category index of each case, or -1 when not recorded. */
  codes: Int32Array;
  /** For `multi`: the cases holding each category; for `single`: the same, built once. */
  members: Bitset[];
  /** Cases whose value in this dimension is inferred rather than stated. */
  inferred: Bitset;
  /**
   * For `multi` dimensions with a coding status (themes): the cases coded for each category
   * (present or absent), the base of its shares. Absent: every case is coded for every category.
   */
  coded?: Bitset[];
}

/** Columnar index of a dataset: one entry per dimension, built once per load. */
export interface DatasetIndex {
  size: number;
  dimensions: Map<string, DimensionIndex>;
  /** Case id → case index. */
  caseIndex: Map<string, number>;
}

/** Labels of the dimensions the app knows; extra attributes use their column header. */
export const dimensionLabels: ReadonlyMap<string, string> = new Map([
  ['outcome', 'Outcome'],
  ['outcomeSubcategory', 'Outcome sub-category'],
  ['contactRoute', 'Initial police contact'],
  ['force', 'Police force'],
  ['region', 'Police region'],
  ['area', 'Area'],
  ['reviewType', 'Review type'],
  ['period', 'Period'],
  ['incidentYear', 'Incident year'],
  ['publishedYear', 'Published year'],
  ['themes', 'Theme'],
  ['barrier', 'Barrier'],
]);

/** The dimension id of an extra attribute column. */
export function attributeDimension(field: string): string {
  return `attr:${field}`;
}

function yearCategories(years: ReadonlySet<number>): Category[] {
  return [...years]
    .sort((a, b) => a - b)
    .map((year, order) => ({ id: String(year), label: String(year), order }));
}

const singleFields = ['force', 'region', 'area', 'reviewType', 'period'] as const;
type SingleField = (typeof singleFields)[number];

/**
 * The cases coded for each theme: every case, less the themes a partly coded case was not coded
 * for (a case is always coded for the themes it holds).
 */
function themeCoding(
  themes: DimensionIndex,
  partlyCoded: ReadonlyArray<{ at: number; coded: readonly string[] }>,
  cases: readonly CaseRecord[],
): Bitset[] {
  const full = fullBitset(cases.length);
  const codeOf = new Map(themes.categories.map((c, code) => [c.id, code]));
  const coded = themes.categories.map(() => full.slice());
  for (const { at, coded: listed } of partlyCoded) {
    for (const set of coded) removeBit(set, at);
    for (const id of [...listed, ...(cases[at]?.themes ?? [])]) {
      const code = codeOf.get(id);
      if (code !== undefined) addBit(coded[code] as Bitset, at);
    }
  }
  return coded;
}

/** Cases (or learning items) read between two yields of {@link datasetIndexSteps}. */
export const INDEX_STEP_CASES = 2000;

/**
 * Builds the columnar index of a dataset: codes and member bitsets per single-valued field,
 * bitsets per theme and barrier. Cases are read once; free-text attributes are not dimensions.
 */
export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  return runToEnd(datasetIndexSteps(dataset));
}

/**
 * {@link buildDatasetIndex} in steps, yielding the fraction done after every
 * {@link INDEX_STEP_CASES} cases or learning items read, so the page can index a large dataset in
 * several short tasks.
 */
export function* datasetIndexSteps(dataset: Dataset): Steps<DatasetIndex> {
  const { cases, codebook } = dataset;
  const size = cases.length;
  const label = (id: string): string => dimensionLabels.get(id) ?? id;
  const fieldInfo = new Map(codebook.fields.map((f) => [f.field, f]));
  const single = (categories: Category[]) => new DimensionBuilder('single', categories, size);
  const fieldBuilder = (field: string) => single([...(fieldInfo.get(field)?.categories ?? [])]);
  // Items read, for the fraction yielded: the cases are read twice, the learning items once.
  const work = 2 * size + dataset.learning.length;
  let read = 0;
  // The years are sorted before any case is coded, so they are gathered first. A file repeats a
  // few dates thousands of times: each distinct date is cut to its year once, not once a case.
  const incidentYearOf = new Map<string, string>();
  const incidentYears = new Set<number>();
  const publishedYears = new Set<number>();
  for (let i = 0; i < size; i += 1) {
    if (read > 0 && read % INDEX_STEP_CASES === 0) yield read / work;
    read += 1;
    const c = cases[i] as CaseRecord;
    const date = c.incidentDate;
    if (date && !incidentYearOf.has(date)) {
      const year = date.slice(0, 4);
      incidentYearOf.set(date, year);
      incidentYears.add(Number(year));
    }
    if (c.publishedYear !== undefined) publishedYears.add(c.publishedYear);
  }
  const outcome = single(codebook.outcomes.map(({ subcategories: _s, ...c }) => c));
  const subcategory = single(codebook.outcomes.flatMap((o) => o.subcategories));
  const route = single([...codebook.contactRoutes]);
  const fields = singleFields.map(fieldBuilder);
  const incidentYear = single(yearCategories(incidentYears));
  const publishedYear = single(yearCategories(publishedYears));
  const themes = new DimensionBuilder('multi', [...codebook.themes], size);
  // Free-text attributes (summaries, notes) are kept on the cases but are not dimensions: null.
  const attributes = new Map<string, DimensionBuilder | null>();
  const yearText = new Map<number, string>();
  // Per field, the cases whose value is inferred rather than stated.
  const inferred = new Map<string, Bitset>();
  // Cases not coded for every theme, with the themes they are coded for (besides their own).
  const partlyCoded: Array<{ at: number; coded: readonly string[] }> = [];
  const { blankThemes } = dataset.meta;
  const caseIndex = new Map<string, number>();
  for (let i = 0; i < size; i += 1) {
    if (read > 0 && read % INDEX_STEP_CASES === 0) yield read / work;
    read += 1;
    const c = cases[i] as CaseRecord;
    caseIndex.set(c.id, i);
    for (const field of c.inferred) {
      let set = inferred.get(field);
      if (!set) inferred.set(field, (set = emptyBitset(size)));
      addBit(set, i);
    }
    outcome.add(i, c.outcome);
    subcategory.add(i, c.outcomeSubcategory);
    route.add(i, c.contactRoute);
    for (let k = 0; k < singleFields.length; k += 1) {
      fields[k]?.add(i, c[singleFields[k] as SingleField]);
    }
    const date = c.incidentDate;
    if (date !== undefined) incidentYear.add(i, incidentYearOf.get(date) ?? date.slice(0, 4));
    const year = c.publishedYear;
    if (year !== undefined) {
      let text = yearText.get(year);
      if (text === undefined) yearText.set(year, (text = String(year)));
      publishedYear.add(i, text);
    }
    for (const t of c.themes) themes.add(i, t);
    if (c.themesCoded !== undefined || blankThemes !== undefined) {
      const coded = themesCodedOf(c, blankThemes);
      if (coded !== 'all') partlyCoded.push({ at: i, coded });
    }
    for (const a of c.attributes) {
      let builder = attributes.get(a.field);
      if (builder === undefined) {
        builder = fieldInfo.get(a.field)?.kind === 'text' ? null : fieldBuilder(a.field);
        attributes.set(a.field, builder);
      }
      builder?.add(i, a.value);
    }
  }

  const inferredOf = (field: string) => inferred.get(field)?.slice() ?? emptyBitset(size);
  const dimensions = new Map<string, DimensionIndex>();
  const add = (d: DimensionIndex) => dimensions.set(d.id, d);
  add(outcome.build('outcome', label('outcome'), inferredOf('outcome')));
  const subId = 'outcomeSubcategory';
  add(subcategory.build(subId, label(subId), inferredOf(subId)));
  add(route.build('contactRoute', label('contactRoute'), inferredOf('contactRoute')));
  singleFields.forEach(
    (field, k) => fields[k] && add(fields[k].build(field, label(field), inferredOf(field))),
  );
  add(incidentYear.build('incidentYear', label('incidentYear'), inferredOf('incidentDate')));
  add(publishedYear.build('publishedYear', label('publishedYear'), inferredOf('publishedYear')));
  for (const [field, builder] of attributes) {
    const shown = fieldInfo.get(field)?.label ?? field;
    if (builder) add(builder.build(attributeDimension(field), shown, emptyBitset(size)));
  }

  const themeIndex = themes.build('themes', label('themes'), inferredOf('themes'));
  if (partlyCoded.length > 0) themeIndex.coded = themeCoding(themeIndex, partlyCoded, cases);
  add(themeIndex);
  const barrier = new DimensionBuilder('multi', [...codebook.barriers], size);
  const { learning } = dataset;
  for (let k = 0; k < learning.length; k += 1) {
    if (read > 0 && read % INDEX_STEP_CASES === 0) yield read / work;
    read += 1;
    const item = learning[k] as LearningItem;
    const i = caseIndex.get(item.caseId);
    if (i !== undefined && item.barrier !== '') barrier.add(i, item.barrier);
  }
  add(barrier.build('barrier', label('barrier'), inferredOf('themes')));
  return { size, dimensions, caseIndex };
}
