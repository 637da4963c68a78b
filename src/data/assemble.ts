import { appendAll } from './append-all';
import { CodebookBuilder, emptyCodebook } from './codebook-builder';
import { caseFieldForHeader, headerKey } from './headers';
import {
  rowsLeft,
  tooManyCategoriesProblems,
  tooManyRowsProblem,
  type FileRows,
  type RowAllowance,
} from './load-budget';
import { loadJsonDocument } from './load-json';
import { mergeDatasets, type DatasetPart } from './merge-datasets';
import { normaliseCaseRows, type TakenCaseIds } from './normalise-cases';
import { normalisePublishedRows, normaliseScreeningRows } from './normalise-figures';
import { normaliseLearningRows } from './normalise-learning';
import type { RowTable } from './table';
import type {
  CaseRecord,
  Dataset,
  FileFacts,
  LearningItem,
  LoadProblem,
  LoadResult,
  PublishedFigure,
  ScreeningRow,
} from './types';

/** One file after decoding and parsing, ready to be assembled into a dataset. */
export type ParsedFile =
  | {
      name: string;
      bytes: number;
      format: 'json';
      text: string;
      encoding: string;
      problems: LoadProblem[];
    }
  | {
      name: string;
      bytes: number;
      format: 'csv';
      table: RowTable;
      encoding: string;
      delimiter: string;
      problems: LoadProblem[];
      /** Share of the file read when reading stopped at the load's row limit. */
      stoppedAt?: number;
    }
  | { name: string; bytes: number; format: 'refused'; problems: LoadProblem[] };

/** The kind of a delimited file, recognised by its columns. */
export type TableKind = 'cases' | 'learning' | 'published' | 'screening' | 'unknown';

/** Recognises what a delimited file holds from its header row. */
export function tableKind(header: readonly string[]): TableKind {
  const keys = new Set(header.map(headerKey));
  const has = (...names: string[]): boolean => names.some((name) => keys.has(headerKey(name)));
  if (has('status', 'inclusion status') && has('count', 'number')) return 'screening';
  if (
    has('label', 'figure') &&
    has('count', 'stated') &&
    has('dimension', 'denominator', 'percent')
  )
    return 'published';
  if (has('summary', 'learning summary') && has('theme', 'theme id')) return 'learning';
  const fields = header.map(caseFieldForHeader);
  if (fields.includes('title') || fields.includes('id')) return 'cases';
  return 'unknown';
}

const delimiterNames = new Map([
  [',', 'comma'],
  [';', 'semicolon'],
  ['\t', 'tab'],
]);

function refuse(problems: LoadProblem[], files: FileFacts[], codebookDerived: boolean): LoadResult {
  return { ok: false, problems, facts: { files, codebookDerived } };
}

function csvMeta(
  names: string[],
  cases: readonly CaseRecord[],
  periodLabel: (id: string) => string,
): Dataset['meta'] {
  const ids = new Set<string>();
  for (const c of cases) if (c.period) ids.add(c.period);
  const periods = [...new Set([...ids].map(periodLabel))];
  return {
    title: names[0]?.replace(/\.(csv|tsv|txt)$/i, '').replace(/[-_]cases$/i, '') ?? 'Loaded data',
    source: `Loaded from ${names.join(', ')}`,
    periods,
    notes:
      'Loaded from delimited files. The codebook was derived from the values in the files, in order of first appearance; no descriptions or aliases are known.',
  };
}

/**
 * Assembles parsed files into one dataset: one JSON document, or delimited files recognised by
 * their columns (at least one of cases). Any error refuses the whole load; warnings are kept.
 * JSON documents count their items against the rows the load has left (`rows`: the allowance
 * and the rows of the delimited files already counted).
 */
export function assembleDataset(
  files: readonly ParsedFile[],
  rows: { allowance: RowAllowance; counted: readonly FileRows[] } = {
    allowance: { limit: Number.POSITIVE_INFINITY },
    counted: [],
  },
): LoadResult {
  const problems: LoadProblem[] = files.flatMap((f) => f.problems);
  const facts: FileFacts[] = files.map((f) => ({
    name: f.name,
    bytes: f.bytes,
    kind: f.format === 'json' ? 'json' : f.format === 'csv' ? tableKind(f.table.header) : 'unknown',
    ...(f.format !== 'refused' ? { encoding: f.encoding } : {}),
    ...(f.format === 'csv' ? { delimiter: delimiterNames.get(f.delimiter) ?? f.delimiter } : {}),
    rowsRead: 0,
    rowsLoaded: 0,
    rowsRejected: 0,
  }));
  if (files.length === 0) {
    return refuse(
      [
        {
          code: 'no-files',
          severity: 'error',
          file: '',
          message: 'No file was chosen.',
          hint: 'Choose a CSV, TSV or JSON file.',
        },
      ],
      facts,
      false,
    );
  }
  if (problems.some((p) => p.severity === 'error')) return refuse(problems, facts, false);
  const parts: DatasetPart[] = [];
  const counted = [...rows.counted];
  files.forEach((file, index) => {
    if (file.format !== 'json') return;
    const loaded = loadJsonDocument(file.text, file.name, rowsLeft(rows.allowance, counted));
    counted.push({ name: file.name, rows: loaded.rowsRead });
    if (loaded.overRows) problems.push(tooManyRowsProblem(rows.allowance, counted));
    appendAll(problems, loaded.problems);
    const fact = facts[index];
    if (fact)
      Object.assign(fact, {
        rowsRead: loaded.rowsRead,
        rowsRejected: loaded.rowsRejected,
        rowsLoaded: loaded.rowsRead - loaded.rowsRejected,
      });
    if (loaded.dataset) parts.push({ name: file.name, dataset: loaded.dataset });
  });
  const tables = files.filter((f) => f.format === 'csv');
  if (tables.length > 0) {
    const fromTables = assembleTables(files, problems, facts);
    if (!fromTables) return refuse(problems, facts, true);
    const named = (kind: TableKind) =>
      tables
        .filter((f) => facts[files.indexOf(f)]?.kind === kind)
        .map((f) => f.name)
        .join(', ');
    parts.push({
      name: tables.map((f) => f.name).join(', '),
      dataset: fromTables,
      casesFile: named('cases'),
      learningFile: named('learning') || named('cases'),
    });
  }
  const names = files.map((f) => f.name).join(', ');
  if (problems.some((p) => p.severity === 'error') || parts.length === 0)
    return finish(undefined, problems, facts, names);
  if (parts.length === 1) return finish(parts[0]?.dataset, problems, facts, names);
  const merged = mergeDatasets(parts);
  return finish(merged.dataset, [...problems, ...merged.problems], facts, names);
}

/** Assembles the delimited files of a load into one dataset; undefined when an error refuses it. */
function assembleTables(
  files: readonly ParsedFile[],
  problems: LoadProblem[],
  facts: FileFacts[],
): Dataset | undefined {
  const builder = new CodebookBuilder(emptyCodebook());
  const cases: CaseRecord[] = [];
  const learning: LearningItem[] = [];
  const published: PublishedFigure[] = [];
  const screening: ScreeningRow[] = [];
  const takenIds: TakenCaseIds = new Map();
  const learningIds = new Set<string>();
  const figureIds = new Set<string>();
  const order: TableKind[] = ['cases', 'learning', 'published', 'screening', 'unknown'];
  const indexed = files.map((file, index) => ({ file, index }));
  const casesFiles = facts.filter((f) => f.kind === 'cases').length;
  indexed.sort(
    (a, b) =>
      order.indexOf(facts[a.index]?.kind as TableKind) -
      order.indexOf(facts[b.index]?.kind as TableKind),
  );
  for (const { file, index } of indexed) {
    if (file.format !== 'csv') continue;
    const fact = facts[index];
    const kind = fact?.kind as TableKind;
    if (kind === 'unknown') {
      problems.push({
        code: 'unknown-file-kind',
        severity: 'error',
        file: file.name,
        row: 1,
        column: file.table.header.join(', ') || '(no header)',
        message: `The columns of ${file.name} do not match a cases, learning, published or screening file.`,
        hint: 'A cases file needs a title or an id column; a learning file Theme and Summary; a published file Label, Count and Dimension; a screening file Status and Count.',
      });
      continue;
    }
    const result =
      kind === 'cases'
        ? withFilePeriod(
            normaliseCaseRows(file.table, file.name, builder, takenIds),
            file.name,
            casesFiles > 1,
            builder,
          )
        : kind === 'learning'
          ? normaliseLearningRows(
              file.table,
              file.name,
              builder,
              cases,
              learning.length,
              learningIds,
            )
          : kind === 'published'
            ? normalisePublishedRows(file.table, file.name, builder, figureIds)
            : normaliseScreeningRows(file.table, file.name);
    if (kind === 'cases') appendAll(cases, result.items as CaseRecord[]);
    if (kind === 'learning') appendAll(learning, result.items as LearningItem[]);
    if (kind === 'published') appendAll(published, result.items as PublishedFigure[]);
    if (kind === 'screening') appendAll(screening, result.items as ScreeningRow[]);
    appendAll(problems, result.problems);
    if (fact)
      Object.assign(fact, {
        rowsRead: result.rowsRead,
        rowsRejected: result.rowsRejected,
        rowsLoaded: result.rowsRead - result.rowsRejected,
      });
  }
  if (problems.some((p) => p.severity === 'error')) return undefined;
  const codebook = builder.build();
  const periodField = codebook.fields.find((f) => f.field === 'period');
  const periodLabel = (id: string): string =>
    periodField?.categories.find((c) => c.id === id)?.label ?? id;
  const names = files.map((f) => f.name);
  const dataset: Dataset = {
    meta: csvMeta(names, cases, periodLabel),
    codebook,
    cases,
    learning,
    published,
    screening,
  };
  if (cases.length > 0) {
    problems.push({
      code: 'codebook-derived',
      severity: 'info',
      file: names.join(', '),
      message:
        'The codebook was derived from the values in the files, in order of first appearance.',
    });
  }
  return dataset;
}

/**
 * When several cases files load together and one has no Period column, its cases take the file's
 * name as their period (so periods stay apart in Trends), and the user is told.
 */
function withFilePeriod<T extends ReturnType<typeof normaliseCaseRows>>(
  result: T,
  file: string,
  several: boolean,
  builder: CodebookBuilder,
): T {
  if (!several || result.columns.fields.has('period') || result.items.length === 0) return result;
  const label = file.replace(/\.(csv|tsv|txt)$/i, '');
  const id = builder.field('period').resolve(label).id;
  for (const item of result.items) item.period = id;
  result.problems.push({
    code: 'period-from-file-name',
    severity: 'warning',
    file,
    row: 1,
    column: 'Period',
    message: `${file} has no Period column, so its ${result.items.length} cases were given the period "${label}".`,
    hint: 'Add a Period column (e.g. 2019-Q3) to each cases file to compare periods in Trends.',
  });
  return result;
}

function finish(
  dataset: Dataset | undefined,
  problems: LoadProblem[],
  facts: FileFacts[],
  file: string,
): LoadResult {
  const codebookDerived = dataset?.codebook.derived ?? false;
  if (!dataset || problems.some((p) => p.severity === 'error'))
    return refuse(problems, facts, codebookDerived);
  const tooMany = tooManyCategoriesProblems(dataset.codebook, file);
  if (tooMany.length > 0) return refuse([...problems, ...tooMany], facts, codebookDerived);
  if (dataset.cases.length === 0) {
    return refuse(
      [
        ...problems,
        {
          code: 'no-cases',
          severity: 'error',
          file,
          message: 'No case rows were found, so there is nothing to show.',
          hint: 'Include a cases file: one row per case with at least a title or an id column.',
        },
      ],
      facts,
      codebookDerived,
    );
  }
  return { ok: true, dataset, problems, facts: { files: facts, codebookDerived } };
}
