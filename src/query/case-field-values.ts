import type { CaseRecord } from '../data/types';

/** Case fields a published figure may count by, besides extra attributes. */
const caseFields = new Set([
  'id',
  'title',
  'area',
  'force',
  'region',
  'reviewType',
  'period',
  'outcome',
  'outcomeSubcategory',
  'reviewFocus',
  'childAge',
  'contactRoute',
  'incidentDate',
  'incidentYear',
  'publishedYear',
  'url',
]);

/**
 * The reader of one case field named by a published figure's `dimension`: a case field, an
 * `incidentYear`, or an extra attribute (by its field or its `attr:` dimension id). Undefined
 * when no case could hold the field, so the figure cannot be computed from the rows.
 */
export function caseFieldReader(
  dimension: string,
  cases: readonly CaseRecord[],
): ((c: CaseRecord) => string | undefined) | undefined {
  if (caseFields.has(dimension)) {
    return (c) => {
      switch (dimension) {
        case 'childAge':
          return c.childAge?.text;
        case 'publishedYear':
          return c.publishedYear === undefined ? undefined : String(c.publishedYear);
        case 'incidentYear':
          return c.incidentDate?.slice(0, 4);
        default: {
          const value = c[dimension as keyof CaseRecord];
          return typeof value === 'string' && value !== '' ? value : undefined;
        }
      }
    };
  }
  const field = dimension.startsWith('attr:') ? dimension.slice('attr:'.length) : dimension;
  if (!cases.some((c) => c.attributes.some((a) => a.field === field))) return undefined;
  return (c) => c.attributes.find((a) => a.field === field)?.value;
}
