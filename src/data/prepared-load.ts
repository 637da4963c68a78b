/**
 * The bundled briefing's load, prepared ahead: what `loadFiles` returns for the served dataset
 * file, written to a file beside it (`npm run prepare:bundled`). The first screen reads it instead
 * of fetching the loader (decoding, the schema library, papaparse and the normalisers), which is a
 * second round trip and over a third of the JavaScript before the first chart (DESIGN.md
 * "Budgets"). It is used only for the bytes it was prepared from: it names their SHA-256, and the
 * page hashes the served dataset file and compares. Anything else (a dataset file replaced where
 * the app is served, a prepared file from another version) goes through the loader as usual.
 *
 * This module imports no loader code: only types and the hash.
 */
import type { LoadResult } from './types';

/** Marks a prepared load and its layout; a file with another mark is not read. */
export const preparedLoadFormat = 'case-review-explorer/prepared-load@1';

/** An accepted load. */
export type AcceptedLoad = Extract<LoadResult, { ok: true }>;

/** The prepared file: the load, and the file it is the load of. */
export interface PreparedLoad {
  format: typeof preparedLoadFormat;
  /** The dataset file's name as loaded. */
  source: string;
  /** SHA-256 of the dataset file's bytes (64 hex digits). */
  sha256: string;
  result: AcceptedLoad;
}

/**
 * The prepared file for an accepted load of one file (the load's facts name the file and its
 * hash); undefined when the load was refused or does not name one hashed file.
 */
export function preparedLoad(result: LoadResult): PreparedLoad | undefined {
  if (!result.ok || result.facts.files.length !== 1) return undefined;
  const [file] = result.facts.files;
  if (!file?.sha256) return undefined;
  return { format: preparedLoadFormat, source: file.name, sha256: file.sha256, result };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The load a prepared file holds, when it is the load of the named file with that SHA-256;
 * otherwise undefined (the caller then loads the file itself). Never throws: bytes that are not
 * a prepared load are simply not used.
 */
export function readPreparedLoad(
  bytes: ArrayBuffer,
  source: string,
  sha256: string,
): AcceptedLoad | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || parsed.format !== preparedLoadFormat) return undefined;
  if (parsed.source !== source || parsed.sha256 !== sha256) return undefined;
  const result = parsed.result;
  if (!isRecord(result) || result.ok !== true) return undefined;
  if (!isRecord(result.dataset) || !Array.isArray(result.problems) || !isRecord(result.facts))
    return undefined;
  const files = result.facts.files;
  if (!Array.isArray(files) || files.length !== 1) return undefined;
  const [file] = files as unknown[];
  if (!isRecord(file) || file.name !== source || file.sha256 !== sha256) return undefined;
  return result as unknown as AcceptedLoad;
}
