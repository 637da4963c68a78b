/**
 * A slide can open at one chart of its view (its `focus`: the chart's model id, e.g.
 * `overview.contactRoute`): the view is scrolled there, and the handout page starts there.
 * The chart is found by its model id, never by its heading's text or a class name.
 */

/** The section (chart) of a model id inside the container, or null. */
export function findFocus(container: HTMLElement, focus: string): HTMLElement | null {
  const found = container.querySelector(`[data-chart="${CSS.escape(focus)}"]`);
  return found instanceof HTMLElement ? found : null;
}

/**
 * The subject of a slide, the part of its view the slide shows: its focus chart, else the view's
 * first chart, else the whole view (a list or a table, such as Learning or Check).
 */
export function findSubject(stage: HTMLElement, focus: string | undefined): HTMLElement | null {
  const focused = focus ? findFocus(stage, focus) : null;
  if (focused) return focused;
  const first = stage.querySelector('[data-chart]') ?? stage.querySelector('.view');
  if (first instanceof HTMLElement) return first;
  return stage.firstElementChild instanceof HTMLElement ? stage.firstElementChild : null;
}
