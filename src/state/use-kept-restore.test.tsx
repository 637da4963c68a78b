import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../data/types';
import { useActiveDataset } from './dataset-queries';
import { useExplorerStore } from './explorer-store';
import { KeptDatasets, keptIndexKey, type KeptIndex } from './kept-datasets';
import { memoryKeptStore } from './kept-store';
import { KeptDatasetsContext } from './use-kept-datasets';
import { useKeptRestore } from './use-kept-restore';

const dataset: Dataset = {
  meta: { title: 'Kept quarters', source: 'test', periods: ['2019-Q2'], notes: '' },
  codebook: {
    outcomes: [{ id: 'death', label: 'Death', subcategories: [] }],
    contactRoutes: [],
    themes: [],
    barriers: [],
    fields: [],
    derived: false,
  },
  cases: [{ id: 'a', title: 'A', outcome: 'death', themes: [], attributes: [], inferred: [] }],
  learning: [],
  published: [],
  screening: [],
};

function Shell() {
  const ready = useKeptRestore();
  const active = useActiveDataset();
  if (!ready) return <p>Looking</p>;
  return <p>{active.data?.dataset.meta.title ?? 'bundled'}</p>;
}

function renderShell(kept: KeptDatasets) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <KeptDatasetsContext.Provider value={kept}>
        <Shell />
      </KeptDatasetsContext.Provider>
    </QueryClientProvider>,
  );
}

const keepRequest = {
  dataset,
  problems: [],
  facts: { files: [], codebookDerived: false },
  mapping: [],
  files: ['q2.csv'],
  filters: {
    values: [['outcome', ['death']]] as Array<[string, string[]]>,
    themeMatch: 'any' as const,
  },
};

const initial = useExplorerStore.getState();
beforeEach(() => useExplorerStore.setState(initial, true));

describe('useKeptRestore', () => {
  it('shows the kept dataset that was on screen, with its filters, and follows later changes', async () => {
    const store = memoryKeptStore();
    const kept = new KeptDatasets(store);
    const entry = await kept.keep(keepRequest);
    renderShell(kept);
    expect(await screen.findByText('Kept quarters')).toBeInTheDocument();
    expect(useExplorerStore.getState().filters.values.get('outcome')).toEqual(['death']);

    act(() => useExplorerStore.getState().setFilter('outcome', []));
    await waitFor(async () => expect((await kept.list()).entries[0]?.filters.values).toEqual([]));
    act(() => useExplorerStore.getState().setSource({ kind: 'bundled' }));
    await waitFor(() =>
      expect((store.map.get(keptIndexKey) as KeptIndex).onScreen).toBeUndefined(),
    );
    expect((await kept.list()).entries.map((e) => e.id)).toEqual([entry.id]);
  });

  it('prefers filters named by the link over the kept ones', async () => {
    const kept = new KeptDatasets(memoryKeptStore());
    await kept.keep(keepRequest);
    useExplorerStore.getState().setFilter('outcome', ['nope']);
    renderShell(kept);
    expect(await screen.findByText('Kept quarters')).toBeInTheDocument();
    // The link's value is unknown to the kept dataset, so it is dropped rather than applied.
    expect(useExplorerStore.getState().filters.values.size).toBe(0);
  });

  it('shows the bundled data when nothing is kept, creating no storage', async () => {
    const store = memoryKeptStore();
    renderShell(new KeptDatasets(store));
    expect(await screen.findByText('bundled')).toBeInTheDocument();
    expect(useExplorerStore.getState().source.kind).toBe('bundled');
    expect(await store.exists()).toBe(false);
  });
});
