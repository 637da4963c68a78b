import { useEffect, useRef, type RefObject } from 'react';

/**
 * The focus of a non-modal panel drawn over the page (a case list, the Datasets panel): it takes
 * focus when it opens and Escape closes it. So does focus moving to something outside it (Tab
 * past its end), since the panel would otherwise hide the control that then has focus (WCAG
 * 2.4.11). Once it closes, focus goes back to the control that opened it, unless the user has put
 * it somewhere else.
 */
export function useNonModalFocus(panel: RefObject<HTMLElement | null>, onClose: () => void): void {
  // The latest onClose, so a re-render (a new onClose each time) does not move focus again.
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);
  useEffect(() => {
    const element = panel.current;
    // The opener may be a chart mark: an SVG element, not an HTML one.
    const active = document.activeElement;
    const opener = active instanceof HTMLElement || active instanceof SVGElement ? active : null;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      close.current();
    };
    // Focus arriving anywhere else in the page (Tab past its end, or round from the address bar)
    // closes it; a click on the page's background or a file chooser, which focus nothing, do not.
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof Node && !element?.contains(event.target)) close.current();
    };
    element?.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocusIn);
    element?.focus();
    return () => {
      element?.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onFocusIn);
      const now = document.activeElement;
      if (!now || now === document.body || element?.contains(now)) opener?.focus();
    };
  }, [panel]);
}
