import { z } from 'zod';
import './zod-config';

/**
 * The canonical dataset schema (DESIGN.md "Data"). The TypeScript types in `types.ts` and the
 * JSON Schema in `public/data/dataset.schema.json` are both derived from these definitions.
 */

/** Whether a coded value is written in the source or coded by the analyst from the narrative. */
export const provenanceSchema = z.enum(['stated', 'inferred']);

/** One category of a codebook list (an outcome, a contact route, a theme, a barrier, ...). */
export const categorySchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  description: z.string().optional(),
  order: z.number().optional(),
  /** Other spellings of this category met in source files (ids, labels, abbreviations). */
  aliases: z.array(z.string()).optional(),
  /** For themes: the id of the group the theme belongs to. */
  group: z.string().optional(),
});

/** An outcome (death, significant harm) with its sub-categories. */
export const outcomeCategorySchema = categorySchema.extend({
  subcategories: z.array(categorySchema),
});

/** A categorical field other than the named ones (force, region, review type, extra columns). */
export const fieldCodebookSchema = z.object({
  field: z.string().min(1),
  label: z.string().min(1),
  /**
   * `text` for an extra column of free text (long, mostly unique values such as a summary): its
   * values are kept as written, it has no categories and is not a filter dimension. Absent means
   * `category`.
   */
  kind: z.enum(['category', 'text']).optional(),
  categories: z.array(categorySchema),
});

export const codebookSchema = z.object({
  outcomes: z.array(outcomeCategorySchema),
  contactRoutes: z.array(categorySchema),
  themes: z.array(categorySchema),
  themeGroups: z.array(categorySchema).optional(),
  barriers: z.array(categorySchema),
  /** Every other categorical field, e.g. force, region, reviewType, period and extra columns. */
  fields: z.array(fieldCodebookSchema),
  /** True when the codebook was derived from the values present rather than given by the file. */
  derived: z.boolean(),
});

export const childAgeSchema = z.object({
  text: z.string(),
  months: z.number().nonnegative().optional(),
});

/**
 * An extra column of a case file: a category id (a filter dimension), or the text as written when
 * the codebook gives its field the kind `text`.
 */
export const attributeSchema = z.object({ field: z.string().min(1), value: z.string() });

export const caseSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  area: z.string().optional(),
  force: z.string().optional(),
  region: z.string().optional(),
  reviewType: z.string().optional(),
  period: z.string().optional(),
  outcome: z.string().optional(),
  outcomeSubcategory: z.string().optional(),
  reviewFocus: z.string().optional(),
  childAge: childAgeSchema.optional(),
  contactRoute: z.string().optional(),
  incidentDate: z
    .string()
    .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'incidentDate is YYYY or YYYY-MM')
    .optional(),
  publishedYear: z.number().int().min(1900).max(2100).optional(),
  url: z.string().optional(),
  themes: z.array(z.string()),
  /**
   * The themes this case was coded for (its coding status, DESIGN.md "Data"): `true` every theme
   * (a theme not in `themes` is coded absent); `false` none (the themes it lists are known, every
   * other is not coded); or the ids of the themes coded, besides those in `themes`. Absent: as
   * `meta.blankThemes` says for a case with no theme, else every theme.
   */
  themesCoded: z.union([z.boolean(), z.array(z.string())]).optional(),
  attributes: z.array(attributeSchema),
  /** The fields of this case whose values were inferred by the analyst (all others are stated). */
  inferred: z.array(z.string()),
  /**
   * The dataset (a file or briefing) the case was loaded from, set when datasets are combined,
   * so a published figure is checked against its own source's rows only.
   */
  dataset: z.string().optional(),
});

export const learningKindSchema = z.enum(['missed-opportunity', 'good-practice']);

export const learningItemSchema = z.object({
  id: z.string().min(1),
  /** Empty when the source does not say which case the learning comes from. */
  caseId: z.string(),
  themeId: z.string().min(1),
  barrier: z.string(),
  kind: learningKindSchema,
  summary: z.string(),
  page: z.number().int().positive().optional(),
  /** Where in the source the item comes from (e.g. "Special theme: 68 SCRs"). */
  section: z.string().optional(),
  /** Fields of this item inferred by the analyst, e.g. `caseId` when the case is deduced. */
  inferred: z.array(z.string()),
});

export const publishedFigureSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  /**
   * A case field (count of cases with `category`, or of distinct values when `category` is
   * empty), `themes`, `total` (the number of cases), `screening` (from the screening rows), or
   * empty when the figure cannot be computed from the data.
   */
  dimension: z.string(),
  category: z.string(),
  count: z.number().nullable(),
  percent: z.number().nullable(),
  denominator: z.number().nullable(),
  note: z.string().optional(),
  page: z.number().int().positive().optional(),
  /**
   * The dataset the figure was stated for: only the cases (and screening rows) of that dataset
   * are counted. Set when datasets are combined; absent means every row of the dataset.
   */
  dataset: z.string().optional(),
  /** The period (id or label) the figure was stated for: only that period's cases are counted. */
  period: z.string().optional(),
});

export const screeningRowSchema = z.object({
  /** `included`, or the id of an exclusion reason. */
  status: z.string().min(1),
  statusLabel: z.string().optional(),
  source: z.string().min(1),
  count: z.number().int().nonnegative(),
  /** The dataset the row belongs to, set when datasets are combined (see the case's). */
  dataset: z.string().optional(),
});

/**
 * What a case whose theme coding status is not given (`themesCoded` absent) and that has no theme
 * means: `absent` coded with no theme (the default), `not-coded` not coded yet.
 */
export const blankThemesSchema = z.enum(['absent', 'not-coded']);

export const metaSchema = z.object({
  title: z.string().min(1),
  source: z.string(),
  sourceUrl: z.string().optional(),
  periods: z.array(z.string()),
  notes: z.string(),
  /** Set on generated demonstration data so the UI can say it is not real. */
  synthetic: z.boolean().optional(),
  /** How to read a case with no theme and no coding status (a file that only ticks themes). */
  blankThemes: blankThemesSchema.optional(),
});

export const datasetSchema = z.object({
  meta: metaSchema,
  codebook: codebookSchema,
  cases: z.array(caseSchema),
  learning: z.array(learningItemSchema),
  published: z.array(publishedFigureSchema),
  screening: z.array(screeningRowSchema),
});

/** The JSON Schema of a dataset document, generated from `datasetSchema`. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetSchema, { target: 'draft-2020-12' }),
    $id: 'dataset.schema.json',
    title: 'Case Review Explorer dataset',
    description:
      'One coded set of case reviews: meta, codebook, cases, learning items, published figures and screening rows.',
  };
}
