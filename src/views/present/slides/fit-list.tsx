import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useBoxSize } from './use-box-size';

/** Props of {@link FitList}. */
export interface FitListProps {
  /** The items in order, each with a stable key. */
  items: ReadonlyArray<{ key: string; node: ReactNode }>;
  className?: string;
  /** Accessible name of the list. */
  label: string;
  /** What to say of the items that did not fit ("And 7 more: …"), given how many. */
  more: (count: number) => ReactNode;
  /** Told how many items fit, once measured (a map letters only the places its list shows). */
  onFitted?: (count: number) => void;
}

/**
 * A list showing as many whole items as fit in its box at the slide's text size: an item is never
 * cut in the middle, and the ones left out are counted. Measured after layout (and again when the
 * box resizes); until then every item is laid out unseen.
 */
export function FitList({ items, className, label, more, onFitted }: FitListProps) {
  const outer = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // Keyed by the whole list's room, which the "more" line below the items does not change: its
  // coming or going must not start the measuring again.
  const size = useBoxSize(outer);
  const key = `${items.map((i) => i.key).join('\u0000')}\u0000${size.width}x${size.height}`;
  // Measured first without the "more" line; when not every item fits, again with room kept for it.
  const [fitted, setFitted] = useState<{ key: string; count: number | 'with-more' } | null>(null);
  const phase = fitted?.key === key ? fitted.count : null;
  const count = typeof phase === 'number' ? phase : null;

  useLayoutEffect(() => {
    if (count !== null || !box.current || !list.current) return;
    const bottom = box.current.getBoundingClientRect().bottom;
    const children = [...list.current.children];
    // jsdom lays nothing out: every box is empty there, and every item counts as fitting.
    const fits = children.filter((child) => child.getBoundingClientRect().bottom <= bottom + 0.5);
    if (phase === null && fits.length < items.length) {
      setFitted({ key, count: 'with-more' });
      return;
    }
    const fitting = Math.max(1, Math.min(items.length, fits.length));
    setFitted({ key, count: fitting });
    onFitted?.(fitting);
  }, [count, phase, key, items.length, onFitted]);

  const shown = count === null ? items : items.slice(0, count);
  const left = items.length - shown.length;
  return (
    <div ref={outer} className="slide-fit-list">
      <div ref={box} className="slide-fit-box" data-fitted={count !== null}>
        <ul ref={list} className={className} aria-label={label}>
          {shown.map((item) => (
            <li key={item.key}>{item.node}</li>
          ))}
        </ul>
      </div>
      {count !== null && left > 0 && <p className="slide-figure-notes">{more(left)}</p>}
      {phase === 'with-more' && (
        <p className="slide-figure-notes" style={{ visibility: 'hidden' }} aria-hidden="true">
          {more(items.length - 1)}
        </p>
      )}
    </div>
  );
}
