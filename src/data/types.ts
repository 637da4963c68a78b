import type { z } from 'zod';
import type {
  blankThemesSchema,
  caseSchema,
  categorySchema,
  codebookSchema,
  datasetSchema,
  fieldCodebookSchema,
  learningItemSchema,
  learningKindSchema,
  metaSchema,
  outcomeCategorySchema,
  provenanceSchema,
  publishedFigureSchema,
  screeningRowSchema,
} from './schema';

/** A whole coded dataset. */
export type Dataset = z.infer<typeof datasetSchema>;
/** Title, source and notes shown with the data. */
export type DatasetMeta = z.infer<typeof metaSchema>;
/** The category lists. */
export type Codebook = z.infer<typeof codebookSchema>;
/** One category of a codebook list. */
export type Category = z.infer<typeof categorySchema>;
/** An outcome with its sub-categories. */
export type OutcomeCategory = z.infer<typeof outcomeCategorySchema>;
/** The categories of one other categorical field. */
export type FieldCodebook = z.infer<typeof fieldCodebookSchema>;
/** One reviewed case. */
export type CaseRecord = z.infer<typeof caseSchema>;
/** One learning summary. */
export type LearningItem = z.infer<typeof learningItemSchema>;
/** Missed opportunity or good practice. */
export type LearningKind = z.infer<typeof learningKindSchema>;
/** A figure as the source states it. */
export type PublishedFigure = z.infer<typeof publishedFigureSchema>;
/** One row of the methodology funnel. */
export type ScreeningRow = z.infer<typeof screeningRowSchema>;
/** What a case with no theme and no coding status means. */
export type BlankThemes = z.infer<typeof blankThemesSchema>;
/** Stated in the source or inferred by the analyst. */
export type Provenance = z.infer<typeof provenanceSchema>;

/** How bad a load problem is: errors refuse the load, warnings let it through. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * What went wrong, as a code a program can test (one list, so two places cannot drift apart:
 * e.g. a file over a size limit is `file-too-large` wherever it is met).
 */
export type ProblemCode =
  | 'bad-date'
  | 'bad-json'
  | 'bad-number'
  | 'bad-page'
  | 'bad-screening-row'
  | 'bad-year'
  | 'cases-not-shared'
  | 'codebook-derived'
  | 'csv-parse-error'
  | 'duplicate-across-files'
  | 'duplicate-column'
  | 'duplicate-header'
  | 'duplicate-id'
  | 'empty-file'
  | 'empty-header'
  | 'file-too-large'
  | 'free-text-column'
  | 'ignored-column'
  | 'ignored-field'
  | 'incomplete-learning'
  | 'invalid-deck'
  | 'invalid-item'
  | 'invalid-json'
  | 'invalid-meta'
  | 'kept-unreadable'
  | 'load-large'
  | 'load-memory'
  | 'load-too-large'
  | 'load-too-many-rows'
  | 'malformed-quote'
  | 'mapped-by-hand'
  | 'missing-label'
  | 'missing-title'
  | 'no-cases'
  | 'no-files'
  | 'not-text'
  | 'one-case'
  | 'other-outcome'
  | 'parse-failed'
  | 'period-from-file-name'
  | 'row-too-few-fields'
  | 'row-too-many-fields'
  | 'themes-blank-not-coded'
  | 'themes-coded-column'
  | 'themes-reading-chosen'
  | 'themes-ticks-only'
  | 'too-many-categories'
  | 'unknown-case'
  | 'unknown-category'
  | 'unknown-file-kind'
  | 'unknown-inferred-field'
  | 'unknown-kind'
  | 'unknown-theme'
  | 'unknown-tick'
  | 'unmerged-category'
  | 'unterminated-quote'
  | 'wrong-shape';

/** One problem met while loading, located as precisely as the input allows. */
export interface LoadProblem {
  code: ProblemCode;
  severity: Severity;
  message: string;
  hint?: string;
  file: string;
  /** 1-based line of a CSV file where the row starts (the header is line 1), or the 1-based item of a JSON list; absent for whole-file problems. */
  row?: number;
  /** Column header as written in the file, or a JSON path. */
  column?: string;
}

/** What the loader learned about one file. */
export interface FileFacts {
  name: string;
  bytes: number;
  kind: 'json' | 'cases' | 'learning' | 'published' | 'screening' | 'unknown';
  encoding?: string;
  delimiter?: string;
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  /**
   * SHA-256 of the bytes read at load time (64 hex digits): the evidence pack names the file by
   * it without reading the file again. Absent for a file that was not read.
   */
  sha256?: string;
}

/** The facts of one load, shown in the load report. */
export interface LoadFacts {
  files: FileFacts[];
  codebookDerived: boolean;
}

/** The result of loading files: a dataset with warnings, or a refusal with its reasons. */
export type LoadResult =
  | { ok: true; dataset: Dataset; problems: LoadProblem[]; facts: LoadFacts }
  | { ok: false; problems: LoadProblem[]; facts: LoadFacts };

/** The case fields that hold one category of a codebook. */
export const categoricalCaseFields = [
  'outcome',
  'outcomeSubcategory',
  'contactRoute',
  'force',
  'region',
  'area',
  'reviewType',
  'period',
] as const;

/** One of the case fields that hold one category. */
export type CategoricalCaseField = (typeof categoricalCaseFields)[number];
