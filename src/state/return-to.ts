import { useEffect } from 'react';
import { create } from 'zustand';
import { useExplorerStore } from './explorer-store';
import type { UrlState } from './url-state';

/** The screen a page opened from another view came from, for its back link. */
export interface ReturnTo {
  /** Null when the page was opened directly (a link, a reload): nothing to return to. */
  screen: UrlState | null;
}

/** Where the Case page's back link leads. */
export const useReturnTo = create<ReturnTo>(() => ({ screen: null }));

/**
 * Notes the screen (view, filters, drill-down, charts, view options) the user leaves for the Case page, by
 * following the explorer's store, so its back link says and restores where they came from.
 * Stepping from case to case keeps it; Back / Forward into a case records the view before it.
 * Call once, from the app shell, after the URL has been read (the opening link is not a visit).
 */
export function useReturnToTracking(): void {
  useEffect(
    () =>
      useExplorerStore.subscribe((state, previous) => {
        if (state.view !== 'case' || previous.view === 'case') return;
        const { view, filters, drill, charts, options } = previous;
        useReturnTo.setState({ screen: { view, filters, drill, charts, options } });
      }),
    [],
  );
}
