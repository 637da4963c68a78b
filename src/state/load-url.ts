import { useState } from 'react';
import type { FileLike } from '../data/load-files';
import { useLoadFiles } from './dataset-queries';
import { readServedFile } from './served-files';

export { syntheticDemoUrl } from './served-urls';

/** Reads a file served with the app as a file to load (same origin; nothing leaves the page). */
export async function fetchAsFile(url: string, read = readServedFile): Promise<FileLike> {
  const buffer = await read(url);
  const name = url.split('/').pop() ?? url;
  return { name, size: buffer.byteLength, arrayBuffer: () => Promise.resolve(buffer) };
}

/** Loads a file served with the app through the same pipeline as the user's own files. */
export function useLoadUrl() {
  const { load, isLoading, error } = useLoadFiles();
  const [fetching, setFetching] = useState(false);
  const [fetchError, setFetchError] = useState<Error | null>(null);
  const loadUrl = (url: string) => {
    setFetchError(null);
    setFetching(true);
    fetchAsFile(url)
      .then((file) => load([file]), setFetchError)
      .finally(() => setFetching(false));
  };
  return { loadUrl, isLoading: fetching || isLoading, error: fetchError ?? error };
}
