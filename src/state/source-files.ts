import { useCallback } from 'react';
import type { LoadFacts } from '../data/types';
import type { LoadedDataset } from './dataset-queries';

/** A source file of the dataset on screen, named by the SHA-256 of the bytes loaded. */
export interface SourceFile {
  name: string;
  bytes: number;
  /** Null when the load recorded no hash (a dataset kept before loads were hashed). */
  sha256: string | null;
}

/**
 * The source files of a load with the SHA-256 the loader took of the bytes it read: the file is
 * never read again, so a file edited, moved or deleted since loading still gets the hash of what
 * was loaded.
 */
export function sourceFilesOf(facts: LoadFacts): SourceFile[] {
  return facts.files.map((f) => ({ name: f.name, bytes: f.bytes, sha256: f.sha256 ?? null }));
}

/** Returns a function giving the source files of the dataset on screen with their SHA-256. */
export function useSourceFiles(loaded: LoadedDataset): () => Promise<SourceFile[]> {
  return useCallback(() => Promise.resolve(sourceFilesOf(loaded.result.facts)), [loaded]);
}
