/**
 * Header and value normalisation: a field may be named by its id in any case or separator style
 * (`contactRoute`, `contact_route`, `Contact route`), by its display label, or by an alias.
 */

/** Folds a header or category name to a comparison key: lower case, letters and digits only. */
export function headerKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Turns a label into a kebab-case id: "Missing child" → "missing-child". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'blank' : slug;
}

/** The case fields a cases file can carry, besides theme columns and extra attributes. */
export type CaseColumnField =
  | 'id'
  | 'title'
  | 'area'
  | 'force'
  | 'region'
  | 'reviewType'
  | 'period'
  | 'outcome'
  | 'outcomeSubcategory'
  | 'reviewFocus'
  | 'childAge'
  | 'contactRoute'
  | 'incidentDate'
  | 'publishedYear'
  | 'url'
  | 'themes'
  | 'themesCoded'
  | 'dataset'
  | 'inferred';

/** Display labels of the case fields, as the app shows them. */
export const caseFieldLabels: ReadonlyMap<CaseColumnField, string> = new Map([
  ['id', 'Case ID'],
  ['title', 'Case review title'],
  ['area', 'Area'],
  ['force', 'Police force'],
  ['region', 'Police region'],
  ['reviewType', 'Review type'],
  ['period', 'Period'],
  ['outcome', 'Outcome'],
  ['outcomeSubcategory', 'Outcome sub-category'],
  ['reviewFocus', 'Review focus'],
  ['childAge', 'Child age'],
  ['contactRoute', 'Initial police contact'],
  ['incidentDate', 'Incident date'],
  ['publishedYear', 'Published year'],
  ['url', 'URL'],
  ['themes', 'Themes'],
  ['themesCoded', 'Themes coded'],
  ['dataset', 'Source dataset'],
  ['inferred', 'Inferred'],
]);

/** Other names met in spreadsheets for each case field. */
const caseFieldAliases: ReadonlyArray<[CaseColumnField, string[]]> = [
  ['id', ['case id', 'caseid', 'reference', 'ref', 'case ref', 'case reference']],
  [
    'title',
    [
      'case review title',
      'case review title and link',
      'case title',
      'review title',
      'case',
      'name',
      'review',
    ],
  ],
  ['area', ['local authority', 'la', 'lscb', 'safeguarding partnership', 'place']],
  ['force', ['police force', 'force name']],
  ['region', ['police region', 'npcc region']],
  ['reviewType', ['review type', 'type of review', 'type']],
  ['period', ['quarter', 'briefing period', 'briefing']],
  ['outcome', ['outcome category', 'category', 'death or harm', 'outcome categories']],
  [
    'outcomeSubcategory',
    [
      'outcome sub-category',
      'outcome subcategory',
      'sub-category',
      'subcategory',
      'outcome sub-categories',
    ],
  ],
  ['reviewFocus', ['review focus', 'focus']],
  ['childAge', ['child age', 'age', 'age of child']],
  [
    'contactRoute',
    [
      'initial police contact',
      'contact route',
      'police contact',
      'initial contact',
      'police involvement',
      'how police became involved',
    ],
  ],
  ['incidentDate', ['incident date', 'date of incident', 'incident', 'incident month']],
  ['publishedYear', ['published year', 'publication year', 'year published', 'published']],
  ['url', ['url', 'link', 'review url', 'report link', 'report url']],
  ['themes', ['themes', 'theme', 'practice themes']],
  [
    'themesCoded',
    ['coded', 'coding status', 'coded by', 'coder', 'date coded', 'coded on', 'themes coded by'],
  ],
  ['dataset', ['dataset']],
  ['inferred', ['inferred', 'inferred fields', 'provenance']],
];

const caseFieldByKey: ReadonlyMap<string, CaseColumnField> = (() => {
  const byKey = new Map<string, CaseColumnField>();
  for (const [field, aliases] of caseFieldAliases) {
    byKey.set(headerKey(field), field);
    const label = caseFieldLabels.get(field);
    if (label) byKey.set(headerKey(label), field);
    for (const alias of aliases) byKey.set(headerKey(alias), field);
  }
  return byKey;
})();

/** The case field a header names, or undefined for theme columns and extra attributes. */
export function caseFieldForHeader(header: string): CaseColumnField | undefined {
  return caseFieldByKey.get(headerKey(header));
}

const tickedValues = new Set(['1', 'y', 'yes', 'true', 'x', '✓', '✔']);
/** Blank, or an explicit absent marker: `0`, `n`, `no`, `false`, `-` (see {@link isAbsentMarker}). */
const unticked = new Set(['', '0', 'n', 'no', 'false', '-']);

/** Reads a theme tick: true, false, or undefined when the value is neither. */
export function readTick(value: string): boolean | undefined {
  // The two spellings nearly every cell of a wide file holds, answered without folding.
  if (value === '') return false;
  if (value === '1') return true;
  const folded = value.trim().toLowerCase();
  if (tickedValues.has(folded)) return true;
  if (unticked.has(folded)) return false;
  return undefined;
}

/**
 * True for a written "coded, not this theme" (`0`, `n`, `no`, `false`, `-`): a file that writes
 * one anywhere tells absent from blank, so its blank theme cells mean not coded.
 */
export function isAbsentMarker(value: string): boolean {
  return value !== '' && readTick(value) === false;
}

/** Written in a long `Themes` cell for "coded, no theme" (a blank cell says nothing). */
const noThemeValues = new Set(['-', 'none', 'no themes', 'no theme', '0', 'no', 'n']);

/** True when a long `Themes` cell says the case was coded with no theme. */
export function isNoThemeMarker(value: string): boolean {
  return noThemeValues.has(value.trim().toLowerCase());
}

const notCodedValues = new Set(['', '0', 'n', 'no', 'false', '-', 'not coded', 'pending', 'todo']);

/**
 * Reads a "Themes coded" cell: false for blank, `no`, `0`, `-`, `not coded`, `pending`; true
 * for anything else an analyst writes when a row is done (yes, a date, the coder's initials).
 */
export function readCodedMark(value: string): boolean {
  return !notCodedValues.has(value.trim().toLowerCase());
}

/** Splits a `;`-separated list cell, dropping blanks. */
export function splitList(value: string): string[] {
  return value
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
