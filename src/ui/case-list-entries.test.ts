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

describe('case labels across lists (presenter-safe)', () => {
  /** The cases of the bundled dataset holding one value of one field: a list behind a count. */
  const listOf = (field: 'outcome' | 'force' | 'region' | 'contactRoute' | 'publishedYear') => {
    const byValue = new Map<string, number[]>();
    dataset.cases.forEach((c, i) => {
      const value = String(c[field] ?? '');
      byValue.set(value, [...(byValue.get(value) ?? []), i]);
    });
    return [...byValue.values()];
  };
  const k = 5;
  // Every list of k or more cases a count can open (those of fewer are withheld).
  const lists = (['outcome', 'force', 'region', 'contactRoute', 'publishedYear'] as const)
    .flatMap(listOf)
    .filter((list) => list.length >= k);

  it('cannot be matched from one list to another to pick out a group smaller than k', () => {
    const safe = presenterSafe(true);
    const safeCases = safeCasesOf(loaded, k);
    let pairsUnderK = 0;
    for (const a of lists)
      for (const b of lists) {
        if (a === b) continue;
        const shared = a.filter((i) => b.includes(i));
        if (shared.length === 0 || shared.length >= k) continue;
        pairsUnderK += 1;
        // A reader who takes a label for the same case in both lists "intersects" them: the
        // cases of list A whose label list B shows too. With stable labels that is exactly the
        // shared cases, a group under k (in the bundled briefing: the deaths and the reviews
        // published in 2018 share 3).
        const labelsA = new Map(
          caseListEntries(loaded, a, safe, safeCases).map((e, n) => [a[n], e.title]),
        );
        const labelsB = new Set(caseListEntries(loaded, b, safe, safeCases).map((e) => e.title));
        const matched = a.filter((i) => labelsB.has(labelsA.get(i) ?? ''));
        expect(matched.length).toBeGreaterThanOrEqual(k);
        expect([...matched].sort()).not.toEqual([...shared].sort());
      }
    expect(pairsUnderK).toBeGreaterThan(0);
  });

  it('numbers each list 1 … n, the same way each time the same list is shown', () => {
    const safe = presenterSafe(true);
    const titles = (list: number[]) =>
      caseListEntries(loaded, list, safe, safeCasesOf(loaded, k)).map((e) => e.title);
    for (const list of lists) {
      expect([...titles(list)].sort((x, y) => x.localeCompare(y, 'en', { numeric: true }))).toEqual(
        list.map((_, n) => `Case ${n + 1}`),
      );
      expect(titles([...list].reverse()).reverse()).toEqual(titles(list));
    }
  });
});
