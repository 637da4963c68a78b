import { assembleDataset, type ParsedFile } from './assemble';
import { csvBytesSteps } from './csv-bytes';
import { notTextProblem } from './csv-problems';
import { decodeBytes } from './decode';
import {
  isOverRows,
  rowsLeft,
  tooManyRowsProblem,
  type FileRows,
  type RowAllowance,
} from './load-budget';
import type { Steps } from './run-steps';
import type { LoadProblem, LoadResult, ProblemCode } from './types';

/**
 * One chosen file as the loader hands it on: its bytes, or none when it was refused before being
 * read (too large: `problems` says why), with the problems found so far (a size warning).
 */
export interface FileBytes {
  name: string;
  size: number;
  bytes?: Uint8Array;
  problems: LoadProblem[];
}

/** A JSON document rather than a delimited file: by its name, else by its first character. */
export function looksLikeJson(name: string, bytes: Uint8Array): boolean {
  if (/\.json$/i.test(name)) return true;
  if (/\.(csv|tsv|txt)$/i.test(name)) return false;
  for (const byte of bytes.subarray(0, 64)) {
    if (byte === 0x7b || byte === 0x5b) return true;
    if (
      byte > 0x20 &&
      byte !== 0xef &&
      byte !== 0xbb &&
      byte !== 0xbf &&
      byte !== 0xfe &&
      byte !== 0xff
    )
      return false;
  }
  return false;
}

function refused(file: FileBytes, code: ProblemCode, message: string, hint: string): ParsedFile {
  return refusedWith(file, { code, severity: 'error', file: file.name, message, hint });
}

function refusedWith(file: FileBytes, problem: LoadProblem): ParsedFile {
  return { name: file.name, bytes: file.size, format: 'refused', problems: [problem] };
}

/**
 * Reads one file: JSON is decoded (parsed when assembled); CSV is decoded and parsed in steps,
 * stopping soon after `maxRows` data rows.
 */
function* parseFileSteps(file: FileBytes, maxRows: number): Steps<ParsedFile> {
  const { name, size, bytes, problems } = file;
  if (!bytes) return { name, bytes: size, format: 'refused', problems };
  if (bytes.length === 0)
    return refused(
      file,
      'empty-file',
      `${name} is empty.`,
      'Choose a file with a header row and at least one case.',
    );
  if (looksLikeJson(name, bytes)) {
    const decoded = decodeBytes(bytes);
    if (decoded.binary) return refusedWith(file, notTextProblem(name, bytes));
    return {
      name,
      bytes: size,
      format: 'json',
      text: decoded.text,
      encoding: decoded.encoding,
      problems,
    };
  }
  const parsed = yield* csvBytesSteps(bytes, name, maxRows);
  // The reader left its one 'not-text' problem in the empty table.
  if (parsed.binary)
    return { name, bytes: size, format: 'refused', problems: parsed.table.problems };
  const { table, encoding, delimiter } = parsed;
  return {
    name,
    bytes: size,
    format: 'csv',
    table,
    encoding,
    delimiter,
    problems: [...problems, ...table.problems],
    ...(table.stoppedAt !== undefined ? { stoppedAt: table.stoppedAt } : {}),
  };
}

/**
 * The whole load after the files are read: each file decoded and parsed, then all of them
 * normalised, validated and assembled into one dataset (learning rows need the cases of the
 * other files). Yields the fraction read, each file an equal share ({@link fileAt} tells which
 * file a fraction is in); 1 once only assembling is left. Never throws on bad input. The rows of
 * all files together (and of the data added to) may not pass `rows.limit`: reading stops at the
 * file that passes it, and the load is refused naming each file's rows.
 */
export function* loadSteps(
  files: readonly FileBytes[],
  rows: RowAllowance = { limit: Number.POSITIVE_INFINITY },
): Steps<LoadResult> {
  const parsed: ParsedFile[] = [];
  const counted: FileRows[] = [];
  for (const [i, file] of files.entries()) {
    const steps = parseFileSteps(file, rowsLeft(rows, counted));
    for (let next = steps.next(); ; next = steps.next()) {
      if (next.done) {
        parsed.push(next.value);
        break;
      }
      yield (i + Math.min(1, next.value)) / files.length;
    }
    const last = parsed[parsed.length - 1];
    if (last?.format === 'csv') {
      counted.push({
        name: file.name,
        rows: last.table.rows.length,
        ...(last.stoppedAt !== undefined ? { fractionRead: last.stoppedAt } : {}),
      });
      if (isOverRows(rows, counted)) {
        // The file read last is refused for the load; the files after it were not read.
        const problem = tooManyRowsProblem(rows, counted);
        const unread = files.slice(i + 1).map((f): ParsedFile => ({
          name: f.name,
          bytes: f.size,
          format: 'refused',
          problems: [],
        }));
        parsed[parsed.length - 1] = refusedWith(file, problem);
        return assembleDataset([...parsed, ...unread]);
      }
    }
    yield (i + 1) / files.length;
  }
  return assembleDataset(parsed, { allowance: rows, counted });
}

/** The file being read when {@link loadSteps} reports `fraction` (the last once all are read). */
export function fileAt<T>(files: readonly T[], fraction: number): T | undefined {
  return files[Math.min(files.length - 1, Math.floor(fraction * files.length))];
}
