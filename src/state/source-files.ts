import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { FileLike } from '../data/load-files';
import { sha256Hex } from '../data/sha256';
import type { LoadedDataset } from './dataset-queries';
import { readServedFile } from './served-files';
import { bundledDatasetUrl } from './served-urls';
import { useExplorerStore } from './explorer-store';

/** A source file of the dataset on screen, named by its SHA-256 when the bytes are at hand. */
export interface SourceFile {
  name: string;
  bytes: number;
  /** Null when the file's bytes are no longer available to hash. */
  sha256: string | null;
}

function isFileList(value: unknown): value is readonly FileLike[] {
  return (
    Array.isArray(value) &&
    value.every((f) => typeof (f as FileLike | undefined)?.arrayBuffer === 'function')
  );
}

/** The files the user chose for the load that gave `loaded`, found in the mutation cache. */
function filesOfLoad(client: QueryClient, loaded: LoadedDataset): readonly FileLike[] | undefined {
  const load = client
    .getMutationCache()
    .getAll()
    .find((m) => m.state.data === loaded.result);
  const variables: unknown = load?.state.variables;
  return isFileList(variables) ? variables : undefined;
}

/** A file with its SHA-256, read from its bytes. */
export async function hashFile(file: FileLike): Promise<SourceFile> {
  return { name: file.name, bytes: file.size, sha256: await sha256Hex(await file.arrayBuffer()) };
}

/**
 * Returns a function giving the source files of the dataset on screen with their SHA-256: the
 * bundled file is read again (from the browser cache, or the page in the one-file copy); a user's files are read again from the
 * `File` objects of their load. Files whose bytes are gone are listed without a hash.
 */
export function useSourceFiles(loaded: LoadedDataset): () => Promise<SourceFile[]> {
  const client = useQueryClient();
  const bundled = useExplorerStore((s) => s.source.kind === 'bundled');
  return useCallback(async () => {
    const facts = loaded.result.facts.files;
    const files = bundled ? undefined : filesOfLoad(client, loaded);
    if (files) return Promise.all(files.map(hashFile));
    if (bundled) {
      // A bundled file that cannot be read again is listed without a hash, which the pack says.
      const bytes = await readServedFile(bundledDatasetUrl).catch(() => null);
      if (bytes)
        return [
          { name: facts[0]?.name ?? '', bytes: bytes.byteLength, sha256: await sha256Hex(bytes) },
        ];
    }
    return facts.map((f) => ({ name: f.name, bytes: f.bytes, sha256: null }));
  }, [client, loaded, bundled]);
}
