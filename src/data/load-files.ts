import { loadInWorker } from './csv-worker-client';
import {
  checkBeforeReading,
  loadBudget,
  rowAllowance,
  type FileToRead,
  type LoadBase,
  type LoadBudget,
} from './load-budget';
import { fileAt, loadSteps, looksLikeJson, type FileBytes } from './load-steps';
import { hashFiles, withHashes } from './load-hashes';
import { runStepsAsync } from './run-steps';
import type { FileFacts, LoadProblem, LoadResult } from './types';

/** What the loader needs of a file: the browser's `File` fits, and so does a test double. */
export interface FileLike {
  name: string;
  size: number;
  arrayBuffer: () => Promise<ArrayBuffer>;
  /** A part of the file (a `Blob`'s slice), read to estimate its rows before the whole is read. */
  slice?: (start: number, end: number) => { arrayBuffer: () => Promise<ArrayBuffer> };
}

/** Progress and cancellation for a load. */
export interface LoadOptions {
  /** Fraction done, 0 to 1, across all files. */
  onProgress?: (fraction: number, file: string) => void;
  signal?: AbortSignal;
  /** How long one file's parse may take before it is reported as stuck. */
  timeoutMs?: number;
  /** The dataset the files are added to: its size and rows count against the load's budget. */
  base?: LoadBase;
  /** Memory the page has free, in bytes; by default what the browser reports, if it does. */
  memoryFree?: number;
}

/**
 * JSON documents up to this size (together) load on the page: the bundled briefing and kept
 * datasets are small, and starting a worker would cost them more than it saves. Anything larger,
 * and every delimited file, loads in the worker so the page stays responsive.
 */
export const INLINE_JSON_BYTES = 512 * 1024;

/** Bytes read from the start of a file to estimate its rows. */
const ROW_SAMPLE_BYTES = 64 * 1024;

/**
 * The rows a file holds, estimated from the line breaks in its first 64 KB (exact for a smaller
 * file), or undefined when the file cannot be sliced (a test double).
 */
async function estimateRows(file: FileLike): Promise<number | undefined> {
  if (file.size === 0) return undefined;
  // A file within the sample is read whole (its rows are then counted exactly).
  const part = file.size <= ROW_SAMPLE_BYTES ? file : file.slice?.(0, ROW_SAMPLE_BYTES);
  if (!part) return undefined;
  const sample = new Uint8Array(await part.arrayBuffer());
  const count = (byte: number) => {
    let found = 0;
    for (let at = sample.indexOf(byte); at !== -1; at = sample.indexOf(byte, at + 1)) found += 1;
    return found;
  };
  const breaks = count(0x0a) || count(0x0d);
  return Math.round(Math.max(1, breaks) * (file.size / Math.max(1, sample.length)));
}

/**
 * Memory the page can still use, when the browser says (Chromium's `performance.memory`; the
 * load worker has a heap of the same limit): the heap limit less what is used.
 */
function reportedMemoryFree(): number | undefined {
  const memory = (
    globalThis.performance as { memory?: { jsHeapSizeLimit: number; usedJSHeapSize: number } }
  ).memory;
  return memory ? memory.jsHeapSizeLimit - memory.usedJSHeapSize : undefined;
}

/**
 * Checks the load against its budget before reading anything (size in all, estimated memory);
 * then reads each file's bytes. A refused load reads no file: each is handed on without bytes,
 * the first carrying the problem.
 */
async function readFiles(
  files: readonly FileLike[],
  budget: LoadBudget,
  signal?: AbortSignal,
): Promise<FileBytes[]> {
  const toRead: FileToRead[] = [];
  for (const file of files) {
    signal?.throwIfAborted();
    const estimatedRows = await estimateRows(file);
    toRead.push({
      name: file.name,
      size: file.size,
      ...(estimatedRows !== undefined ? { estimatedRows } : {}),
    });
  }
  const problems = checkBeforeReading(toRead, budget);
  const refused = problems.some((p) => p.severity === 'error');
  const read: FileBytes[] = [];
  for (const [i, file] of files.entries()) {
    signal?.throwIfAborted();
    const own = i === 0 ? problems : [];
    if (refused) {
      read.push({ name: file.name, size: file.size, problems: own });
      continue;
    }
    // A copy: the bytes go to the worker, and a caller may hand the same buffer out again.
    const bytes = new Uint8Array((await file.arrayBuffer()).slice(0));
    read.push({ name: file.name, size: file.size, bytes, problems: own });
  }
  return read;
}

/** A load refused because the worker failed or stalled, naming the file it was reading. */
function failedLoad(files: readonly FileBytes[], failing: string, error: Error): LoadResult {
  const problems: LoadProblem[] = [
    {
      code: 'parse-failed',
      severity: 'error',
      file: failing,
      message: `${failing} could not be read: ${error.message}`,
      hint: 'Check that the file is a CSV, TSV or JSON export; try a smaller file.',
    },
  ];
  const facts: FileFacts[] = files.map((f) => ({
    name: f.name,
    bytes: f.size,
    kind: 'unknown',
    rowsRead: 0,
    rowsLoaded: 0,
    rowsRejected: 0,
  }));
  return { ok: false, problems, facts: { files: facts, codebookDerived: false } };
}

/**
 * Loads files into a dataset: size check before reading, then decode, parse, normalise and
 * validate — in the load worker, off the page's thread, except for small JSON documents.
 * Resolves to a refusal with problems rather than throwing on bad input or a failed worker;
 * rejects only with an AbortError when cancelled.
 */
export async function loadFiles(
  files: readonly FileLike[],
  options: LoadOptions = {},
): Promise<LoadResult> {
  const budget = loadBudget(options.base, options.memoryFree ?? reportedMemoryFree());
  const read = await readFiles(files, budget, options.signal);
  const rows = rowAllowance(budget);
  let current = read[0]?.name ?? '';
  const onProgress = (fraction: number) => {
    current = fileAt(read, fraction)?.name ?? current;
    options.onProgress?.(Math.min(1, fraction), current);
  };
  const smallJson =
    read.every((f) => !f.bytes || looksLikeJson(f.name, f.bytes)) &&
    read.reduce((sum, f) => sum + (f.bytes?.length ?? 0), 0) <= INLINE_JSON_BYTES;
  let result: LoadResult;
  if (smallJson) {
    const digests = hashFiles(read);
    const inline = await runStepsAsync(loadSteps(read, rows), {
      onProgress,
      shouldStop: () => options.signal?.aborted === true,
    });
    if (inline === 'cancelled') throw new DOMException('Loading was cancelled.', 'AbortError');
    result = withHashes(inline, read, await digests);
  } else {
    try {
      result = await loadInWorker(read, {
        rows,
        onProgress,
        signal: options.signal,
        timeoutMs: options.timeoutMs,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      // A worker crash or a timeout is reported like any other problem with the file.
      result = failedLoad(read, current, error as Error);
    }
  }
  options.onProgress?.(1, '');
  return result;
}
