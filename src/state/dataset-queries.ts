import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { CategoryMapping } from '../data/apply-mapping';
import type { FileLike, LoadOptions } from '../data/load-files';
import { readPreparedLoad } from '../data/prepared-load';
import { nextTask, runStepsAsync } from '../data/run-steps';
import { sha256Hex } from '../data/sha256';
import type { Dataset, LoadResult } from '../data/types';
import { datasetIndexSteps, type DatasetIndex } from '../query/dataset-index';
import { useExplorerStore, type DatasetSource } from './explorer-store';
import { readServedFile } from './served-files';
import { bundledDatasetUrl, bundledPreparedUrl } from './served-urls';

const bundledName = 'vkpp-2019-11.json';

/**
 * The loader (decoding, papaparse, the schema library and the normalisers), fetched when a file
 * is first read rather than with the page: the first screen paints without it, and the bundled
 * dataset's fetch runs while it arrives (DESIGN.md "Budgets": initial JavaScript).
 */
async function loadFilesLazily(
  files: readonly FileLike[],
  options?: LoadOptions,
): Promise<LoadResult> {
  const { loadFiles } = await import('../data/load-files');
  return loadFiles(files, options);
}

/** A loaded dataset with its columnar index. */
export interface LoadedDataset {
  result: Extract<LoadResult, { ok: true }>;
  dataset: Dataset;
  index: DatasetIndex;
  /** Categories the user mapped by hand after a merge (kept with the dataset). */
  mapping?: CategoryMapping;
}

function sourceKey(source: DatasetSource): readonly unknown[] {
  return source.kind === 'bundled' ? ['dataset', 'bundled'] : ['dataset', 'files', source.loadId];
}

/**
 * Indexes an accepted load in several short tasks, so a large dataset does not block the page
 * (a small one is indexed in one); a refusal is thrown as its first error.
 */
async function indexed(result: LoadResult): Promise<LoadedDataset> {
  if (!result.ok) {
    const first = result.problems.find((p) => p.severity === 'error');
    throw new Error(first ? `${first.file}: ${first.message}` : 'The dataset could not be loaded.');
  }
  const index = await runStepsAsync(datasetIndexSteps(result.dataset));
  // Without a `shouldStop` the steps always run to the end; this only narrows the type.
  if (index === 'cancelled') throw new Error('Indexing was cancelled.');
  return { result, dataset: result.dataset, index };
}

/**
 * Reads and loads the bundled dataset. Its load prepared ahead (src/data/prepared-load.ts) is
 * used when it names the SHA-256 of the dataset file served now, so the first screen waits for
 * neither the loader's code nor its work; otherwise (no prepared file, as in the one-file copy, or
 * a dataset file replaced where the app is served) the file goes through the same pipeline as a
 * user's.
 */
export async function fetchBundledDataset(read = readServedFile): Promise<LoadedDataset> {
  const [buffer, prepared] = await Promise.all([
    read(bundledDatasetUrl).catch((error: Error) => {
      throw new Error(`The bundled dataset could not be read: ${error.message}`);
    }),
    // Without it the file is loaded in full: slower, never wrong.
    read(bundledPreparedUrl).catch(() => undefined),
  ]);
  const ready = prepared && readPreparedLoad(prepared, bundledName, await sha256Hex(buffer));
  if (ready) return indexed(ready);
  const file: FileLike = {
    name: bundledName,
    size: buffer.byteLength,
    arrayBuffer: () => Promise.resolve(buffer),
  };
  return indexed(await loadFilesLazily([file]));
}

/** The bundled dataset's load started before the app first rendered, until a query takes it. */
let startedEarly: Promise<LoadedDataset> | null = null;

/**
 * Starts loading the bundled dataset as the page starts, before React renders, so the first
 * screen waits for it no longer than it must. The
 * first query for the bundled dataset takes this load; later ones fetch afresh.
 */
export function startBundledDataset(): void {
  if (startedEarly) return;
  startedEarly = fetchBundledDataset();
  // A failure is the query's to report when it takes this load; until then it is not unhandled.
  startedEarly.catch(() => undefined);
}

/** The load started early, once; then a fresh one. */
function bundledDataset(): Promise<LoadedDataset> {
  const started = startedEarly;
  startedEarly = null;
  return started ?? fetchBundledDataset();
}

/** The dataset on screen, loading the bundled one when it is the source. */
export function useActiveDataset() {
  const source = useExplorerStore((s) => s.source);
  return useQuery({
    queryKey: sourceKey(source),
    queryFn: bundledDataset,
    // A user's files cannot be fetched again: their data is put in the cache when loaded.
    enabled: source.kind === 'bundled',
    staleTime: Infinity,
    gcTime: source.kind === 'bundled' ? 5 * 60_000 : Infinity,
  });
}

/** The last load's result (accepted or refused), for the load report. */
export function useLastLoad(): LoadResult | undefined {
  return useQuery<LoadResult | undefined>({
    queryKey: ['last-load'],
    queryFn: () => null as never,
    enabled: false,
  }).data;
}

function rememberLoad(client: QueryClient, result: LoadResult): void {
  client.setQueryData(['last-load'], result);
}

/** The smallest change of the fraction loaded that is shown: the bar moves in 5% steps. */
const PROGRESS_STEP = 0.05;

/** Loading the user's files: progress, cancel, and the dataset switch on success only. */
export function useLoadFiles() {
  const client = useQueryClient();
  const setSource = useExplorerStore((s) => s.setSource);
  const controller = useRef<AbortController | null>(null);
  const [progress, setProgress] = useState<{ fraction: number; file: string } | null>(null);
  const mutation = useMutation({
    mutationFn: async (files: readonly FileLike[]) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setProgress({ fraction: 0, file: files[0]?.name ?? '' });
      // The worker reports every 1% of a file; the page shows at most one update a frame.
      let shown = 0;
      let frame = 0;
      try {
        return await loadFilesLazily(files, {
          signal: abort.signal,
          onProgress: (fraction, file) => {
            if (fraction - shown < PROGRESS_STEP && fraction < 1) return;
            shown = fraction;
            cancelAnimationFrame(frame);
            frame = requestAnimationFrame(() => setProgress({ fraction, file }));
          },
        });
      } finally {
        cancelAnimationFrame(frame);
        setProgress(null);
      }
    },
    // Indexing (in steps) and switching the dataset run in tasks of their own, so the page stays
    // responsive between them; the mutation stays pending until the switch is made.
    onSuccess: async (result, files) => {
      rememberLoad(client, result);
      if (!result.ok) return;
      await nextTask();
      const loaded = await indexed(result);
      await nextTask();
      const loadId = `${Date.now().toString(36)}-${files.map((f) => f.name).join('+')}`;
      // Free the previous user load: only one user dataset is kept in memory at a time.
      client.removeQueries({ queryKey: ['dataset', 'files'] });
      client.setQueryData(['dataset', 'files', loadId], loaded);
      setSource({ kind: 'files', loadId, names: files.map((f) => f.name) });
    },
  });
  const cancel = () => controller.current?.abort();
  return {
    load: mutation.mutate,
    cancel,
    progress,
    isLoading: mutation.isPending,
    error: mutation.error,
  };
}

/** Switches back to the bundled dataset. */
export function useUseBundled() {
  const client = useQueryClient();
  const setSource = useExplorerStore((s) => s.setSource);
  return () => {
    client.removeQueries({ queryKey: ['last-load'] });
    setSource({ kind: 'bundled' });
  };
}
