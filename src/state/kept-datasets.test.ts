import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/types';
import {
  KeptDatasets,
  filtersFromStored,
  keptIndexKey,
  storedFilters,
  type KeepRequest,
  type KeptIndex,
} from './kept-datasets';
import { memoryKeptStore } from './kept-store';

function dataset(title: string, cases: number): Dataset {
  return {
    meta: { title, source: 'test', periods: ['2019-Q2', '2019-Q3'], notes: '' },
    codebook: {
      outcomes: [],
      contactRoutes: [],
      themes: [],
      barriers: [],
      fields: [],
      derived: true,
    },
    cases: Array.from({ length: cases }, (_, i) => ({
      id: `c${i}`,
      title: `Case ${i}`,
      themes: [],
      attributes: [],
      inferred: [],
    })),
    learning: [],
    published: [],
    screening: [],
  };
}

function request(title: string, cases: number, id?: string): KeepRequest {
  return {
    ...(id ? { id } : {}),
    dataset: dataset(title, cases),
    problems: [],
    facts: { files: [], codebookDerived: true },
    mapping: [{ list: 'theme', label: 'Info sharing', to: 'info' }],
    files: ['q2.csv', 'q3.csv'],
    filters: { values: [['outcome', ['death']]], themeMatch: 'any' },
  };
}

describe('KeptDatasets', () => {
  it('reads nothing and creates nothing when nothing was kept', async () => {
    const store = memoryKeptStore();
    const kept = new KeptDatasets(store);
    expect(await kept.list()).toEqual({ entries: [] });
    await kept.setOnScreen(undefined);
    await kept.setFilters('x', { values: [], themeMatch: 'any' });
    expect(await store.exists()).toBe(false);
    expect(store.map.size).toBe(0);
  });

  it('keeps a dataset with its filters and mapping, and reads it back', async () => {
    const kept = new KeptDatasets(memoryKeptStore(), () => new Date('2024-05-01T10:00:00Z'));
    const entry = await kept.keep(request('Two quarters', 8));
    expect(entry).toMatchObject({
      title: 'Two quarters',
      files: ['q2.csv', 'q3.csv'],
      cases: 8,
      periods: ['2019-Q2', '2019-Q3'],
      savedAt: '2024-05-01T10:00:00.000Z',
    });
    expect((await kept.list()).onScreen).toBe(entry.id);
    const loaded = await kept.load(entry.id);
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.record.dataset.cases).toHaveLength(8);
    expect(loaded.record.mapping).toEqual([{ list: 'theme', label: 'Info sharing', to: 'info' }]);
    expect(filtersFromStored(loaded.entry.filters).values.get('outcome')).toEqual(['death']);
  });

  it('writes a new version under a new key, then switches, then deletes the old one', async () => {
    const store = memoryKeptStore();
    const kept = new KeptDatasets(store);
    const first = await kept.keep(request('v1', 3));
    const second = await kept.keep(request('v2', 5, first.id));
    expect(second.id).toBe(first.id);
    expect(second.key).not.toBe(first.key);
    expect([...store.map.keys()].sort()).toEqual([second.key, keptIndexKey].sort());
    const loaded = await kept.load(first.id);
    expect(loaded.ok && loaded.record.dataset.meta.title).toBe('v2');
  });

  it('keeps the previous version whole when writing the new one fails', async () => {
    const store = memoryKeptStore();
    const kept = new KeptDatasets(store);
    const first = await kept.keep(request('v1', 3));
    const set = store.set;
    store.set = (key, value) =>
      key.startsWith('dataset:')
        ? Promise.reject(new Error('QuotaExceededError'))
        : set(key, value);
    await expect(kept.keep(request('v2', 5, first.id))).rejects.toThrow('QuotaExceededError');
    const loaded = await kept.load(first.id);
    expect(loaded.ok && loaded.record.dataset.meta.title).toBe('v1');
  });

  it('ignores a record the index does not point to (the switch failed) and sweeps it on forget', async () => {
    const store = memoryKeptStore();
    const kept = new KeptDatasets(store);
    const first = await kept.keep(request('v1', 3));
    const other = await kept.keep(request('other', 2));
    const set = store.set;
    store.set = (key, value) =>
      key === keptIndexKey ? Promise.reject(new Error('write failed')) : set(key, value);
    await expect(kept.keep(request('v2', 5, first.id))).rejects.toThrow('write failed');
    store.set = set;
    const loaded = await kept.load(first.id);
    expect(loaded.ok && loaded.record.dataset.meta.title).toBe('v1');
    expect(store.map.size).toBe(4);
    await kept.forget(first.id);
    expect([...store.map.keys()].sort()).toEqual([other.key, keptIndexKey].sort());
    expect((await kept.list()).entries.map((e) => e.title)).toEqual(['other']);
  });

  it('saves filters and the dataset on screen in the index', async () => {
    const store = memoryKeptStore();
    const kept = new KeptDatasets(store);
    const entry = await kept.keep(request('v1', 3));
    const filters = storedFilters({
      values: new Map([['period', ['2019-Q3']]]),
      themeMatch: 'all',
    });
    await kept.setFilters(entry.id, filters);
    await kept.setOnScreen(undefined);
    const index = store.map.get(keptIndexKey) as KeptIndex;
    expect(index.entries[0]?.filters).toEqual({
      values: [['period', ['2019-Q3']]],
      themeMatch: 'all',
    });
    expect(index.onScreen).toBeUndefined();
  });

  it('reports a kept copy that no longer matches the schema instead of loading it', async () => {
    const store = memoryKeptStore();
    const kept = new KeptDatasets(store);
    const entry = await kept.keep(request('v1', 3));
    store.map.set(entry.key, { id: entry.id, dataset: { meta: {} } });
    const loaded = await kept.load(entry.id);
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.message).toMatch(/could not be read/);
  });

  it('forgetting the last dataset, or all, leaves no storage behind', async () => {
    const store = memoryKeptStore();
    const kept = new KeptDatasets(store);
    const one = await kept.keep(request('one', 1));
    await kept.forget(one.id);
    expect(await store.exists()).toBe(false);
    await kept.keep(request('two', 2));
    await kept.keep(request('three', 3));
    await kept.forgetAll();
    expect(await store.exists()).toBe(false);
    expect(store.map.size).toBe(0);
    expect(await kept.list()).toEqual({ entries: [] });
  });
});
