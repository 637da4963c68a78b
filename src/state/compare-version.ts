import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { loadFiles, type FileLike } from '../data/load-files';
import type { LoadResult } from '../data/types';
import { sourceFilesOf, type SourceFile } from './source-files';

/** A second version of the coded file, loaded to compare with the dataset on screen. */
export interface CompareVersion {
  result: LoadResult;
  files: SourceFile[];
}

const compareKey = ['compare-version'] as const;

/**
 * The version loaded for comparison, kept in the query cache so it survives switching views, and
 * the way to load or forget one. Loading never touches the dataset on screen.
 */
export function useCompareVersion() {
  const client = useQueryClient();
  const version = useQuery<CompareVersion | null>({
    queryKey: compareKey,
    queryFn: () => null,
    enabled: false,
    staleTime: Infinity,
    gcTime: Infinity,
  }).data;
  const mutation = useMutation({
    mutationFn: async (files: readonly FileLike[]): Promise<CompareVersion> => {
      const result = await loadFiles(files);
      return { result, files: sourceFilesOf(result.facts) };
    },
    onSuccess: (loaded) => client.setQueryData(compareKey, loaded),
  });
  return {
    version: version ?? null,
    load: mutation.mutate,
    isLoading: mutation.isPending,
    error: mutation.error,
    clear: () => client.setQueryData(compareKey, null),
  };
}
