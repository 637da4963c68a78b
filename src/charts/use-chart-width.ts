import { startTransition, useCallback, useState } from 'react';
import { flushSync } from 'react-dom';

interface WidthRequest {
  element: HTMLElement;
  onWidth: (width: number) => void;
}

let requests: WidthRequest[] = [];

function measureRequests(): void {
  const batch = requests;
  requests = [];
  // Every element is measured before any width is set: one layout of the page serves them all.
  const sized = batch.map((request) => ({
    request,
    box: request.element.getBoundingClientRect(),
  }));
  type Sized = (typeof sized)[number];
  const draw = (items: Sized[]) =>
    items.forEach(({ request, box }) => request.onWidth(Math.floor(box.width)));
  const isBelow = (top: number) => top >= window.innerHeight;
  // What is on screen (or above it) is drawn before this frame is painted. What is below the
  // screen is drawn in a background render React can interrupt: nothing on screen moves for it.
  const below = sized.filter(({ box }) => isBelow(box.top));
  flushSync(() => draw(sized.filter((item) => !below.includes(item))));
  // A chart drawn at its real width can be shorter than at its guess, lifting others into view.
  const risen = below.filter(
    ({ request }) => !isBelow(request.element.getBoundingClientRect().top),
  );
  if (risen.length > 0) flushSync(() => draw(risen));
  startTransition(() => draw(below.filter((item) => !risen.includes(item))));
}

/**
 * Measures `element`'s width in the next animation frame, with every other element asked for in
 * that frame, and renders what `onWidth` sets: before the frame is painted, or soon after for an
 * element below the screen. Returns a function that withdraws the request.
 */
function measureBeforePaint(element: HTMLElement, onWidth: (width: number) => void): () => void {
  const request = { element, onWidth };
  if (requests.length === 0) requestAnimationFrame(measureRequests);
  requests.push(request);
  return () => {
    requests = requests.filter((r) => r !== request);
  };
}

/**
 * The width of a chart's container, followed as it resizes, so layouts are computed for the
 * space they have (labels wrap rather than shrink). Returns a callback ref for the container and
 * whether the width has been measured yet: a chart that waits for it before drawing is drawn once,
 * at its real width, before it is first painted. `fallback` is the width before the measurement,
 * and always where ResizeObserver does not exist (then `measured` is true from the start).
 */
export function useChartWidth<T extends HTMLElement>(fallback = 560) {
  const [width, setWidth] = useState<number | null>(
    typeof ResizeObserver === 'undefined' ? fallback : null,
  );
  const ref = useCallback(
    (element: T | null) => {
      if (!element || typeof ResizeObserver === 'undefined') return;
      const update = (next: number) =>
        setWidth((current) => (next > 0 ? next : (current ?? fallback)));
      // Read outside React's commit, in one batch with every other chart of the frame.
      const cancel = measureBeforePaint(element, update);
      // Resizes are reported after the browser's own layout, forcing no extra one.
      const observer = new ResizeObserver(([entry]) => {
        const next = Math.floor(entry?.borderBoxSize[0]?.inlineSize ?? 0);
        if (next > 0) setWidth(next);
      });
      observer.observe(element);
      return () => {
        cancel();
        observer.disconnect();
      };
    },
    [fallback],
  );
  return { ref, width: width ?? fallback, measured: width !== null };
}
