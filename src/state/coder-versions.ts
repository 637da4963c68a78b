import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { loadFiles, type FileLike } from '../data/load-files';
import type { Dataset, LoadProblem } from '../data/types';

/** One coder's coded version of the cases, as loaded for measuring agreement. */
export interface Coder {
  id: string;
  /** What the agreement table and the CSV call the coder (a file name, a dataset's title). */
  name: string;
  dataset: Dataset;
  /** Where it came from, in words: "file coder-a.csv", "the data on screen", "kept on this device". */
  from: string;
}

/** The coders chosen, and whether the Check view should open at their agreement. */
export interface CoderVersions {
  coders: Coder[];
  /** Set by "Compare coders" in the Datasets panel: the Check view opens at Coder agreement. */
  openAgreement: boolean;
}

/** A file (or set of files) that could not be loaded as a coder, with its problems. */
export interface RefusedCoder {
  name: string;
  problems: LoadProblem[];
}

const codersKey = ['coder-versions'] as const;
const none: CoderVersions = { coders: [], openAgreement: false };

function freshId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A file's name without its extension: how a coder loaded from it is named. */
export function coderNameOf(fileName: string): string {
  return fileName.replace(/\.(csv|tsv|txt|json)$/i, '');
}

/** The coders as the cache holds them (none before any is added). */
export function readCoders(client: QueryClient): CoderVersions {
  return client.getQueryData<CoderVersions>(codersKey) ?? none;
}

/** Replaces the coders, e.g. with those chosen in the Datasets panel. */
export function setCoders(client: QueryClient, coders: Coder[], openAgreement = false): void {
  client.setQueryData<CoderVersions>(codersKey, { coders, openAgreement });
}

function addCoders(client: QueryClient, added: readonly Coder[]): void {
  const { coders } = readCoders(client);
  client.setQueryData<CoderVersions>(codersKey, {
    coders: [...coders, ...added],
    openAgreement: false,
  });
}

/**
 * The coders whose agreement the Check view measures: kept in the query cache, so they survive
 * switching views (like the version to compare) and never touch the dataset on screen. Files
 * load one coder per file, or all together as one coder's set (cases with their learning file).
 */
export function useCoderVersions() {
  const client = useQueryClient();
  const data =
    useQuery<CoderVersions>({
      queryKey: codersKey,
      queryFn: () => none,
      enabled: false,
      staleTime: Infinity,
      gcTime: Infinity,
    }).data ?? none;
  const load = useMutation({
    mutationFn: async ({
      files,
      onePerFile,
    }: {
      files: readonly FileLike[];
      onePerFile: boolean;
    }): Promise<RefusedCoder[]> => {
      const sets = onePerFile ? files.map((f) => [f]) : [files];
      const results = await Promise.all(sets.map((set) => loadFiles(set)));
      const refused: RefusedCoder[] = [];
      const added: Coder[] = [];
      results.forEach((result, i) => {
        const set = sets[i] ?? [];
        const names = set.map((f) => f.name);
        const name = coderNameOf(names[0] ?? `Coder ${i + 1}`);
        if (!result.ok) refused.push({ name: names.join(', '), problems: result.problems });
        else
          added.push({
            id: freshId(),
            name,
            dataset: result.dataset,
            from: `${names.length === 1 ? 'file' : 'files'} ${names.join(', ')}`,
          });
      });
      addCoders(client, added);
      return refused;
    },
  });
  return {
    coders: data.coders,
    openAgreement: data.openAgreement,
    /** Loads files as coders; resolves with the files that were refused. */
    loadFiles: (files: readonly FileLike[], onePerFile: boolean) =>
      load.mutate({ files, onePerFile }),
    refused: load.data ?? [],
    isLoading: load.isPending,
    error: load.error,
    /** Adds a dataset already loaded (the data on screen) as a coder. */
    addDataset: (name: string, dataset: Dataset, from: string) =>
      addCoders(client, [{ id: freshId(), name, dataset, from }]),
    remove: (id: string) =>
      setCoders(
        client,
        data.coders.filter((c) => c.id !== id),
      ),
    clear: () => {
      load.reset();
      setCoders(client, []);
    },
    /** The Check view has opened at the agreement: later visits open where they used to. */
    agreementOpened: () => {
      if (readCoders(client).openAgreement) setCoders(client, readCoders(client).coders);
    },
  };
}
