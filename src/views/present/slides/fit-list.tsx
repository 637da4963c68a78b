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
  const box = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const size = useBoxSize(box);
  const key = `${items.map((i) => i.key).join('\u0000')}\u0000${size.width}x${size.height}`;
  const [fitted, setFitted] = useState<{ key: string; count: number } | null>(null);
  const count = fitted?.key === key ? fitted.count : null;

  useLayoutEffect(() => {
    if (count !== null || !box.current || !list.current) return;
    const bottom = box.current.getBoundingClientRect().bottom;
    const children = [...list.current.children];
    // jsdom lays nothing out: every box is empty there, and every item counts as fitting.
    const fits = children.filter((child) => child.getBoundingClientRect().bottom <= bottom + 0.5);
    const fitting = Math.max(1, Math.min(items.length, fits.length));
    setFitted({ key, count: fitting });
    onFitted?.(fitting);
  }, [count, key, items.length, onFitted]);

  const shown = count === null ? items : items.slice(0, count);
  const left = items.length - shown.length;
  return (
    <div className="slide-fit-list">
      <div ref={box} className="slide-fit-box" data-fitted={count !== null}>
        <ul ref={list} className={className} aria-label={label}>
          {shown.map((item) => (
            <li key={item.key}>{item.node}</li>
          ))}
        </ul>
      </div>
      {count !== null && left > 0 && <p className="slide-figure-notes">{more(left)}</p>}
    </div>
  );
}
