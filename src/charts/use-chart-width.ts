import { useCallback, useEffect, useState } from 'react';

/**
 * The width of a chart's container, followed as it resizes, so layouts are computed for the
 * space they have (labels wrap rather than shrink). Returns a callback ref for the container;
 * `fallback` is used before the first measurement and where ResizeObserver does not exist.
 */
export function useChartWidth<T extends HTMLElement>(fallback = 560) {
  const [element, setElement] = useState<T | null>(null);
  const [width, setWidth] = useState(fallback);
  const ref = useCallback((node: T | null) => setElement(node), []);
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const next = Math.floor(element.getBoundingClientRect().width);
      if (next > 0) setWidth(next);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return { ref, width };
}
