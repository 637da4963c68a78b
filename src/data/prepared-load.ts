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

/**
 * The prepared file: the load, whose facts name the one file it is the load of and that file's
 * SHA-256.
 */
export interface PreparedLoad {
  format: typeof preparedLoadFormat;
  result: AcceptedLoad;
}

/** The prepared file for an accepted load of one hashed file; undefined for any other load. */
export function preparedLoad(result: LoadResult): PreparedLoad | undefined {
  if (!result.ok || result.facts.files.length !== 1 || !result.facts.files[0]?.sha256)
    return undefined;
  return { format: preparedLoadFormat, result };
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
