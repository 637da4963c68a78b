import { useState } from 'react';
import type { FileLike } from '../data/load-files';
import { useLoadFiles } from './dataset-queries';

/** Where the synthetic multi-period demonstration dataset is served from, relative to the page. */
export const syntheticDemoUrl = 'data/synthetic-trends.json';

/** Fetches a file served with the app as a file to load (same origin; nothing leaves the page). */
export async function fetchAsFile(url: string, fetcher: typeof fetch = fetch): Promise<FileLike> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`${url} could not be fetched (HTTP ${response.status}).`);
  const buffer = await response.arrayBuffer();
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
