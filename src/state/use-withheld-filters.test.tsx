import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useExplorerStore } from './explorer-store';
import { usePresenterSafeStore } from './presenter-safe-store';
import { useWithheldFilters } from './use-withheld-filters';
import { loadedDatasetOf, readBundledDataset } from '../../tests/unit/bundled';
import { childNames, withChildNames } from '../../tests/unit/case-combinations';

const dataset = readBundledDataset();
const named = loadedDatasetOf(withChildNames(dataset));
const [firstName] = childNames(dataset);

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  usePresenterSafeStore.setState(usePresenterSafeStore.getInitialState(), true);
  useExplorerStore.getState().setFilter('attr:Child name', [firstName ?? '']);
  useExplorerStore.getState().setFilter('outcome', ['death']);
});

describe('useWithheldFilters', () => {
  it('leaves every filter alone while presenter-safe is off', () => {
    renderHook(() => useWithheldFilters(named));
    expect([...useExplorerStore.getState().filters.values.keys()]).toEqual([
      'attr:Child name',
      'outcome',
    ]);
  });

  it('drops a filter on a withheld column when presenter-safe is on, noting the column', () => {
    usePresenterSafeStore.getState().setEnabled(true);
    renderHook(() => useWithheldFilters(named));
    expect([...useExplorerStore.getState().filters.values]).toEqual([['outcome', ['death']]]);
    expect(usePresenterSafeStore.getState().droppedFilters).toEqual(['Child name']);
    // Turning presenter-safe off forgets the note.
    act(() => usePresenterSafeStore.getState().setEnabled(false));
    expect(usePresenterSafeStore.getState().droppedFilters).toEqual([]);
  });
});
