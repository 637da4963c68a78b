import { useLayoutEffect, useState, type RefObject } from 'react';

/** A box's content size and font size in CSS pixels (0 before it is measured, e.g. in jsdom). */
export interface BoxSize {
  width: number;
  height: number;
  fontSize: number;
}

/**
 * The size of an element's content box and its font size, measured after layout and again
 * whenever it resizes (a window resized, full screen entered), so a slide is laid out for the
 * room it has, not zoomed.
 */
export function useBoxSize(ref: RefObject<HTMLElement | null>): BoxSize {
  const [size, setSize] = useState<BoxSize>({ width: 0, height: 0, fontSize: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const style = getComputedStyle(element);
      const px = (value: string) => parseFloat(value) || 0;
      const next = {
        width: Math.floor(element.clientWidth - px(style.paddingLeft) - px(style.paddingRight)),
        height: Math.floor(element.clientHeight - px(style.paddingTop) - px(style.paddingBottom)),
        fontSize: px(style.fontSize),
      };
      setSize((old) =>
        old.width === next.width && old.height === next.height && old.fontSize === next.fontSize
          ? old
          : next,
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
