import { caseFieldLabels } from '../data/headers';
import type { CaseRecord, Dataset } from '../data/types';
import { caseShows, discloseList } from '../query/case-disclosure';
import { attributeDimension, type DatasetIndex } from '../query/dataset-index';
import { identifyingCaseFields } from '../query/presenter-safe';
import type { SafeCases } from '../state/use-safe-cases';

/** One field of a case as shown: label, value (category labels, not ids) and provenance. */
export interface CaseFact {
  field: string;
  label: string;
  value: string;
  inferred: boolean;
  /** True when presenter-safe withholds the value (it reads {@link hiddenValueText}). */
  hidden?: boolean;
}

/** What a value presenter-safe withholds reads: never a blank, which would read "not recorded". */
export const hiddenValueText = 'hidden in presenter-safe';

const fieldLabels: ReadonlyMap<string, string> = new Map(caseFieldLabels);

/** The case fields shown, in order; categorical ones are shown by their category label. */
const shownFields = [
  'reviewFocus',
  'outcome',
  'outcomeSubcategory',
  'contactRoute',
  'childAge',
  'area',
  'force',
  'region',
  'reviewType',
  'period',
  'incidentDate',
  'publishedYear',
] as const;

/** Fields presenter-safe shows coarser, under a label that says so. */
const coarseLabels: ReadonlyMap<string, string> = new Map([
  ['childAge', 'Child age (band)'],
  ['incidentDate', 'Incident year'],
]);

function rawValue(record: CaseRecord, field: (typeof shownFields)[number]): string | undefined {
  if (field === 'childAge') return record.childAge?.text;
  if (field === 'publishedYear') return record.publishedYear?.toString();
  return record[field];
}

const categorical: ReadonlySet<string> = new Set([
  'outcome',
  'outcomeSubcategory',
  'contactRoute',
  'area',
  'force',
  'region',
  'reviewType',
  'period',
]);

/** The label of a category id in one of the index's dimensions (the id itself when unknown). */
export function categoryLabel(index: DatasetIndex, dimension: string, id: string): string {
  return index.dimensions.get(dimension)?.categories.find((c) => c.id === id)?.label ?? id;
}

/**
 * What presenter-safe lets one case show: its attributes' values as shown (coarsened), which of
 * them it may show, and the withheld columns. `shown` comes from the dataset's disclosure (the
 * case profile) or a list's (the cases behind a count).
 */
export interface CaseFactsSafety {
  safeCases: SafeCases;
  shown: ReadonlySet<string>;
}

/**
 * A case's shown attribute set as one member of `list` (the cases under the filters that its
 * profile is walked in, the rows of Themes by case): the list's own disclosure, since a reader
 * knows the case meets the list's criteria. Without a list, the dataset's disclosure.
 */
export function profileSafety(
  safeCases: SafeCases,
  caseIndex: number,
  list?: readonly number[],
): CaseFactsSafety {
  const disclosure = list
    ? discloseList(safeCases.disclosure, safeCases.attributes, list)
    : safeCases.disclosure;
  return { safeCases, shown: caseShows(disclosure)(caseIndex) };
}

/** The value of a quasi-identifying attribute as presenter-safe shows it, or hidden. */
function safeValue(
  safety: CaseFactsSafety,
  caseIndex: number,
  field: string,
): { value: string; hidden: boolean } {
  const attribute = safety.safeCases.attributes.find((a) => a.id === field);
  // A named field none of the cases records is no attribute: "not recorded" is true of all.
  if (!attribute) return { value: 'not recorded', hidden: false };
  if (!safety.shown.has(field)) return { value: hiddenValueText, hidden: true };
  const code = attribute.codes[caseIndex] ?? -1;
  return { value: code === -1 ? 'not recorded' : (attribute.values[code] ?? ''), hidden: false };
}

/**
 * Every field of a case in display order, with category labels and whether it was inferred.
 * Fields the case does not record read "not recorded", so absence is visible, not hidden. With
 * `safety` (presenter-safe on), the fields that name the case are left out, each coded field
 * shows its value only where the disclosure allows (else {@link hiddenValueText}), the age as a
 * band and the incident date as a year, without provenance tags (which fields were inferred is
 * itself a combination), and withheld columns are hidden.
 */
export function caseFacts(
  dataset: Dataset,
  index: DatasetIndex,
  record: CaseRecord,
  safety?: CaseFactsSafety,
): CaseFact[] {
  const caseIndex = index.caseIndex.get(record.id) ?? -1;
  const fields = safety ? shownFields.filter((f) => !identifyingCaseFields.has(f)) : shownFields;
  const facts: CaseFact[] = fields.map((field) => {
    const label = fieldLabels.get(field) ?? field;
    if (safety) {
      const { value, hidden } = safeValue(safety, caseIndex, field);
      return { field, label: coarseLabels.get(field) ?? label, value, inferred: false, hidden };
    }
    const raw = rawValue(record, field);
    const value =
      raw !== undefined && categorical.has(field) ? categoryLabel(index, field, raw) : raw;
    return {
      field,
      label,
      value: value === undefined || value === '' ? 'not recorded' : value,
      inferred: value !== undefined && record.inferred.includes(field),
    };
  });
  for (const attribute of record.attributes) {
    const label = dataset.codebook.fields.find((f) => f.field === attribute.field)?.label;
    const dimension = attributeDimension(attribute.field);
    if (safety) {
      // A column withheld, or past the attributes decided on: nothing vouches for its value.
      const decided = safety.safeCases.attributes.some((a) => a.id === dimension);
      const { value, hidden } =
        safety.safeCases.withheld.has(attribute.field) || !decided
          ? { value: hiddenValueText, hidden: true }
          : safeValue(safety, caseIndex, dimension);
      facts.push({
        field: attribute.field,
        label: label ?? attribute.field,
        value,
        inferred: false,
        hidden,
      });
      continue;
    }
    facts.push({
      field: attribute.field,
      label: label ?? attribute.field,
      value: categoryLabel(index, dimension, attribute.value),
      inferred: record.inferred.includes(attribute.field),
    });
  }
  return facts;
}
