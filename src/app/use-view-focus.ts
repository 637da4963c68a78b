import { useEffect, useRef } from 'react';
import type { ViewId } from '../state/url-state';

/**
 * After the view (or the case shown) changes, puts focus on the main content when the control
 * the user last focused went away with the old view (focus fell back to the page itself), so a
 * keyboard user carries on in the new view instead of from the top of the page. A change the user
 * did not make from a control (the link's view restored on load, Back) leaves focus alone.
 */
export function useViewFocus(view: ViewId, caseId: string | undefined): void {
  const lastFocused = useRef<Element | null>(null);
  useEffect(() => {
    const remember = (event: FocusEvent) => {
      lastFocused.current = event.target instanceof Element ? event.target : null;
    };
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, []);
  useEffect(() => {
    const used = lastFocused.current;
    const active = document.activeElement;
    if (!used || used.isConnected || (active && active !== document.body)) return;
    document.getElementById('main')?.focus();
  }, [view, caseId]);
}
