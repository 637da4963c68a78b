import Papa from 'papaparse';
import {
  columnName,
  emptyFileProblem,
  headerProblems,
  malformedQuoteProblem,
  otherParseProblem,
  raggedRowProblem,
  unterminatedQuoteProblem,
} from './csv-problems';
import { detectDelimiter, type CsvDelimiter } from './delimiter';
import { createLineCounter, detectRowBreak } from './line-breaks';
import { runSteps, runToEnd, type Steps } from './run-steps';
import { isBlankRow } from './table';
import type { LoadProblem } from './types';

/** The rows of one delimited file, each data row padded or cut to the header's width. */
export interface CsvTable {
  /** The first non-blank row, each name trimmed. */
  header: string[];
  rows: string[][];
  /** 1-based line of the file where data row i starts (the header is line 1 when it comes first). */
  rowNumbers: number[];
  problems: LoadProblem[];
  /**
   * Set when reading stopped because the table passed the rows it was allowed: the share of the
   * text read by then (the rows are those read so far).
   */
  stoppedAt?: number;
}

/** Characters parsed between progress reports: about 1% of the text, at least 64 K. */
export function csvChunkChars(length: number): number {
  return Math.max(64 * 1024, Math.ceil(length / 100));
}

/** One row as papaparse's core parser hands it to `step`: error indices are within the slice. */
type StepResult = Papa.ParseStepResult<string[][]>;

/** The 0-based field of the row starting at `rowStart` that `offset` falls in, honouring quotes. */
function fieldIndexAt(text: string, rowStart: number, offset: number, delimiter: string): number {
  let field = 0;
  let inQuotes = false;
  for (let i = rowStart; i < offset; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === delimiter && !inQuotes) field++;
  }
  return field;
}

/** Builds the table row by row; offsets are character positions in the whole text. */
function createTableBuilder(text: string, file: string, delimiter: string) {
  const lineAt = createLineCounter(text);
  const table: CsvTable = { header: [], rows: [], rowNumbers: [], problems: [] };
  let headerSeen = false;
  const nameOf = (index: number) =>
    headerSeen ? columnName(table.header, index) : `column ${index + 1}`;

  function quoteProblems(
    fields: string[],
    start: number,
    errors: readonly Papa.ParseError[],
    base: number,
  ) {
    const unterminated = errors.find((error) => error.code === 'MissingQuotes');
    const quoteAt = (error: Papa.ParseError) => base + (error.index ?? 1) - 1;
    if (unterminated) {
      const column = nameOf(fields.length - 1);
      table.problems.push(unterminatedQuoteProblem(file, lineAt(quoteAt(unterminated)), column));
    } else {
      // papaparse reports a malformed quote once per stray quote; once per row is enough.
      const malformed = errors.find((error) => error.code === 'InvalidQuotes');
      if (malformed) {
        const at = quoteAt(malformed);
        const column = nameOf(fieldIndexAt(text, start, at, delimiter));
        table.problems.push(malformedQuoteProblem(file, lineAt(at), column));
      }
    }
    for (const error of errors) {
      if (error.type !== 'Quotes') {
        const line = lineAt(base + (error.index ?? 0));
        table.problems.push(
          otherParseProblem(file, line, nameOf(fields.length - 1), error.message),
        );
      }
    }
    return unterminated !== undefined;
  }

  return {
    /** Takes one parsed row starting at `start`; error indices are relative to `base`. */
    addRow(fields: string[], start: number, errors: readonly Papa.ParseError[], base: number) {
      // Rows split at a lone CR can start with the LF of a later CRLF: that LF ends the line
      // before, so the row's own line is the next one.
      const afterCrLf = text[start] === '\n' && text[start - 1] === '\r';
      const line = lineAt(afterCrLf ? start + 1 : start);
      const unterminated = errors.length > 0 && quoteProblems(fields, start, errors, base);
      if (isBlankRow(fields)) return;
      if (!headerSeen) {
        headerSeen = true;
        table.header = fields.map((name) => name.trim());
        table.problems.push(...headerProblems(file, table.header));
        return;
      }
      const width = table.header.length;
      if (fields.length !== width) {
        if (!unterminated) {
          const column = nameOf(Math.min(fields.length, width));
          table.problems.push(raggedRowProblem(file, line, fields.length, width, column));
        }
        if (fields.length > width) fields.length = width;
        while (fields.length < width) fields.push('');
      }
      table.rows.push(fields);
      table.rowNumbers.push(line);
    },
    finish(): CsvTable {
      if (!headerSeen) table.problems.push(emptyFileProblem(file));
      return table;
    },
    /** Data rows so far. */
    rows: () => table.rows.length,
  };
}

/**
 * Takes the CR of a CRLF off the last value of a row split at the LF that ends at `end`. A quoted
 * last value has none (papaparse reads the CR after the closing quote as space before the break).
 */
function dropCarriageReturn(text: string, fields: string[], end: number): void {
  const last = fields.length - 1;
  const value = fields[last] ?? '';
  const crlf = text[end - 1] === '\n' && text[end - 2] === '\r';
  if (crlf && text[end - 3] !== '"' && value.endsWith('\r')) {
    fields[last] = value.slice(0, -1);
  }
}

/**
 * Parses delimited text step by step, yielding the fraction done after each chunk of about
 * `chunkChars` characters and returning the table. The first non-blank row is the header; blank
 * rows are skipped silently; ragged rows are padded or cut and reported; quote errors are reported
 * on the line where the quote opened. Never throws on bad input.
 *
 * Drives papaparse's core `Papa.Parser` over slices that start on row boundaries (as
 * `Papa.parse` does internally) so the run can pause between slices, and uses its `step` callback
 * for each row's character offsets, from which the line numbers come. Once the table holds more
 * than `maxRows` data rows, reading stops at the end of that slice and the table says where.
 */
export function* parseCsvSteps(
  text: string,
  file: string,
  delimiter?: CsvDelimiter,
  chunkChars: number = csvChunkChars(text.length),
  maxRows: number = Number.POSITIVE_INFINITY,
): Steps<CsvTable> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const separator = delimiter ?? detectDelimiter(body);
  const builder = createTableBuilder(body, file, separator);
  // CRLF rows are split at their LF, so a file mixing CRLF and LF row ends (lines added by another
  // program) is split at both, whichever comes first; the CR of a CRLF is then taken off the row's
  // last value.
  const rowBreak = detectRowBreak(body);
  const splitAtLf = rowBreak !== '\r';
  let base = 0;
  let rowStart = 0;
  const parser = new Papa.Parser({
    delimiter: separator,
    newline: splitAtLf ? '\n' : rowBreak,
    quoteChar: '"',
    step: (result: StepResult) => {
      const fields = result.data[0] ?? [''];
      if (splitAtLf) dropCarriageReturn(body, fields, result.meta.cursor);
      builder.addRow(fields, rowStart, result.errors, base);
      rowStart = result.meta.cursor;
    },
  });
  let span = chunkChars;
  for (;;) {
    const end = Math.min(body.length, base + span);
    const isLast = end >= body.length;
    // With ignoreLastRow the parser leaves out the unfinished row at the slice's end; the next
    // slice starts where the last finished row ended.
    parser.parse(body.slice(base, end), base, !isLast);
    if (isLast) return builder.finish();
    if (builder.rows() > maxRows) return { ...builder.finish(), stoppedAt: end / body.length };
    if (rowStart > base) {
      base = rowStart;
      span = chunkChars;
    } else {
      // No row finished inside the slice (a very long quoted value): read twice as far next time.
      span *= 2;
    }
    yield base / body.length;
  }
}

/**
 * Parses delimited text into a table with its problems. The delimiter is detected when not given.
 * A leading byte order mark is ignored; CRLF, LF and CR line endings all work.
 */
export function parseCsvText(text: string, file: string, delimiter?: CsvDelimiter): CsvTable {
  return runToEnd(parseCsvSteps(text, file, delimiter, Number.POSITIVE_INFINITY));
}

/**
 * Parses delimited text in chunks, reporting the fraction done after each and stopping with
 * 'cancelled' as soon as `shouldStop` returns true.
 */
export function parseCsvChunked(
  text: string,
  file: string,
  delimiter: CsvDelimiter | undefined,
  onProgress: (fraction: number) => void,
  shouldStop: () => boolean,
): CsvTable | 'cancelled' {
  return runSteps(parseCsvSteps(text, file, delimiter), { onProgress, shouldStop });
}
