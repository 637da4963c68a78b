import { useEffect, useRef, useState, type ReactNode } from 'react';

/** Props of {@link TableFrame}. */
export interface TableFrameProps {
  /** What the table is, naming the frame when it scrolls ("Published figures check"). */
  label: string;
  children: ReactNode;
}

/**
 * The frame a wide table scrolls in sideways (on a phone), so the page itself never does; the
 * table's first column stays in view (CSS). Only while its table is wider than it does the frame
 * become a named, focusable region, so keyboard users can scroll it (WCAG 2.1.1) and the other
 * frames add no stop to the tab order.
 */
export function TableFrame({ label, children }: TableFrameProps) {
  const frame = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = frame.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={frame}
      className="table-frame"
      role={scrolls ? 'region' : undefined}
      aria-label={scrolls ? `${label} (scrolls sideways)` : undefined}
      // A frame that scrolls takes focus so that arrow keys scroll it.
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </div>
  );
}
