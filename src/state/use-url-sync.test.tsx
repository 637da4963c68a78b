import { renderHook } from '@testing-library/react';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useExplorerStore } from './explorer-store';
import { usePresenterSafeStore } from './presenter-safe-store';
import { useUrlSync } from './use-url-sync';

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
});
afterEach(() => {
  window.history.replaceState(null, '', '/');
  usePresenterSafeStore.getState().setEnabled(false);
});

describe('useUrlSync', () => {
  it('reads the link, cleans what it dropped in place, and pushes each filter change', () => {
    window.history.replaceState(null, '', '/?utm_source=x&f.outcome=death');
    const before = window.history.length;
    renderHook(() => useUrlSync());
    expect(window.location.search).toBe('?f.outcome=death');
    expect(useExplorerStore.getState().urlNotice).toEqual(['utm_source']);
    expect(window.history.length).toBe(before);
    act(() => useExplorerStore.getState().toggleFilter('outcome', 'harm', true));
    expect(window.location.search).toBe('?f.outcome=death%7Eharm');
    expect(window.history.length).toBe(before + 1);
  });

  it('replaces rather than pushes a correction that comes with a notice', () => {
    window.history.replaceState(null, '', '/?f.outcome=bogus');
    const before = window.history.length;
    renderHook(() => useUrlSync());
    act(() => {
      const state = useExplorerStore.getState();
      state.restore({ view: 'overview', filters: { values: new Map(), themeMatch: 'any' } }, [
        'f.outcome=bogus',
      ]);
    });
    expect(window.location.search).toBe('');
    expect(window.history.length).toBe(before);
  });

  it('leaves case ids out of the link while presenter-safe is on, and puts them back after', () => {
    window.history.replaceState(null, '', '/?view=case&case=dudley-young-person-p');
    renderHook(() => useUrlSync());
    expect(window.location.search).toBe('?view=case&case=dudley-young-person-p');
    const before = window.history.length;
    act(() => usePresenterSafeStore.getState().setEnabled(true));
    expect(window.location.search).toBe('?view=case');
    act(() => useExplorerStore.getState().setDrill('row:kent-child-a'));
    expect(window.location.search).toBe('?view=case');
    act(() => usePresenterSafeStore.getState().setEnabled(false));
    expect(window.location.search).toBe(
      '?view=case&case=dudley-young-person-p&drill=row%3Akent-child-a',
    );
    expect(window.history.length).toBe(before);
  });
});
