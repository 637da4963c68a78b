import { caseFieldLabels } from '../data/headers';
import type { CaseRecord, Dataset } from '../data/types';
import { attributeDimension, type DatasetIndex } from '../query/dataset-index';

/** One field of a case as shown: label, value (category labels, not ids) and provenance. */
export interface CaseFact {
  field: string;
  label: string;
  value: string;
  inferred: boolean;
}

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
 * Every field of a case in display order, with category labels and whether it was inferred.
 * Fields the case does not record read "not recorded", so absence is visible, not hidden.
 */
export function caseFacts(dataset: Dataset, index: DatasetIndex, record: CaseRecord): CaseFact[] {
  const facts: CaseFact[] = shownFields.map((field) => {
    const raw = rawValue(record, field);
    const value =
      raw !== undefined && categorical.has(field) ? categoryLabel(index, field, raw) : raw;
    return {
      field,
      label: fieldLabels.get(field) ?? field,
      value: value === undefined || value === '' ? 'not recorded' : value,
      inferred: value !== undefined && record.inferred.includes(field),
    };
  });
  for (const attribute of record.attributes) {
    const label = dataset.codebook.fields.find((f) => f.field === attribute.field)?.label;
    facts.push({
      field: attribute.field,
      label: label ?? attribute.field,
      value: categoryLabel(index, attributeDimension(attribute.field), attribute.value),
      inferred: record.inferred.includes(attribute.field),
    });
  }
  return facts;
}
