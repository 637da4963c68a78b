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
    expect(result.current.caseLabel(0, 'Kent: Child H', 11)).toBe('Kent: Child H');
    expect(result.current.summary('A summary')).toBe('A summary');
  });

  it('masks counts, percentages, case names and summaries while on', () => {
    const { result } = renderHook(() => usePresenterSafe());
    act(() => usePresenterSafeStore.getState().setEnabled(true));
    expect(result.current.count(2)).toBe('< 5');
    expect(result.current.count(0)).toBe('0');
    expect(result.current.count(6)).toBe('6');
    expect(result.current.percent(2, 18)).toBeNull();
    expect(result.current.caseLabel(0, 'Kent: Child H', 11)).toMatch(/^Case (\d|1[01])$/);
    expect(result.current.summary('A summary')).toBe('Summary hidden (presenter-safe)');
    act(() => usePresenterSafeStore.getState().setThreshold(3));
    expect(result.current.count(2)).toBe('< 3');
    expect(result.current.count(3)).toBe('3');
  });

  it('gives every case its own neutral label, the same on every call', () => {
    const { result } = renderHook(() => usePresenterSafe());
    act(() => usePresenterSafeStore.getState().setEnabled(true));
    const labels = Array.from({ length: 11 }, (_, i) => result.current.caseLabel(i, `T${i}`, 11));
    expect(new Set(labels).size).toBe(11);
    expect(result.current.caseLabel(4, 'T4', 11)).toBe(labels[4]);
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
