/**
 * A slide can open at one chart of its view (its `focus`, the chart's title): the view is
 * scrolled there, and the handout page starts there.
 */

/** The section (chart) whose heading reads `focus` inside the container, or null. */
export function findFocus(container: HTMLElement, focus: string): HTMLElement | null {
  const heading = [...container.querySelectorAll('h1, h2, h3')].find(
    (h) => (h.textContent ?? '').trim() === focus,
  );
  if (!heading) return null;
  const section = heading.closest('section');
  return section instanceof HTMLElement && container.contains(section)
    ? section
    : (heading as HTMLElement);
}

/**
 * The subject of a slide, the part of its view the slide shows: its focus chart, else the view's
 * first chart, else the whole view (a list or a table, such as Learning or Check).
 */
export function findSubject(stage: HTMLElement, focus: string | undefined): HTMLElement | null {
  const focused = focus ? findFocus(stage, focus) : null;
  if (focused) return focused;
  const first = stage.querySelector('section.chart') ?? stage.querySelector('.view');
  if (first instanceof HTMLElement) return first;
  return stage.firstElementChild instanceof HTMLElement ? stage.firstElementChild : null;
}

/** The titles of the charts of the view on screen, in page order, for "Opens at". */
export function chartTitlesOnScreen(root: ParentNode = document): string[] {
  const titles = [...root.querySelectorAll('main section h2')].map((h) =>
    (h.textContent ?? '').trim(),
  );
  return [...new Set(titles.filter((t) => t !== ''))];
}
