import { act, renderHook, waitFor } from '@testing-library/react';
import { generateDataset } from '../../scripts/synthetic/generate';
import { loadedDatasetOf, readBundledDataset } from '../../tests/unit/bundled';
import { caseShows, discloseCases } from '../query/case-disclosure';
import { usePresenterSafeStore } from './presenter-safe-store';
import { SAFE_CASES_AT_ONCE, useSafeCases } from './use-safe-cases';

afterEach(() => {
  act(() => usePresenterSafeStore.setState(usePresenterSafeStore.getInitialState(), true));
});

describe('useSafeCases', () => {
  it('is undefined while presenter-safe is off, and decided on the spot for a small dataset', () => {
    const loaded = loadedDatasetOf(readBundledDataset());
    const { result } = renderHook(() => useSafeCases(loaded));
    expect(result.current).toBeUndefined();
    act(() => usePresenterSafeStore.setState({ enabled: true, threshold: 5 }));
    expect(result.current?.pending).toBeUndefined();
    expect(result.current?.disclosure.cases).toHaveLength(11);
  });

  it('shows no case’s attributes while a large dataset’s disclosure is worked out in steps, then the decision', async () => {
    const loaded = loadedDatasetOf(
      generateDataset({ cases: SAFE_CASES_AT_ONCE + 500, seed: 3, summaryChars: 0 }),
    );
    const { result } = renderHook(() => useSafeCases(loaded));
    act(() => usePresenterSafeStore.setState({ enabled: true, threshold: 5 }));
    const standIn = result.current;
    expect(standIn?.pending).toBe(true);
    expect(standIn?.attributes.length).toBeGreaterThan(3);
    const shows = caseShows(standIn?.disclosure ?? discloseCases([], 0, 5));
    for (const i of [0, 1000, SAFE_CASES_AT_ONCE]) expect(shows(i).size).toBe(0);
    await waitFor(() => expect(result.current?.pending).toBeUndefined(), { timeout: 15_000 });
    const decided = result.current;
    const once = discloseCases(decided?.attributes ?? [], loaded.dataset.cases.length, 5);
    expect(decided?.disclosure.masks).toEqual(once.masks);
    // Most cases show something once decided.
    const shown = caseShows(decided?.disclosure ?? once);
    expect(shown(0).size).toBeGreaterThan(0);
  });
});
