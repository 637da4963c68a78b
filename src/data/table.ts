import type { LoadProblem, ProblemCode, Severity } from './types';
import { nextFreeCount, numberedId } from './unique-ids';

/** Rows read from one delimited file: the header, the data rows and each row's line number. */
export interface RowTable {
  header: string[];
  rows: string[][];
  /** 1-based line in the file where each data row starts (the header is line 1). */
  rowNumbers: number[];
}

/** What normalising one table produced, with per-row accounting. */
export interface NormalisedRows<T> {
  items: T[];
  problems: LoadProblem[];
  rowsRead: number;
  rowsRejected: number;
}

/** Collects problems for one file, so each carries the file name. */
export class ProblemLog {
  readonly problems: LoadProblem[] = [];

  constructor(readonly file: string) {}

  /** Records a problem; `row` is the file's line number, `column` the header as written. */
  add(
    severity: Severity,
    code: ProblemCode,
    message: string,
    where: { row?: number; column?: string; hint?: string } = {},
  ): void {
    const problem: LoadProblem = { code, severity, message, file: this.file };
    if (where.row !== undefined) problem.row = where.row;
    if (where.column !== undefined) problem.column = where.column;
    if (where.hint !== undefined) problem.hint = where.hint;
    this.problems.push(problem);
  }
}

/** True when `code` is printable ASCII other than a space: never white space. */
function isPlainCharacter(code: number): boolean {
  return code > 32 && code < 127;
}

/**
 * Trims white space from both ends. Nearly every cell starts and ends with a plain character;
 * those are returned as they are, without the call into the engine `String.trim` makes.
 */
export function trimmed(value: string): string {
  if (value === '') return value;
  return isPlainCharacter(value.charCodeAt(0)) &&
    isPlainCharacter(value.charCodeAt(value.length - 1))
    ? value
    : value.trim();
}

/** Reads a cell, trimmed; missing cells of short rows read as blank. */
export function cell(row: readonly string[], index: number | undefined): string {
  if (index === undefined) return '';
  return trimmed(row[index] ?? '');
}

/** Returns `id`, or `id-2`, `id-3`, ... when it is taken, and records the one returned as taken. */
export function claimId(id: string, taken: Set<string>): string {
  const unique = taken.has(id) ? numberedId(id, taken, (candidate) => taken.has(candidate)) : id;
  taken.add(unique);
  return unique;
}

/** Makes up an id `${prefix}${n}`, counting up from `n` past ids taken or given in the file. */
export function madeUpId(
  prefix: string,
  n: number,
  taken: Set<string>,
  given: ReadonlySet<string>,
): string {
  const isTaken = (count: number) =>
    taken.has(`${prefix}${count}`) || given.has(`${prefix}${count}`);
  const id = `${prefix}${nextFreeCount(n, prefix, taken, isTaken)}`;
  taken.add(id);
  return id;
}

/** The ids the rows of a file give in column `index`. */
export function givenIds(table: RowTable, index: number | undefined): Set<string> {
  return new Set(table.rows.map((row) => cell(row, index)).filter((id) => id !== ''));
}

/** True when every cell of the row is blank. */
export function isBlankRow(row: readonly string[]): boolean {
  for (const value of row) if (trimmed(value) !== '') return false;
  return true;
}

/**
 * Warns about each named column a learning, published or screening file does not read, so its
 * values are not dropped unnoticed (blank and repeated header names are reported by the parser).
 */
export function reportIgnoredColumns(
  header: readonly string[],
  used: ReadonlyArray<number | undefined>,
  log: ProblemLog,
  hint: string,
): void {
  const read = new Set(used);
  header.forEach((name, index) => {
    if (name.trim() === '' || read.has(index)) return;
    log.add(
      'warning',
      'ignored-column',
      `Column "${name}" is not one this app reads in this file, so its values were not loaded.`,
      { row: 1, column: name, hint },
    );
  });
}
