import type { LoadProblem, Severity } from './types';

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
    code: string,
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

/** Reads a cell, trimmed; missing cells of short rows read as blank. */
export function cell(row: readonly string[], index: number | undefined): string {
  if (index === undefined) return '';
  return (row[index] ?? '').trim();
}

/** True when every cell of the row is blank. */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((value) => value.trim() === '');
}
