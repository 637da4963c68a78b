import { renderHook } from '@testing-library/react';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useExplorerStore } from './explorer-store';
import { useUrlSync } from './use-url-sync';

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
});
afterEach(() => {
  window.history.replaceState(null, '', '/');
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
});
