import { assembleDataset, type ParsedFile } from './assemble';
import { parseCsvInWorker } from './csv-worker-client';
import { decodeBytes, fileSizeCheck } from './decode';
import type { LoadProblem, LoadResult } from './types';

/** What the loader needs of a file: the browser's `File` fits, and so does a test double. */
export interface FileLike {
  name: string;
  size: number;
  arrayBuffer: () => Promise<ArrayBuffer>;
}

/** Progress and cancellation for a load. */
export interface LoadOptions {
  /** Fraction done, 0 to 1, across all files. */
  onProgress?: (fraction: number, file: string) => void;
  signal?: AbortSignal;
  /** How long one file's parse may take before it is reported as stuck. */
  timeoutMs?: number;
}

function looksLikeJson(name: string, bytes: Uint8Array): boolean {
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

function problem(file: string, code: string, message: string, hint: string): LoadProblem {
  return { code, severity: 'error', file, message, hint };
}

async function parseOne(
  file: FileLike,
  options: LoadOptions,
  share: (f: number) => void,
): Promise<ParsedFile> {
  const sizeProblem = fileSizeCheck(file.name, file.size);
  if (sizeProblem?.severity === 'error')
    return { name: file.name, bytes: file.size, format: 'refused', problems: [sizeProblem] };
  const warnings = sizeProblem ? [sizeProblem] : [];
  const buffer = await file.arrayBuffer();
  const bytes = new Uint8Array(buffer);
  if (bytes.length === 0) {
    return {
      name: file.name,
      bytes: 0,
      format: 'refused',
      problems: [
        problem(
          file.name,
          'empty-file',
          `${file.name} is empty.`,
          'Choose a file with a header row and at least one case.',
        ),
      ],
    };
  }
  if (looksLikeJson(file.name, bytes)) {
    const decoded = decodeBytes(bytes);
    share(1);
    if (decoded.binary) {
      return {
        name: file.name,
        bytes: file.size,
        format: 'refused',
        problems: [
          problem(
            file.name,
            'not-text',
            `${file.name} is not a text file.`,
            'Load a CSV, TSV or JSON file exported as text.',
          ),
        ],
      };
    }
    return {
      name: file.name,
      bytes: file.size,
      format: 'json',
      text: decoded.text,
      encoding: decoded.encoding,
      problems: warnings,
    };
  }
  const parsed = await parseCsvInWorker(buffer.slice(0), file.name, {
    onProgress: share,
    signal: options.signal,
    timeoutMs: options.timeoutMs,
  });
  if (parsed.binary) {
    return {
      name: file.name,
      bytes: file.size,
      format: 'refused',
      problems: [
        problem(
          file.name,
          'not-text',
          `${file.name} is not a text file (it looks like binary data).`,
          'Load a CSV, TSV or JSON file; a spreadsheet must be saved as CSV first.',
        ),
      ],
    };
  }
  return {
    name: file.name,
    bytes: file.size,
    format: 'csv',
    table: parsed.table,
    encoding: parsed.encoding,
    delimiter: parsed.delimiter,
    problems: [...warnings, ...parsed.table.problems],
  };
}

/**
 * Loads files into a dataset: size check before reading, decode, parse (CSV in a worker), then
 * normalise and validate. Resolves to a refusal with problems rather than throwing on bad input;
 * rejects only with an AbortError when cancelled.
 */
export async function loadFiles(
  files: readonly FileLike[],
  options: LoadOptions = {},
): Promise<LoadResult> {
  const parsed: ParsedFile[] = [];
  for (const [i, file] of files.entries()) {
    options.signal?.throwIfAborted();
    const share = (fraction: number) =>
      options.onProgress?.((i + Math.min(1, fraction)) / files.length, file.name);
    try {
      parsed.push(await parseOne(file, options, share));
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      // A worker crash or a timeout is the file's problem, reported like any other.
      parsed.push({
        name: file.name,
        bytes: file.size,
        format: 'refused',
        problems: [
          problem(
            file.name,
            'parse-failed',
            `${file.name} could not be read: ${(error as Error).message}`,
            'Check that the file is a CSV, TSV or JSON export; try a smaller file.',
          ),
        ],
      });
    }
  }
  options.onProgress?.(1, '');
  return assembleDataset(parsed);
}
