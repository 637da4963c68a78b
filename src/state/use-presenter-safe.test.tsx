import { act, renderHook } from '@testing-library/react';
import { usePresenterSafeStore } from './presenter-safe-store';
import { usePresenterSafe } from './use-presenter-safe';

beforeEach(() => usePresenterSafeStore.setState(usePresenterSafeStore.getInitialState(), true));

describe('usePresenterSafe', () => {
  it('shows everything as it is while off', () => {
    const { result } = renderHook(() => usePresenterSafe());
    expect(result.current.enabled).toBe(false);
    expect(result.current.count(2)).toBe('2');
    expect(result.current.percent(2, 18)).toBe(18);
    expect(result.current.caseLabels([0, 1])(0, 'Kent: Child H')).toBe('Kent: Child H');
    expect(result.current.summary('A summary')).toBe('A summary');
  });

  it('masks counts, percentages, case names and summaries while on', () => {
    const { result } = renderHook(() => usePresenterSafe());
    act(() => usePresenterSafeStore.getState().setEnabled(true));
    expect(result.current.count(2)).toBe('< 5');
    expect(result.current.count(0)).toBe('0');
    expect(result.current.count(6)).toBe('6');
    expect(result.current.percent(2, 18)).toBeNull();
    expect(result.current.caseLabels([0, 3, 7])(0, 'Kent: Child H')).toMatch(/^Case [123]$/);
    expect(result.current.summary('A summary')).toBe('Summary hidden (presenter-safe)');
    act(() => usePresenterSafeStore.getState().setThreshold(3));
    expect(result.current.count(2)).toBe('< 3');
    expect(result.current.count(3)).toBe('3');
  });

  it('gives every case of a list its own label 1 … n, the same on every call for that list', () => {
    const { result } = renderHook(() => usePresenterSafe());
    act(() => usePresenterSafeStore.getState().setEnabled(true));
    const list = [2, 4, 5, 8, 9, 10];
    const label = result.current.caseLabels(list);
    const labels = list.map((i) => label(i, `T${i}`));
    expect([...labels].sort()).toEqual([
      'Case 1',
      'Case 2',
      'Case 3',
      'Case 4',
      'Case 5',
      'Case 6',
    ]);
    expect(result.current.caseLabels([...list].reverse())(4, 'T4')).toBe(labels[1]);
    expect(label(0, 'T0')).toBe('a case');
  });

  it.each([
    [1, 3],
    [2, 3],
    [2.6, 3],
    [500, 100],
    [Number.NaN, 5],
  ])('keeps the threshold %d in range as %i', (k, expected) => {
    usePresenterSafeStore.getState().setThreshold(k);
    expect(usePresenterSafeStore.getState().threshold).toBe(expected);
  });
});
