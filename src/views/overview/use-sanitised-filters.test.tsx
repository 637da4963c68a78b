import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../data/types';
import { buildDatasetIndex } from '../../query/dataset-index';
import { useExplorerStore } from '../../state/explorer-store';
import { useSanitisedFilters } from './use-sanitised-filters';

const dataset: Dataset = {
  meta: { title: 't', source: 's', periods: [], notes: '' },
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

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
});

describe('useSanitisedFilters', () => {
  it('drops values and dimensions the dataset does not know, naming them in the notice', () => {
    useExplorerStore.getState().restore(
      {
        view: 'themes',
        filters: {
          values: new Map([
            ['outcome', ['death', 'bogus']],
            ['colour', ['red']],
          ]),
          themeMatch: 'all',
        },
        caseId: 'a',
      },
      ['utm_source'],
    );
    renderHook(() => useSanitisedFilters(buildDatasetIndex(dataset)));
    const state = useExplorerStore.getState();
    expect([...state.filters.values]).toEqual([['outcome', ['death']]]);
    expect(state.filters.themeMatch).toBe('all');
    expect(state.view).toBe('themes');
    expect(state.caseId).toBe('a');
    expect(state.urlNotice).toEqual(['utm_source', 'f.outcome=bogus', 'f.colour']);
  });

  it('leaves valid filters alone and waits for the dataset', () => {
    useExplorerStore.getState().setFilter('outcome', ['bogus']);
    const { rerender } = renderHook(({ index }) => useSanitisedFilters(index), {
      initialProps: { index: undefined as ReturnType<typeof buildDatasetIndex> | undefined },
    });
    expect(useExplorerStore.getState().filters.values.get('outcome')).toEqual(['bogus']);
    rerender({ index: buildDatasetIndex(dataset) });
    expect(useExplorerStore.getState().filters.values.size).toBe(0);
    act(() => useExplorerStore.getState().setFilter('outcome', ['death']));
    expect(useExplorerStore.getState().urlNotice).toEqual(['f.outcome=bogus']);
    expect(useExplorerStore.getState().filters.values.get('outcome')).toEqual(['death']);
  });
});
