import type { FileBytes } from './load-steps';
import { sha256OfRead } from './sha256';
import type { LoadResult } from './types';

/**
 * Starts hashing each file's bytes where the load runs (the worker, for all but small JSON), so
 * the page's thread neither copies nor hashes them. Web Crypto copies the bytes when called.
 */
export function hashFiles(files: readonly FileBytes[]): Promise<Array<string | undefined>> {
  return Promise.all(files.map((f) => (f.bytes ? sha256OfRead(f.bytes) : undefined)));
}

/**
 * The result with each file's SHA-256 in its facts (the facts list the files in the order read):
 * the evidence pack names the files by the bytes loaded, without reading them again.
 */
export function withHashes(
  result: LoadResult,
  files: readonly FileBytes[],
  digests: ReadonlyArray<string | undefined>,
): LoadResult {
  const facts = result.facts.files.map((fact, i) => {
    const sha256 = files[i]?.name === fact.name ? digests[i] : undefined;
    return sha256 === undefined ? fact : { ...fact, sha256 };
  });
  return { ...result, facts: { ...result.facts, files: facts } };
}
