import type { Page } from '@playwright/test';

/** One stop of a Tab walk: what had focus and whether the focus could be seen. */
export interface FocusStop {
  /** Tag, role and accessible name, e.g. "g[role=button] Death: 6 cases". */
  name: string;
  /** How the focus shows: "outline", "ring" (an SVG part stroked in the focus colour), "shadow", or "" for nothing. */
  indicator: string;
}

/**
 * Describes the focused element and how its focus shows: an outline at least 2 px wide in a
 * visible colour, a box shadow, or (for SVG marks drawn as buttons) a part stroked in the focus
 * colour.
 */
export function describeFocus(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) return null;
    element.setAttribute('data-tab-stop', '');
    const role = element.getAttribute('role');
    const labels = (element as HTMLInputElement).labels;
    const label =
      element.getAttribute('aria-label') ??
      (labels?.[0] ?? element).textContent?.replace(/\s+/g, ' ').trim().slice(0, 80) ??
      '';
    const name = `${element.tagName.toLowerCase()}${role ? `[role=${role}]` : ''} ${label}`;
    const visibleColour = (colour: string) =>
      colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour);
    const style = getComputedStyle(element);
    let indicator = '';
    if (
      style.outlineStyle !== 'none' &&
      parseFloat(style.outlineWidth) >= 2 &&
      visibleColour(style.outlineColor)
    )
      indicator = 'outline';
    else if (style.boxShadow !== 'none') indicator = 'shadow';
    else if (element instanceof SVGElement) {
      // An SVG mark shows focus by stroking a part of itself in the app's focus colour.
      const probe = document.createElement('span');
      probe.style.color = 'var(--focus)';
      document.body.append(probe);
      const focusColour = getComputedStyle(probe).color;
      probe.remove();
      const ringed = [...element.querySelectorAll('*')].some((part) => {
        const partStyle = getComputedStyle(part);
        return partStyle.stroke === focusColour && parseFloat(partStyle.strokeWidth) >= 2;
      });
      if (ringed) indicator = 'ring';
    }
    return { name, indicator };
  });
}

/**
 * Presses Tab from the top of the page until focus comes back round (or leaves the page),
 * returning every stop. Each stop is marked with a data-tab-stop attribute for
 * {@link unreachedControls}.
 */
export async function tabWalk(page: Page, limit = 800): Promise<FocusStop[]> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('[data-tab-stop]'))
      element.removeAttribute('data-tab-stop');
    // Start from the top of the page: focus a mark placed before everything (not a Tab stop).
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.id = 'tab-walk-start';
    document.body.prepend(start);
    start.focus();
  });
  const stops: FocusStop[] = [];
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    const marked = await page.evaluate(
      () => document.activeElement?.hasAttribute('data-tab-stop') ?? false,
    );
    if (marked) break;
    const stop = await describeFocus(page);
    if (!stop) break;
    stops.push(stop);
  }
  await page.evaluate(() => document.getElementById('tab-walk-start')?.remove());
  return stops;
}

/**
 * The visible, enabled controls that no Tab stop reached, leaving out the cells of an ARIA grid
 * (one tab stop, arrow keys inside), the tabs of a tablist, the marks of a drawing that declares
 * a roving tab stop (`data-roving`: the force map's tiles) and the radios of a group where one
 * member was reached (arrow keys move between them).
 */
export function unreachedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = [
      'a[href]',
      'button',
      'input',
      'select',
      'textarea',
      'summary',
      '[tabindex]:not([tabindex="-1"])',
      '[role=button]',
      '[role=link]',
      '[role=checkbox]',
      '[role=radio]',
      '[role=tab]',
      '[role=switch]',
      '[role=menuitem]',
      '[role=option]',
    ].join(',');
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
    };
    const reachedGroup = (element: Element) => {
      const group =
        element.closest('[role=grid], [role=tablist], [role=radiogroup], [data-roving]') ??
        (element instanceof HTMLInputElement && element.type === 'radio' && element.name
          ? (element.form ?? document)
          : null);
      if (!group) return false;
      if (element instanceof HTMLInputElement && element.type === 'radio') {
        return [...group.querySelectorAll(`input[type=radio][name="${element.name}"]`)].some(
          (radio) => radio.hasAttribute('data-tab-stop'),
        );
      }
      return group.querySelector('[data-tab-stop]') !== null;
    };
    return [...document.querySelectorAll(selector)]
      .filter((element) => !element.hasAttribute('data-tab-stop'))
      .filter((element) => !(element as HTMLButtonElement).disabled)
      .filter((element) => !element.closest('[aria-hidden=true], [inert]'))
      .filter(visible)
      .filter((element) => !reachedGroup(element))
      .map((element) => {
        const role = element.getAttribute('role');
        const label =
          element.getAttribute('aria-label') ??
          (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
        return `${element.tagName.toLowerCase()}${role ? `[role=${role}]` : ''} ${label}`;
      });
  });
}

/** Presses Tab until the focused element's name contains `name`; fails after `limit` presses. */
export async function tabTo(page: Page, name: string | RegExp, limit = 300): Promise<FocusStop> {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    const stop = await describeFocus(page);
    if (stop && (typeof name === 'string' ? stop.name.includes(name) : name.test(stop.name)))
      return stop;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}
