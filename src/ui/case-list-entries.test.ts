import { renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { usePresenterSafeStore } from '../state/presenter-safe-store';
import { usePresenterSafe } from '../state/use-presenter-safe';
import { safeCasesOf } from '../state/use-safe-cases';
import { loadedDatasetOf, readBundledDataset } from '../../tests/unit/bundled';
import { caseListEntries } from './case-list-entries';

const dataset = readBundledDataset();
const loaded = loadedDatasetOf(dataset);
const at = (id: string) => dataset.cases.findIndex((c) => c.id === id);
const deaths = dataset.cases.flatMap((c, i) => (c.outcome === 'death' ? [i] : []));

beforeEach(() => usePresenterSafeStore.setState(usePresenterSafeStore.getInitialState(), true));

function presenterSafe(enabled: boolean) {
  usePresenterSafeStore.setState({ enabled, seed: 5 });
  return renderHook(() => usePresenterSafe()).result.current;
}

describe('caseListEntries', () => {
  it('describes each case by its outcome, sub-category, contact and force while presenter-safe is off', () => {
    const [kent] = caseListEntries(loaded, [at('kent-child-h')], presenterSafe(false), undefined);
    expect(kent).toEqual({
      id: 'kent-child-h',
      title: 'Kent: Child H',
      detail: 'Death · Overt filicide · Crime by parent · Kent Police',
    });
  });

  it('shows, while presenter-safe is on, only values k cases of the list share, naming the rest hidden', () => {
    const safe = presenterSafe(true);
    const entries = caseListEntries(loaded, deaths, safe, safeCasesOf(loaded, 5));
    expect(entries).toHaveLength(6);
    for (const entry of entries) {
      expect(entry.title).toMatch(/^Case \d+$/);
      // Six deaths: "Death" is shared by all six; every other value by fewer than 5 of them.
      expect(entry.detail).toBe('Death');
      expect(entry.withheld).toBe('outcome sub-category, initial police contact and police force');
    }
  });

  it('gives no detail in a list of fewer than k cases (it is not listed)', () => {
    const entries = caseListEntries(
      loaded,
      [at('kent-child-h'), at('dorset-child-t')],
      presenterSafe(true),
      safeCasesOf(loaded, 5),
    );
    expect(entries.map((e) => [e.detail, e.withheld])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });
});
