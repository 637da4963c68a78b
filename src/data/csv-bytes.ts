import { csvChunkChars, parseCsvSteps, type CsvTable } from './csv-parse';
import { notTextProblem } from './csv-problems';
import { decodeBytes, type TextEncodingName } from './decode';
import { detectDelimiter, type CsvDelimiter } from './delimiter';
import { runSteps, type Steps } from './run-steps';

/** A delimited file read from its bytes: the table and what was detected on the way. */
export interface ParsedCsvFile {
  table: CsvTable;
  encoding: TextEncodingName;
  delimiter: CsvDelimiter;
  /** True when the bytes are not text; the table is then empty and holds a 'not-text' error. */
  binary: boolean;
}

/**
 * Decodes the bytes, detects the delimiter and parses, yielding the fraction done. Binary content
 * is not parsed: the result says so with an empty table and a 'not-text' error. Reading stops
 * soon after the table passes `maxRows` data rows (see `parseCsvSteps`).
 */
export function* csvBytesSteps(
  bytes: Uint8Array,
  file: string,
  maxRows: number = Number.POSITIVE_INFINITY,
): Steps<ParsedCsvFile> {
  const { text, encoding, binary } = decodeBytes(bytes);
  if (binary) {
    const table: CsvTable = {
      header: [],
      rows: [],
      rowNumbers: [],
      problems: [notTextProblem(file, bytes)],
    };
    return { table, encoding, delimiter: ',', binary };
  }
  const delimiter = detectDelimiter(text);
  const table = yield* parseCsvSteps(text, file, delimiter, csvChunkChars(text.length), maxRows);
  return { table, encoding, delimiter, binary };
}

/**
 * Reads a delimited file's bytes into a table on the spot; the same work the CSV worker does.
 * Returns 'cancelled' when `shouldStop` returns true between chunks; never throws on bad input.
 */
export function parseCsvBytes(
  bytes: Uint8Array,
  file: string,
  onProgress?: (fraction: number) => void,
  shouldStop?: () => boolean,
): ParsedCsvFile | 'cancelled' {
  return runSteps(csvBytesSteps(bytes, file), { onProgress, shouldStop });
}
