import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** What {@link usePopover} gives: whether it is open, the refs to attach, and how to close it. */
export interface Popover {
  open: boolean;
  setOpen: (open: boolean | ((open: boolean) => boolean)) => void;
  /** Closes it, and puts focus back on the button that opens it unless told not to. */
  close: (refocus?: boolean) => void;
  /** The element holding the opener and the popover: what counts as "inside". */
  root: RefObject<HTMLDivElement | null>;
  /** The button that opens it, where focus returns. */
  opener: RefObject<HTMLButtonElement | null>;
}

/**
 * A popover's open state and how it closes: Escape (focus back on its button), a press outside
 * it, or focus moving to something outside it (Tab past its end), as a disclosure menu does.
 */
export function usePopover(): Popover {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = root.current;
    if (!open || !element) return;
    const onPointer = (event: PointerEvent) => {
      if (!element.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      setOpen(false);
      opener.current?.focus();
    };
    // Focus arriving anywhere else in the page (Tab past its end, or round from the address bar)
    // closes it; focus that goes nowhere (a click on the page's background, the file chooser)
    // does not.
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof Node && !element.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    element.addEventListener('keydown', onKey);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      element.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [open]);
  const close = useCallback((refocus = true) => {
    setOpen(false);
    if (refocus) opener.current?.focus();
  }, []);
  return { open, setOpen, close, root, opener };
}
