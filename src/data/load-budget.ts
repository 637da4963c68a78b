import type { Codebook, LoadProblem } from './types';

/**
 * One budget for a load: the size and row limits apply to every file chosen together, and to
 * the dataset on screen when files are added to it (issue 21: the limit was per file, so three
 * 97 MB files loaded 7.8 million cases and hung the tab). Sizes and memory are checked before
 * anything is read; rows while the files are parsed, which stops as soon as the limit is passed.
 */

export {
  LARGE_LOAD_BYTES,
  MAX_LOAD_BYTES,
  MAX_LOAD_ROWS,
  MEBIBYTE,
  loadBaseOf,
  loadLimitText,
  type LoadBase,
} from './load-limits';
import {
  LARGE_LOAD_BYTES,
  MAX_LOAD_BYTES,
  MAX_LOAD_ROWS,
  MEBIBYTE,
  type LoadBase,
} from './load-limits';

/**
 * Categories one codebook list may hold (themes, forces, an extra column's values): a heatmap
 * column, a filter option and a bar each. More means a list is not what it seems (a themes cell
 * split at the wrong separator, a column of identifiers), and no view could show it responsively.
 */
export const MAX_CATEGORIES = 2_000;

/** The lists of a codebook with more than {@link MAX_CATEGORIES}, as refusals. */
export function tooManyCategoriesProblems(codebook: Codebook, file: string): LoadProblem[] {
  const lists: Array<[string, number]> = [
    ['outcomes', codebook.outcomes.length],
    [
      'outcome sub-categories',
      codebook.outcomes.reduce((sum, o) => sum + o.subcategories.length, 0),
    ],
    ['contact routes', codebook.contactRoutes.length],
    ['themes', codebook.themes.length],
    ['barriers', codebook.barriers.length],
    ...codebook.fields
      .filter((f) => f.kind !== 'text')
      .map((f): [string, number] => [`values of ${f.label}`, f.categories.length]),
  ];
  return lists
    .filter(([, size]) => size > MAX_CATEGORIES)
    .map(([list, size]) => ({
      code: 'too-many-categories',
      severity: 'error',
      file,
      column: list,
      // A themes cell stops being read one past the limit (normalise-cases.ts): "more than".
      message: `The data names ${size === MAX_CATEGORIES + 1 ? `more than ${count.format(MAX_CATEGORIES)}` : count.format(size)} different ${list}, over the ${count.format(MAX_CATEGORIES)} a list may hold so that every view stays responsive; nothing was loaded.`,
      hint:
        list === 'themes'
          ? 'Separate the themes of a case with ";" and check that the Themes column holds theme names.'
          : 'Check that the column holds categories, not identifiers or free text.',
    }));
}

/**
 * Peak memory of a load, measured (bench/README.md "Memory of a load"): about 2.6 bytes a byte
 * of file (the bytes, the decoded text, the parsed cells) and about 800 bytes a row (the parsed
 * row, its record, the index). Rounded up, so the estimate errs on the side of refusing.
 */
export const PEAK_BYTES_PER_FILE_BYTE = 3;
/** See {@link PEAK_BYTES_PER_FILE_BYTE}. */
export const PEAK_BYTES_PER_ROW = 1000;

/** What a load may hold, and the dataset it is added to. */
export interface LoadBudget {
  bytes: number;
  rows: number;
  base?: LoadBase;
  /** Memory the page can still use, in bytes, when the browser says; unknown skips the check. */
  memoryFree?: number;
}

/** The limits above, for a load added to `base` (none: a load of its own). */
export function loadBudget(base?: LoadBase, memoryFree?: number): LoadBudget {
  return {
    bytes: MAX_LOAD_BYTES,
    rows: MAX_LOAD_ROWS,
    ...(base ? { base } : {}),
    ...(memoryFree !== undefined ? { memoryFree } : {}),
  };
}

/** A chosen file as the budget sees it before reading; `rows` is an estimate, when made. */
export interface FileToRead {
  name: string;
  size: number;
  estimatedRows?: number;
}

/** "12.3 MB". */
export function megabytes(bytes: number): string {
  return `${(bytes / MEBIBYTE).toFixed(1)} MB`;
}

const count = new Intl.NumberFormat('en-GB');

/** The name a load-wide problem is filed under: every file of the load. */
function loadName(files: readonly { name: string }[]): string {
  return files.map((f) => f.name).join(', ');
}

/** The size of each part of a load: "a.csv 97.0 MB, the data on screen (b.csv) 3.0 MB". */
function sizes(files: readonly FileToRead[], base: LoadBase | undefined): string {
  const parts = files.map((f) => `${f.name} ${megabytes(f.size)}`);
  if (base) parts.push(`the data on screen (${base.name}) ${megabytes(base.bytes)}`);
  return parts.join(', ');
}

/** "100 MB". */
function limitText(bytes: number): string {
  return `${Math.round(bytes / MEBIBYTE)} MB`;
}

/**
 * Checks a load before any file is read: over the size budget in all (with the dataset it is
 * added to) is refused, over {@link LARGE_LOAD_BYTES} warns, and an estimated peak memory over
 * what the page has free is refused. Returns the problems; none when the load may go ahead.
 */
export function checkBeforeReading(
  files: readonly FileToRead[],
  budget: LoadBudget,
): LoadProblem[] {
  const file = loadName(files);
  const own = files.reduce((sum, f) => sum + f.size, 0);
  const total = own + (budget.base?.bytes ?? 0);
  const one = files.length === 1 && budget.base === undefined;
  const these = one ? `${file} is` : `These files are`;
  if (total > budget.bytes) {
    const parts = one
      ? ''
      : ` in all${budget.base ? ' with the data on screen' : ''} (${sizes(files, budget.base)})`;
    return [
      {
        code: 'load-too-large',
        severity: 'error',
        file,
        message: `${these} ${megabytes(total)}${parts}, over the ${limitText(budget.bytes)} a load may hold, so ${one ? 'it was not read' : 'none was read'}.`,
        hint: budget.base
          ? 'Load the files on their own instead of adding them, or load fewer or smaller files.'
          : 'Load fewer files at once, or split the data (for example by year or by region) and load a part.',
      },
    ];
  }
  const rows = files.reduce((sum, f) => sum + Math.min(f.estimatedRows ?? 0, budget.rows), 0);
  const peak = own * PEAK_BYTES_PER_FILE_BYTE + rows * PEAK_BYTES_PER_ROW;
  if (budget.memoryFree !== undefined && peak > budget.memoryFree) {
    return [
      {
        code: 'load-memory',
        severity: 'error',
        file,
        message: `Loading ${one ? file : 'these files'} would take about ${megabytes(peak)} of memory (${megabytes(own)} of files${rows > 0 ? ` and about ${count.format(rows)} rows` : ''}), and this page has about ${megabytes(budget.memoryFree)} free, so nothing was read.`,
        hint: 'Close other tabs, or load a smaller part of the data.',
      },
    ];
  }
  if (own <= LARGE_LOAD_BYTES) return [];
  return [
    {
      code: 'load-large',
      severity: 'warning',
      file,
      message: `${files.length === 1 ? `${file} is` : 'These files are'} ${megabytes(own)}${files.length === 1 ? '' : ` in all (${sizes(files, undefined)})`}; a load over ${limitText(LARGE_LOAD_BYTES)} may take a while.`,
      hint: 'Loading can be cancelled; a smaller part of the data loads quicker.',
    },
  ];
}

/** The rows a load may still take, and what already counts against them (for the message). */
export interface RowAllowance {
  limit: number;
  base?: { name: string; rows: number };
}

/** The row allowance of a budget. */
export function rowAllowance(budget: LoadBudget): RowAllowance {
  return {
    limit: budget.rows,
    ...(budget.base ? { base: { name: budget.base.name, rows: budget.base.rows } } : {}),
  };
}

/** Rows of one file as counted: all of them, or, when reading stopped, those read so far. */
export interface FileRows {
  name: string;
  rows: number;
  /** Share of the file read when reading stopped at the limit (1 or absent: read whole). */
  fractionRead?: number;
}

/** True when the rows counted (and the data added to) are more than the allowance. */
export function isOverRows(allowance: RowAllowance, counted: readonly FileRows[]): boolean {
  const used = counted.reduce((sum, f) => sum + f.rows, 0) + (allowance.base?.rows ?? 0);
  return used > allowance.limit;
}

/** The rows left for the next file once `counted` and the base are taken off. */
export function rowsLeft(allowance: RowAllowance, counted: readonly FileRows[]): number {
  const used = counted.reduce((sum, f) => sum + f.rows, 0) + (allowance.base?.rows ?? 0);
  return Math.max(0, allowance.limit - used);
}

/** A file's rows for a message: all of them, or an estimate when reading stopped part-way. */
function rowsText(f: FileRows): { rows: number; text: string; estimated: boolean } {
  if (f.fractionRead === undefined || f.fractionRead >= 1)
    return { rows: f.rows, text: `${f.name} ${count.format(f.rows)}`, estimated: false };
  const rows = Math.max(f.rows, Math.round(f.rows / Math.max(f.fractionRead, 1e-6)));
  const percent = Math.max(1, Math.floor(f.fractionRead * 100));
  return {
    rows,
    text: `${f.name} about ${count.format(rows)}: reading stopped at row ${count.format(f.rows)}, ${percent}% into the file`,
    estimated: true,
  };
}

/**
 * The problem of a load over its row limit, naming each file with its rows (estimated from the
 * share read, for a file whose reading stopped at the limit) and the data it is added to.
 */
export function tooManyRowsProblem(
  allowance: RowAllowance,
  counted: readonly FileRows[],
): LoadProblem {
  const parts = counted.map(rowsText);
  if (allowance.base)
    parts.push({
      rows: allowance.base.rows,
      text: `the data on screen (${allowance.base.name}) ${count.format(allowance.base.rows)}`,
      estimated: false,
    });
  const total = parts.reduce((sum, d) => sum + d.rows, 0);
  const about = parts.some((d) => d.estimated) ? 'about ' : '';
  const holds =
    parts.length === 1
      ? `${counted[0]?.name} holds ${about}${count.format(total)} rows${about ? ` (reading stopped at row ${count.format(counted[0]?.rows ?? 0)}, ${Math.max(1, Math.floor((counted[0]?.fractionRead ?? 0) * 100))}% into the file)` : ''}`
      : `${allowance.base ? 'These files and the data on screen hold' : 'These files hold'} ${about}${count.format(total)} rows in all (${parts.map((d) => d.text).join('; ')})`;
  return {
    code: 'load-too-many-rows',
    severity: 'error',
    file: loadName(counted),
    message: `${holds}, over the ${count.format(allowance.limit)} rows a load may hold so that every view stays responsive; nothing was loaded.`,
    hint: allowance.base
      ? 'Load the files on their own instead of adding them, or load a part of the data.'
      : 'Load a part of the data at a time (for example one period or one region).',
  };
}
