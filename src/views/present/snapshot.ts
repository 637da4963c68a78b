import { findFocus } from './slide-focus';

/** How tall a copied view is, and where its slide's chart starts (CSS px from its top). */
export interface CopiedView {
  height: number;
  offset: number;
}

/**
 * Copies a rendered view into a handout page: a deep clone of its DOM (text stays text, SVG stays
 * vector), with canvas pixels copied over since cloning a canvas leaves it blank.
 */
export function copyRenderedView(
  source: HTMLElement,
  target: HTMLElement,
  focus: string | undefined,
): CopiedView {
  const copies = [...source.childNodes].map((node) => node.cloneNode(true));
  const sourceCanvases = source.querySelectorAll('canvas');
  const sourceFields = source.querySelectorAll('input, select, textarea');
  target.replaceChildren(...copies);
  // Cloning copies attributes, not the live state React sets: copy what each field shows.
  const targetFields = target.querySelectorAll('input, select, textarea');
  sourceFields.forEach((field, i) => {
    const copy = targetFields[i];
    if (field instanceof HTMLInputElement && copy instanceof HTMLInputElement) {
      copy.checked = field.checked;
      copy.value = field.value;
    } else if (field instanceof HTMLSelectElement && copy instanceof HTMLSelectElement)
      copy.selectedIndex = field.selectedIndex;
    else if (field instanceof HTMLTextAreaElement && copy instanceof HTMLTextAreaElement)
      copy.value = field.value;
  });
  const targetCanvases = target.querySelectorAll('canvas');
  sourceCanvases.forEach((canvas, i) => {
    const copy = targetCanvases[i];
    if (copy && canvas.width > 0 && canvas.height > 0)
      copy.getContext('2d')?.drawImage(canvas, 0, 0);
  });
  const start = focus ? findFocus(source, focus) : null;
  const offset = start ? start.getBoundingClientRect().top - source.getBoundingClientRect().top : 0;
  return { height: source.scrollHeight, offset: Math.max(0, offset) };
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

function showsLoading(element: HTMLElement): boolean {
  if (element.querySelector('.slide-loading')) return true;
  // A view's own Suspense fallback: a status that says it is loading.
  return [...element.querySelectorAll('[role="status"]')].some((s) =>
    /^\s*Loading/i.test(s.textContent ?? ''),
  );
}

/**
 * Resolves true once the element holds a drawn view that has stopped changing (no DOM change for
 * `quietMs`, nothing loading), false on timeout or when `cancelled()` turns true.
 */
export async function waitForDrawnView(
  element: () => HTMLElement | null,
  cancelled: () => boolean,
  { quietMs = 250, timeoutMs = 15_000 } = {},
): Promise<boolean> {
  const start = performance.now();
  let lastChange = performance.now();
  const observer = new MutationObserver(() => {
    lastChange = performance.now();
  });
  const observed = element();
  if (observed)
    observer.observe(observed, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
  try {
    while (performance.now() - start < timeoutMs) {
      await nextFrame();
      if (cancelled()) return false;
      const current = element();
      if (!current) continue;
      const drawn = current.childElementCount > 0 && !showsLoading(current);
      if (drawn && performance.now() - lastChange >= quietMs) return true;
    }
    return false;
  } finally {
    observer.disconnect();
  }
}
