import { renderHook } from '@testing-library/react';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useExplorerStore } from './explorer-store';
import { usePresenterSafeStore } from './presenter-safe-store';
import { useSmallBaseSettings } from './small-base-settings';
import { useLinkFor, useUrlSync } from './use-url-sync';

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
});
afterEach(() => {
  window.history.replaceState(null, '', '/');
  // The hook is still mounted here (Testing Library unmounts after this): an update, so in act().
  act(() => {
    usePresenterSafeStore.setState(usePresenterSafeStore.getInitialState(), true);
    useSmallBaseSettings.setState(useSmallBaseSettings.getInitialState(), true);
  });
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

  it('restores view options from the link, drops a bad one with a notice, and pushes each change', () => {
    window.history.replaceState(null, '', '/?view=themes&themes=co-occurrence&measure=cosine');
    const before = window.history.length;
    renderHook(() => useUrlSync());
    expect(useExplorerStore.getState().options).toEqual({ themes: 'co-occurrence' });
    expect(useExplorerStore.getState().urlNotice).toEqual(['measure=cosine']);
    expect(window.location.search).toBe('?view=themes&themes=co-occurrence');
    act(() => useExplorerStore.getState().setViewOption('measure', 'jaccard'));
    expect(window.location.search).toBe('?view=themes&themes=co-occurrence&measure=jaccard');
    expect(window.history.length).toBe(before + 1);
    act(() => useExplorerStore.getState().setViewOption('measure', 'cosine'));
    expect(window.location.search).toBe('?view=themes&themes=co-occurrence&measure=jaccard');
    act(() => useExplorerStore.getState().setViewOption('themes', 'heatmap'));
    expect(window.location.search).toBe('?view=themes&measure=jaccard');
  });

  it('opens a link with small=n at that threshold, keeps it within range, and follows a change in place', () => {
    window.history.replaceState(null, '', '/?view=trends&small=50');
    const before = window.history.length;
    renderHook(() => useUrlSync());
    expect(useSmallBaseSettings.getState().smallBase).toBe(50);
    expect(window.location.search).toBe('?view=trends&small=50');
    act(() => useSmallBaseSettings.getState().setSmallBase(12));
    expect(window.location.search).toBe('?view=trends&small=12');
    // Back to the default: the link says nothing, as any link opened without it.
    act(() => useSmallBaseSettings.getState().setSmallBase(30));
    expect(window.location.search).toBe('?view=trends');
    expect(window.history.length).toBe(before);
  });

  it('opens small=2 at the least threshold, 5, and says so in the link', () => {
    window.history.replaceState(null, '', '/?small=2');
    renderHook(() => useUrlSync());
    expect(useSmallBaseSettings.getState().smallBase).toBe(5);
    expect(window.location.search).toBe('?small=5');
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
    expect(window.location.search).toBe('?view=case&safe=5');
    act(() => useExplorerStore.getState().setDrill({ kind: 'row', caseId: 'kent-child-a' }));
    expect(window.location.search).toBe('?view=case&safe=5');
    act(() => usePresenterSafeStore.getState().setThreshold(10));
    expect(window.location.search).toBe('?view=case&safe=10');
    act(() => usePresenterSafeStore.getState().setEnabled(false));
    expect(window.location.search).toBe(
      '?view=case&case=dudley-young-person-p&drill=row%3Akent-child-a',
    );
    expect(window.history.length).toBe(before);
  });

  it('opens a link with safe=k presenter-safe, with k, and without the case it names', () => {
    window.history.replaceState(null, '', '/?view=case&case=kent-child-h&safe=7');
    renderHook(() => useUrlSync());
    expect(usePresenterSafeStore.getState()).toMatchObject({ enabled: true, threshold: 7 });
    expect(useExplorerStore.getState().caseId).toBe('kent-child-h');
    expect(window.location.search).toBe('?view=case&safe=7');
  });

  it.each([
    ['safe=1', 5],
    ['safe=', 5],
    ['safe=on', 5],
    ['safe=500', 100],
  ])('reads %s as on with k = %i', (param, k) => {
    window.history.replaceState(null, '', `/?view=check&${param}`);
    renderHook(() => useUrlSync());
    expect(usePresenterSafeStore.getState()).toMatchObject({ enabled: true, threshold: k });
    expect(window.location.search).toBe(`?view=check&safe=${k}`);
  });

  it('keeps the stricter k when the tab is already presenter-safe (a reload)', () => {
    act(() => {
      usePresenterSafeStore.getState().setThreshold(8);
      usePresenterSafeStore.getState().setEnabled(true);
    });
    window.history.replaceState(null, '', '/?view=check&safe=6');
    renderHook(() => useUrlSync());
    expect(usePresenterSafeStore.getState().threshold).toBe(8);
    expect(window.location.search).toBe('?view=check&safe=8');
  });

  it('adds safe=k to an opening link without it when this tab is presenter-safe', () => {
    act(() => usePresenterSafeStore.getState().setEnabled(true));
    window.history.replaceState(null, '', '/?view=check');
    renderHook(() => useUrlSync());
    expect(window.location.search).toBe('?view=check&safe=5');
  });

  it('Back to a screen from before presenter-safe rewrites its entry, keeping Forward', () => {
    window.history.replaceState(null, '', '/?view=themes');
    renderHook(() => useUrlSync());
    act(() => usePresenterSafeStore.getState().setEnabled(true));
    act(() => useExplorerStore.getState().setView('check'));
    expect(window.location.search).toBe('?view=check&safe=5');
    const length = window.history.length;
    // What Back does: the URL of the earlier entry, then popstate.
    window.history.replaceState(null, '', '/?view=themes');
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    expect(useExplorerStore.getState().view).toBe('themes');
    expect(usePresenterSafeStore.getState().enabled).toBe(true);
    expect(window.location.search).toBe('?view=themes&safe=5');
    expect(window.history.length).toBe(length);
  });
});

describe('useLinkFor', () => {
  const filters = { values: new Map([['outcome', ['death']]]), themeMatch: 'any' as const };

  it('makes links as the address bar does, and again when presenter-safe changes', () => {
    const { result } = renderHook(() => useLinkFor());
    expect(result.current({ view: 'case', filters, caseId: 'kent-child-h' })).toBe(
      'view=case&f.outcome=death&case=kent-child-h',
    );
    act(() => usePresenterSafeStore.setState({ enabled: true, threshold: 6 }));
    const link = result.current({ view: 'case', filters, caseId: 'kent-child-h' });
    expect(link).not.toContain('kent');
    expect(link).toContain('safe=6');
    expect(result.current({ view: 'themes', filters })).toBe('view=themes&f.outcome=death&safe=6');
  });

  it('carries a small-base threshold other than the default', () => {
    const { result } = renderHook(() => useLinkFor());
    expect(result.current({ view: 'trends', filters })).toBe('view=trends&f.outcome=death');
    act(() => useSmallBaseSettings.getState().setSmallBase(40));
    expect(result.current({ view: 'trends', filters })).toBe(
      'view=trends&f.outcome=death&small=40',
    );
  });
});
