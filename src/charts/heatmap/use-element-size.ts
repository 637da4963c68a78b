import { useLayoutEffect, useState, type RefObject } from 'react';

/** An element's content-box size. */
export interface ElementSize {
  width: number;
  height: number;
}

/**
 * Tracks an element's size with a ResizeObserver. Where there is none (jsdom), the fallback
 * stays: layout then uses a sensible default width instead of 0.
 */
export function useElementSize(
  ref: RefObject<HTMLElement | null>,
  fallback: ElementSize,
): ElementSize {
  const [size, setSize] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      setSize((old) =>
        Math.round(old.width) === Math.round(width) && Math.round(old.height) === Math.round(height)
          ? old
          : { width, height },
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
