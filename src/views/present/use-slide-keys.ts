import { useEffect } from 'react';

/** What the slide keys do. */
export interface SlideKeyActions {
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  leave: () => void;
}

// Widgets that use arrow, Home and End keys themselves (the heatmap grid, lists, sliders...).
const arrowWidgets =
  'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="grid"], [role="treegrid"], [role="listbox"], [role="tree"], [role="slider"], [role="spinbutton"], [role="tablist"], [role="menu"], [role="menubar"], [role="radiogroup"], [role="combobox"]';
// Controls that Space activates.
const spaceControls =
  'button, a[href], summary, [role="button"], [role="link"], [role="checkbox"], [role="switch"], [role="option"]';

function within(target: EventTarget | null, selector: string): boolean {
  return target instanceof Element && target.closest(selector) !== null;
}

/** The slide action a key press asks for, or null when the key belongs to the control it is in. */
export function slideKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>,
): keyof SlideKeyActions | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const { key, target } = event;
  if (key === 'Escape') return within(target, '[role="dialog"]') ? null : 'leave';
  if (within(target, arrowWidgets)) return null;
  if (key === ' ' && within(target, spaceControls)) return null;
  if (key === ' ') return event.shiftKey ? 'previous' : 'next';
  if (key === 'ArrowRight' || key === 'PageDown') return 'next';
  if (key === 'ArrowLeft' || key === 'PageUp') return 'previous';
  if (key === 'Home') return 'first';
  if (key === 'End') return 'last';
  return null;
}

/**
 * Steps through the slides with Arrow Left / Right, Page Up / Down (what presentation clickers
 * send), Space, Home and End; Escape leaves. A key a control inside the live view has already
 * handled (default prevented) or needs (a text field, the heatmap grid) is left to it.
 */
export function useSlideKeys(actions: SlideKeyActions): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = slideKeyAction(event);
      if (!action) return;
      event.preventDefault();
      actions[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions]);
}
