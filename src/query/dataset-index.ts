import type { Category, Dataset } from '../data/types';
import { addBit, emptyBitset, type Bitset } from './bitset';

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

function singleDimension(
  id: string,
  label: string,
  categories: Category[],
  valueOf: (caseIndex: number) => string | undefined,
  inferredOf: (caseIndex: number) => boolean,
  size: number,
): DimensionIndex {
  const position = new Map<string, number>();
  categories.forEach((c, i) => position.set(c.id, i));
  const codes = new Int32Array(size);
  const inferred = emptyBitset(size);
  for (let i = 0; i < size; i += 1) {
    const value = valueOf(i);
    let code = -1;
    if (value !== undefined) {
      code = position.get(value) ?? -1;
      if (code === -1) {
        code = categories.length;
        categories.push({ id: value, label: value });
        position.set(value, code);
      }
    }
    codes[i] = code;
    if (inferredOf(i)) addBit(inferred, i);
  }
  const members = categories.map(() => emptyBitset(size));
  for (let i = 0; i < size; i += 1) {
    const code = codes[i] ?? -1;
    const set = members[code];
    if (set) addBit(set, i);
  }
  return { id, label, kind: 'single', categories, codes, members, inferred };
}

function yearCategories(values: Iterable<number | undefined>): Category[] {
  const years = [...new Set([...values].filter((v): v is number => v !== undefined))].sort(
    (a, b) => a - b,
  );
  return years.map((year, order) => ({ id: String(year), label: String(year), order }));
}

/** Builds the columnar index of a dataset: codes per single-valued field, bitsets per theme. */
export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const { cases, codebook } = dataset;
  const size = cases.length;
  const dimensions = new Map<string, DimensionIndex>();
  const isInferred = (field: string) => (i: number) => cases[i]?.inferred.includes(field) ?? false;
  const add = (d: DimensionIndex) => dimensions.set(d.id, d);
  const fieldCategories = (field: string): Category[] => [
    ...(codebook.fields.find((f) => f.field === field)?.categories ?? []),
  ];
  const label = (id: string): string => dimensionLabels.get(id) ?? id;

  add(
    singleDimension(
      'outcome',
      label('outcome'),
      codebook.outcomes.map(({ subcategories: _s, ...c }) => c),
      (i) => cases[i]?.outcome,
      isInferred('outcome'),
      size,
    ),
  );
  add(
    singleDimension(
      'outcomeSubcategory',
      label('outcomeSubcategory'),
      codebook.outcomes.flatMap((o) => o.subcategories),
      (i) => cases[i]?.outcomeSubcategory,
      isInferred('outcomeSubcategory'),
      size,
    ),
  );
  add(
    singleDimension(
      'contactRoute',
      label('contactRoute'),
      [...codebook.contactRoutes],
      (i) => cases[i]?.contactRoute,
      isInferred('contactRoute'),
      size,
    ),
  );
  for (const field of ['force', 'region', 'area', 'reviewType', 'period'] as const) {
    add(
      singleDimension(
        field,
        label(field),
        fieldCategories(field),
        (i) => cases[i]?.[field],
        isInferred(field),
        size,
      ),
    );
  }
  add(
    singleDimension(
      'incidentYear',
      label('incidentYear'),
      yearCategories(
        cases.map((c) => (c.incidentDate ? Number(c.incidentDate.slice(0, 4)) : undefined)),
      ),
      (i) => cases[i]?.incidentDate?.slice(0, 4),
      isInferred('incidentDate'),
      size,
    ),
  );
  add(
    singleDimension(
      'publishedYear',
      label('publishedYear'),
      yearCategories(cases.map((c) => c.publishedYear)),
      (i) => (cases[i]?.publishedYear === undefined ? undefined : String(cases[i]?.publishedYear)),
      isInferred('publishedYear'),
      size,
    ),
  );

  const attributeFields = new Set(cases.flatMap((c) => c.attributes.map((a) => a.field)));
  for (const field of attributeFields) {
    const info = codebook.fields.find((f) => f.field === field);
    add(
      singleDimension(
        attributeDimension(field),
        info?.label ?? field,
        fieldCategories(field),
        (i) => cases[i]?.attributes.find((a) => a.field === field)?.value,
        () => false,
        size,
      ),
    );
  }

  const caseIndex = new Map<string, number>();
  cases.forEach((c, i) => caseIndex.set(c.id, i));
  add(
    multiDimension(
      'themes',
      label('themes'),
      [...codebook.themes],
      size,
      (visit) => cases.forEach((c, i) => c.themes.forEach((t) => visit(i, t))),
      isInferred('themes'),
    ),
  );
  add(
    multiDimension(
      'barrier',
      label('barrier'),
      [...codebook.barriers],
      size,
      (visit) => {
        for (const item of dataset.learning) {
          const i = caseIndex.get(item.caseId);
          if (i !== undefined && item.barrier !== '') visit(i, item.barrier);
        }
      },
      isInferred('themes'),
    ),
  );
  return { size, dimensions, caseIndex };
}

function multiDimension(
  id: string,
  label: string,
  categories: Category[],
  size: number,
  each: (visit: (caseIndex: number, categoryId: string) => void) => void,
  inferredOf: (caseIndex: number) => boolean,
): DimensionIndex {
  const position = new Map<string, number>();
  categories.forEach((c, i) => position.set(c.id, i));
  const members = categories.map(() => emptyBitset(size));
  each((i, categoryId) => {
    let code = position.get(categoryId);
    if (code === undefined) {
      code = categories.length;
      categories.push({ id: categoryId, label: categoryId });
      position.set(categoryId, code);
      members.push(emptyBitset(size));
    }
    const set = members[code];
    if (set) addBit(set, i);
  });
  const inferred = emptyBitset(size);
  for (let i = 0; i < size; i += 1) if (inferredOf(i)) addBit(inferred, i);
  return { id, label, kind: 'multi', categories, codes: new Int32Array(0), members, inferred };
}
