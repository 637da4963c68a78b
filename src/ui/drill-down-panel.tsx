import { useEffect, useId, useRef, type ReactNode } from 'react';
import './drill-down-panel.css';

/** Props of {@link DrillDownPanel}. */
export interface DrillDownPanelProps {
  /** Heading and accessible name: names the case and / or the theme. */
  title: string;
  /** What kind of drill-down this is, shown above the title (e.g. "Case and theme"). */
  eyebrow: string;
  /** Move focus into the panel when it opens (on a user's action, not on a page load). */
  focusOnOpen: boolean;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The drill-down panel: a named region beside the chart holding the learning behind a cell, a
 * case or a theme. Focus moves to its heading when opened; Escape closes it (the opener then
 * returns focus to where it came from).
 */
export function DrillDownPanel({
  title,
  eyebrow,
  focusOnOpen,
  onClose,
  children,
}: DrillDownPanelProps) {
  const headingId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnOpen) headingRef.current?.focus();
  }, [focusOnOpen, title]);
  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onClose();
    };
    panel.addEventListener('keydown', onKey);
    return () => panel.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <section ref={panelRef} className="drill-panel" aria-labelledby={headingId}>
      <div className="drill-panel-head">
        <div>
          <p className="drill-eyebrow">{eyebrow}</p>
          <h2 id={headingId} ref={headingRef} tabIndex={-1}>
            {title}
          </h2>
        </div>
        <button type="button" onClick={onClose} aria-label="Close the drill-down">
          Close
        </button>
      </div>
      <div className="drill-panel-body">{children}</div>
    </section>
  );
}
