import type { CaseRecord, Dataset } from '../data/types';
import { maxAttributes, type AttributeColumn } from './case-disclosure';
import { attributeDimension, type DatasetIndex } from './dataset-index';

/**
 * The quasi-identifying attributes of the cases as presenter-safe shows them: each coded field a
 * case lists or profiles, with the child's age as a band and the incident date as a year
 * (coarser values are shared by more cases). Fields that name the case (title, id, area, review
 * focus, link) and extra columns are never shown under presenter-safe, so they are not among
 * them; nor are themes, which are the learning the Themes view exists to show.
 */

/** One attribute: the case field it shows (a case-fact field id), its label and values. */
export interface CaseAttribute extends AttributeColumn {
  /** The field as case facts and tables name it: `outcome`, `childAge`, `attr:<column>`. */
  id: string;
  label: string;
  codes: Int32Array;
  /** The label of each code; code -1 is "not recorded". */
  values: readonly string[];
}

/** The age bands a child's age is shown in (months from, label), youngest first. */
export const ageBands: ReadonlyArray<readonly [number, string]> = [
  [0, 'Under 1 year'],
  [12, '1–5 years'],
  [72, '6–10 years'],
  [132, '11–15 years'],
  [192, '16–17 years'],
  [216, '18 years or over'],
];

/** The band of an age given in words only ("infant"), or of one that cannot be read. */
const unreadAge = 'Age not given in years or months';
const infantWords = /\b(infant|baby|new-?born|neonat\w*)\b/i;

/** The age band of a case's child age: a band of months, or undefined when not recorded. */
export function ageBand(age: CaseRecord['childAge']): string | undefined {
  if (!age || (age.months === undefined && age.text.trim() === '')) return undefined;
  const months = age.months ?? (infantWords.test(age.text) ? 0 : undefined);
  if (months === undefined) return unreadAge;
  let band = ageBands[0]?.[1] ?? unreadAge;
  for (const [from, label] of ageBands) if (months >= from) band = label;
  return band;
}

/** An attribute read from an index dimension (codes and category labels as they are). */
function fromDimension(
  index: DatasetIndex,
  dimension: string,
  id: string,
  label: string,
): CaseAttribute | undefined {
  const found = index.dimensions.get(dimension);
  if (!found || found.kind !== 'single') return undefined;
  return { id, label, codes: found.codes, values: found.categories.map((c) => c.label) };
}

/** An attribute read from each case by `read` (undefined: not recorded). */
function fromCases(
  cases: readonly CaseRecord[],
  id: string,
  label: string,
  read: (c: CaseRecord) => string | undefined,
): CaseAttribute {
  const codeOf = new Map<string, number>();
  const codes = Int32Array.from(cases, (c) => {
    const value = read(c);
    if (value === undefined) return -1;
    let code = codeOf.get(value);
    if (code === undefined) codeOf.set(value, (code = codeOf.size));
    return code;
  });
  return { id, label, codes, values: [...codeOf.keys()] };
}

/**
 * The quasi-identifying attributes of a dataset, most important first (a tie in suppression
 * withholds the later one): outcome, sub-category, contact route, age band, region, force,
 * review type, period, published year, incident year, then any extra column not `withheld`
 * (presenter-safe withholds them all: see {@link withheldColumns}, so this is for a caller that
 * can vouch for one); fields no case records are left out, and past
 * {@link maxAttributes} the rest are left out too (so withheld: a field not listed is not shown).
 */
export function caseAttributes(
  dataset: Dataset,
  index: DatasetIndex,
  withheld: ReadonlySet<string>,
): CaseAttribute[] {
  const { cases } = dataset;
  const attributes: Array<CaseAttribute | undefined> = [
    fromDimension(index, 'outcome', 'outcome', 'Outcome'),
    fromDimension(index, 'outcomeSubcategory', 'outcomeSubcategory', 'Outcome sub-category'),
    fromDimension(index, 'contactRoute', 'contactRoute', 'Initial police contact'),
    fromCases(cases, 'childAge', 'Child age', (c) => ageBand(c.childAge)),
    fromDimension(index, 'region', 'region', 'Police region'),
    fromDimension(index, 'force', 'force', 'Police force'),
    fromDimension(index, 'reviewType', 'reviewType', 'Review type'),
    fromDimension(index, 'period', 'period', 'Period'),
    fromDimension(index, 'publishedYear', 'publishedYear', 'Published year'),
    fromDimension(index, 'incidentYear', 'incidentDate', 'Incident year'),
  ];
  const extra = new Set(cases.flatMap((c) => c.attributes.map((a) => a.field)));
  for (const field of dataset.codebook.fields) {
    if (!extra.has(field.field) || withheld.has(field.field)) continue;
    const dimension = attributeDimension(field.field);
    attributes.push(fromDimension(index, dimension, dimension, field.label));
  }
  return attributes
    .filter((a): a is CaseAttribute => a !== undefined && a.codes.some((c) => c >= 0))
    .slice(0, maxAttributes);
}

/**
 * The extra columns presenter-safe withholds everywhere (by column name): every column beyond
 * the fields the app knows, free text or categories. Nothing vouches for what such a column
 * holds: a CSV's codebook is derived from its values (a `Child name` column is "categories"
 * because its values repeat), a JSON document's codebook may leave a column undeclared (it is
 * then derived too), and once files are merged the codebook no longer tells which columns a
 * person described. So none is shown, charted or offered as a filter.
 */
export function withheldColumns(dataset: Dataset): ReadonlySet<string> {
  const withheld = new Set<string>();
  for (const c of dataset.cases) for (const a of c.attributes) withheld.add(a.field);
  for (const f of dataset.codebook.fields) if (f.kind === 'text') withheld.add(f.field);
  return withheld;
}

/** The filter dimensions of the withheld columns (`attr:<column>`). */
export function withheldDimensions(withheld: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...withheld].map(attributeDimension));
}
