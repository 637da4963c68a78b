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
 * The title of the chart at the top of the window when the page has been scrolled down into the
 * view, so a saved slide opens where the user was looking; undefined near the top of the page.
 */
export function chartAtTopOfWindow(root: ParentNode = document): string | undefined {
  if (window.scrollY < 120) return undefined;
  for (const heading of root.querySelectorAll('main section h2')) {
    const box = (heading.closest('section') ?? heading).getBoundingClientRect();
    if (box.bottom > 80) return (heading.textContent ?? '').trim() || undefined;
  }
  return undefined;
}
