import { useEffect } from 'react';
import { useExplorerStore, type ExplorerState } from './explorer-store';
import { usePresenterSafeStore } from './presenter-safe-store';
import { readUrlState, writeUrlState } from './url-state';

/**
 * The link for the screen. Under presenter-safe it leaves out the case shown and the drill-down
 * open: both carry case ids, which are made from case titles, and a projected address bar would
 * show what the screen masks.
 */
function linkFor(state: ExplorerState): string {
  if (!usePresenterSafeStore.getState().enabled) return writeUrlState(state);
  return writeUrlState({ ...state, caseId: undefined, drill: undefined });
}

/**
 * Keeps the URL and the store in step: the URL is read once on start, every change of view or
 * filters pushes a history entry, and Back / Forward restore the screen they recorded. Turning
 * presenter-safe on or off rewrites the link in place (see {@link linkFor}).
 *
 * Why no router library: the app has one page whose state is a view name and a few filter
 * lists. The zustand store stays the single source of truth, URLSearchParams does the encoding,
 * and the History API the stepping; a router (TanStack Router, nuqs) would add a second source
 * of state and tens of KB to the initial bundle for no capability this needs.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const urlFor = (search: string) =>
      `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
    const current = () => window.location.search.replace(/^\?/, '');
    const fromUrl = readUrlState(window.location.search);
    useExplorerStore.getState().restore(fromUrl, fromUrl.dropped);
    // The opening link is rewritten in place without what was dropped, so it is not kept in history.
    const canonical = writeUrlState(fromUrl);
    if (canonical !== current()) window.history.replaceState(null, '', urlFor(canonical));
    const onPopState = () => {
      const state = readUrlState(window.location.search);
      useExplorerStore.getState().restore(state, state.dropped);
    };
    window.addEventListener('popstate', onPopState);
    const unsubscribe = useExplorerStore.subscribe((state, previous) => {
      const search = linkFor(state);
      if (search === current()) return;
      // A change that brings a new notice corrects the link (e.g. stale filters dropped once the
      // dataset is known): it replaces the entry, so Back does not return to the stale link.
      const correction = state.urlNotice !== previous.urlNotice && state.urlNotice.length > 0;
      if (correction) window.history.replaceState(null, '', urlFor(search));
      else window.history.pushState(null, '', urlFor(search));
    });
    const unsubscribeSafe = usePresenterSafeStore.subscribe((safe, previous) => {
      if (safe.enabled === previous.enabled) return;
      const search = linkFor(useExplorerStore.getState());
      if (search !== current()) window.history.replaceState(null, '', urlFor(search));
    });
    return () => {
      window.removeEventListener('popstate', onPopState);
      unsubscribe();
      unsubscribeSafe();
    };
  }, []);
}
