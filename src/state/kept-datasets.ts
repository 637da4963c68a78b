import type { CategoryMapping } from '../data/apply-mapping';
import type { Dataset, LoadFacts, LoadProblem } from '../data/types';
import type { FilterState, MatchMode } from '../query/selection';
import type { KeyValueStore } from './kept-store';

/** The key of the index record: which datasets are kept, where, and which one is on screen. */
export const keptIndexKey = 'kept-index';

/** Filters as stored: plain arrays, since a Map does not survive every storage path. */
export interface StoredFilters {
  values: Array<[string, string[]]>;
  themeMatch: MatchMode;
}

/** What the Datasets panel lists of a kept dataset, without reading the dataset itself. */
export interface KeptEntry {
  id: string;
  /** The key of the record holding the current version (see {@link KeptDatasets.keep}). */
  key: string;
  title: string;
  files: string[];
  cases: number;
  periods: string[];
  synthetic: boolean;
  /** ISO time of the last version written. */
  savedAt: string;
  filters: StoredFilters;
}

/** The index record. */
export interface KeptIndex {
  entries: KeptEntry[];
  /** The kept dataset that was on screen last, shown again on start. */
  onScreen?: string;
}

/** One version of a kept dataset. */
export interface KeptRecord {
  id: string;
  dataset: Dataset;
  problems: LoadProblem[];
  facts: LoadFacts;
  mapping: CategoryMapping;
}

/** What to keep: the dataset on screen with its load report, mapping and filters. */
export type KeepRequest = Omit<KeptRecord, 'id'> & {
  /** The id of a kept dataset to write a new version of; a new one when absent. */
  id?: string;
  files: string[];
  filters: StoredFilters;
};

/** A kept dataset read back: its entry and record, or why it could not be used. */
export type KeptLoad =
  { ok: true; entry: KeptEntry; record: KeptRecord } | { ok: false; message: string };

/** Filters in their stored form. */
export function storedFilters(filters: FilterState): StoredFilters {
  return {
    values: [...filters.values].map(([d, chosen]) => [d, [...chosen]]),
    themeMatch: filters.themeMatch,
  };
}

/** Stored filters back as the store's filter state. */
export function filtersFromStored(stored: StoredFilters): FilterState {
  return { values: new Map(stored.values), themeMatch: stored.themeMatch };
}

function freshId(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Datasets kept on this device. Every write of a dataset goes to a new record first; only then
 * does the index point at it and the old record go, so a failed or partial write leaves the
 * previous version whole. Records the index does not point to are never read. Operations run one
 * after another so index updates cannot overwrite each other.
 */
export class KeptDatasets {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private run<T>(operation: () => Promise<T>): Promise<T> {
    const next = this.queue.then(operation, operation);
    // The caller gets `next` and its error; the queue itself only waits for it to settle.
    this.queue = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }

  private async readIndex(): Promise<KeptIndex> {
    if (!(await this.store.exists())) return { entries: [] };
    return (await this.store.get<KeptIndex>(keptIndexKey)) ?? { entries: [] };
  }

  /** What is kept. Reading creates nothing on the device. */
  list(): Promise<KeptIndex> {
    return this.run(() => this.readIndex());
  }

  /** Keeps a dataset (a new version of `request.id` when given) and marks it as on screen. */
  keep(request: KeepRequest): Promise<KeptEntry> {
    return this.run(async () => {
      const id = request.id ?? freshId();
      const key = `dataset:${id}:${this.now().getTime().toString(36)}-${freshId().slice(0, 8)}`;
      const { dataset, problems, facts, mapping } = request;
      const record: KeptRecord = { id, dataset, problems, facts, mapping };
      await this.store.set(key, record);
      const index = await this.readIndex();
      const previous = index.entries.find((e) => e.id === id);
      const entry: KeptEntry = {
        id,
        key,
        title: dataset.meta.title,
        files: request.files,
        cases: dataset.cases.length,
        periods: dataset.meta.periods,
        synthetic: dataset.meta.synthetic === true,
        savedAt: this.now().toISOString(),
        filters: request.filters,
      };
      const entries = previous
        ? index.entries.map((e) => (e.id === id ? entry : e))
        : [...index.entries, entry];
      await this.store.set(keptIndexKey, { entries, onScreen: id } satisfies KeptIndex);
      if (previous) await this.store.del(previous.key);
      return entry;
    });
  }

  /** Reads a kept dataset's current version, checked against the schema. */
  load(id: string): Promise<KeptLoad> {
    return this.run(async () => {
      const entry = (await this.readIndex()).entries.find((e) => e.id === id);
      if (!entry) return { ok: false, message: 'This dataset is no longer kept on this device.' };
      const record = await this.store.get<KeptRecord>(entry.key);
      // The schema library comes with the check, not with the page (most starts keep nothing).
      const { datasetSchema } = await import('../data/schema');
      const checked = datasetSchema.safeParse(record?.dataset);
      if (!record || !checked.success) {
        return {
          ok: false,
          message: `The kept copy of "${entry.title}" could not be read${checked.error ? `: ${checked.error.issues[0]?.message ?? ''}` : ''}. Forget it and load the files again.`,
        };
      }
      return { ok: true, entry, record: { ...record, dataset: checked.data } };
    });
  }

  /** Saves the filters of a kept dataset (the index only: the dataset is not rewritten). */
  setFilters(id: string, filters: StoredFilters): Promise<void> {
    return this.updateIndex((index) => ({
      ...index,
      entries: index.entries.map((e) => (e.id === id ? { ...e, filters } : e)),
    }));
  }

  /** Records which kept dataset is on screen (none for data that is not kept). */
  setOnScreen(id: string | undefined): Promise<void> {
    return this.updateIndex((index) => ({ entries: index.entries, onScreen: id }));
  }

  private updateIndex(change: (index: KeptIndex) => KeptIndex): Promise<void> {
    return this.run(async () => {
      // Nothing kept, nothing to update: an update must never create storage by itself.
      if (!(await this.store.exists())) return;
      const index = await this.readIndex();
      const next = change(index);
      if (JSON.stringify(next) !== JSON.stringify(index)) await this.store.set(keptIndexKey, next);
    });
  }

  /** Forgets one dataset; when none is left, deletes the storage itself. */
  forget(id: string): Promise<void> {
    return this.run(async () => {
      const index = await this.readIndex();
      const entries = index.entries.filter((e) => e.id !== id);
      if (entries.length === 0) return this.clearAll();
      await this.store.set(keptIndexKey, {
        entries,
        onScreen: index.onScreen === id ? undefined : index.onScreen,
      } satisfies KeptIndex);
      // Delete the forgotten record and any left by an interrupted write.
      const live = new Set([keptIndexKey, ...entries.map((e) => e.key)]);
      for (const key of await this.store.keys()) if (!live.has(key)) await this.store.del(key);
    });
  }

  /** Forgets everything kept, leaving no storage behind. */
  forgetAll(): Promise<void> {
    return this.run(() => this.clearAll());
  }

  private async clearAll(): Promise<void> {
    if (!(await this.store.exists())) return;
    // Delete every record first, so nothing is left even if the database cannot be deleted now.
    for (const key of await this.store.keys()) await this.store.del(key);
    await this.store.drop();
  }
}
