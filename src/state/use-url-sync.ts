import { useEffect, useMemo } from 'react';
import { defaultSmallBase } from '../query/model/model-words';
import { defaultPresenterSafeThreshold } from '../query/presenter-safe';
import { useExplorerStore } from './explorer-store';
import { thresholdRange, usePresenterSafeStore } from './presenter-safe-store';
import { useSmallBaseSettings } from './small-base-settings';
import { readUrlState, writeUrlState, type UrlState } from './url-state';

/** What a link carries besides the screen: presenter-safe and the small-base threshold. */
interface LinkSettings {
  safe: { enabled: boolean; threshold: number };
  smallBase: number;
}

/**
 * The link for the screen. Under presenter-safe it leaves out the case shown and the drill-down
 * open: both carry case ids, which are made from case titles, and a projected address bar would
 * show what the screen masks. It adds `safe=k` instead: a link copied from a safe screen (into a
 * deck, a new tab, a colleague's email) must open safe too, or it would show the names the
 * presenter was hiding; k is no secret, and whoever opens it can turn the switch off. A
 * small-base threshold other than the default is `small=n`, so a colleague opening the link sees
 * the same shares flagged as small.
 */
function linkUnder(state: UrlState, { safe, smallBase }: LinkSettings): string {
  const small = smallBase === defaultSmallBase ? undefined : smallBase;
  if (!safe.enabled) return writeUrlState({ ...state, small });
  return writeUrlState({
    ...state,
    caseId: undefined,
    drill: undefined,
    small,
    safe: safe.threshold,
  });
}

function linkFor(state: UrlState): string {
  return linkUnder(state, {
    safe: usePresenterSafeStore.getState(),
    smallBase: useSmallBaseSettings.getState().smallBase,
  });
}

/**
 * Makes the links drawn on the page (navigation, links to a case) as the address bar's are made,
 * again whenever presenter-safe or the small-base threshold changes: a link's address shows when
 * it is hovered or opened in a new tab, so under presenter-safe it must not carry a case id
 * either, and must open safe.
 */
export function useLinkFor(): (state: UrlState) => string {
  const enabled = usePresenterSafeStore((s) => s.enabled);
  const threshold = usePresenterSafeStore((s) => s.threshold);
  const smallBase = useSmallBaseSettings((s) => s.smallBase);
  return useMemo(
    () => (state: UrlState) => linkUnder(state, { safe: { enabled, threshold }, smallBase }),
    [enabled, threshold, smallBase],
  );
}

/**
 * Turns presenter-safe on as an opening link's `safe=k` asks. A k that is not valid (e.g.
 * `safe=1` meant as "yes") gives the default; on already in this tab (a reload), the stricter k.
 */
function openSafe(k: number): void {
  const safe = usePresenterSafeStore.getState();
  const linked = k >= thresholdRange.min ? k : defaultPresenterSafeThreshold;
  safe.setThreshold(safe.enabled ? Math.max(safe.threshold, linked) : linked);
  safe.setEnabled(true);
}

/**
 * Keeps the URL and the store in step: the URL is read once on start, every change of view or
 * filters pushes a history entry, and Back / Forward restore the screen they recorded. Turning
 * presenter-safe on or off, changing its k, or changing the small-base threshold, rewrites the
 * link in place (see {@link linkFor}); `safe` and `small` are read on start only, so Back /
 * Forward never turn the switch on or off or change the threshold.
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
    if (fromUrl.safe !== undefined) openSafe(fromUrl.safe);
    // Kept within its range: `small=2` opens at 5, and the link is rewritten to say so.
    if (fromUrl.small !== undefined) useSmallBaseSettings.getState().setSmallBase(fromUrl.small);
    useExplorerStore.getState().restore(fromUrl, fromUrl.dropped, fromUrl.droppedMore);
    // The opening link is rewritten in place without what was dropped, so it is not kept in history.
    const canonical = linkFor(fromUrl);
    if (canonical !== current()) window.history.replaceState(null, '', urlFor(canonical));
    // While Back / Forward restores a screen, a link that differs (presenter-safe adds or leaves
    // out parameters) replaces its entry: pushing would cut off the entries ahead.
    let stepping = false;
    const onPopState = () => {
      const state = readUrlState(window.location.search);
      stepping = true;
      useExplorerStore.getState().restore(state, state.dropped, state.droppedMore);
      stepping = false;
    };
    window.addEventListener('popstate', onPopState);
    const unsubscribe = useExplorerStore.subscribe((state, previous) => {
      const search = linkFor(state);
      if (search === current()) return;
      // A change that brings a new notice corrects the link (e.g. stale filters dropped once the
      // dataset is known): it replaces the entry, so Back does not return to the stale link.
      const correction = state.urlNotice !== previous.urlNotice && state.urlNotice.length > 0;
      if (correction || stepping) window.history.replaceState(null, '', urlFor(search));
      else window.history.pushState(null, '', urlFor(search));
    });
    const rewriteInPlace = () => {
      const search = linkFor(useExplorerStore.getState());
      if (search !== current()) window.history.replaceState(null, '', urlFor(search));
    };
    const unsubscribeSafe = usePresenterSafeStore.subscribe((safe, previous) => {
      if (safe.enabled !== previous.enabled || safe.threshold !== previous.threshold)
        rewriteInPlace();
    });
    // Typing a threshold changes it on each valid keystroke: the link follows in place, so Back
    // does not step through 5 on the way to 50.
    const unsubscribeSmall = useSmallBaseSettings.subscribe((small, previous) => {
      if (small.smallBase !== previous.smallBase) rewriteInPlace();
    });
    return () => {
      window.removeEventListener('popstate', onPopState);
      unsubscribe();
      unsubscribeSafe();
      unsubscribeSmall();
    };
  }, []);
}
