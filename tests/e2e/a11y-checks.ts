/** Shared helpers of the accessibility specs: the views, axe, and checks run in the page. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The seven views of the navigation, and the Case view of one case. */
export const views = [
  ['overview', 'Overview'],
  ['themes', 'Themes'],
  ['learning', 'Learning'],
  ['check', 'Check'],
  ['method', 'Method'],
  ['trends', 'Trends'],
  ['present', 'Present'],
  ['case&case=kent-child-h', 'Kent: Child H'],
] as const;

/** The rule sets axe runs: WCAG 2.0, 2.1 and 2.2 at A and AA, and axe's best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The screen sizes the checks run at: a projector, a laptop and a phone. */
export const screenSizes = [
  { name: '1024x768', width: 1024, height: 768 },
  { name: '1280x720', width: 1280, height: 720 },
  { name: '390x844', width: 390, height: 844 },
] as const;

/**
 * axe's violations on the page as one line each, so a failure says what and where. Visible text
 * in the accessible name (WCAG 2.5.3, `label-content-name-mismatch`) is a WCAG 2.1 A rule that
 * axe leaves off by default: it is turned on here.
 */
export async function axeViolations(page: Page, disabledRules: string[] = []): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(axeTags)
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .disableRules(disabledRules)
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

/** Opens a view and waits for its heading. */
export async function openView(page: Page, view: string, heading: string) {
  await page.goto(`/?view=${view}`);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/**
 * Presses every "Show data" switch that is off (a view's, and each chart's in its action menu),
 * so every data table is on screen for axe.
 */
export async function showAllData(page: Page) {
  const off = page
    .getByRole('button', { name: /^Show (all )?data( tables)?$/, pressed: false })
    .and(page.locator(':enabled'));
  while ((await off.count()) > 0) await off.first().click();
  const menus = page.getByRole('button', { name: /: data and export$/ });
  for (let at = 0; at < (await menus.count()); at += 1) {
    await menus.nth(at).click();
    const showData = page.getByRole('menuitemcheckbox', { name: 'Show data' });
    const usable =
      (await showData.getAttribute('aria-checked')) === 'false' &&
      (await showData.getAttribute('aria-disabled')) !== 'true';
    if (usable) await showData.click();
    else await page.keyboard.press('Escape');
  }
  // The pointer stays where it clicked: move it away so no hover state is what axe reads.
  await page.mouse.move(0, 0);
}

/** What an SVG or canvas says to assistive technology, for every drawing on the page. */
export function drawingsWithoutText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const nameOf = (element: Element) => {
      const labelledBy = element.getAttribute('aria-labelledby');
      const byId = labelledBy
        ?.split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
      return (element.getAttribute('aria-label') ?? byId ?? '').trim();
    };
    const problems: string[] = [];
    for (const drawing of document.querySelectorAll('svg, canvas')) {
      if (drawing.closest('[aria-hidden=true]') || drawing.parentElement?.closest('svg')) continue;
      const role = drawing.getAttribute('role');
      const named = nameOf(drawing) !== '';
      // A drawing is either hidden (its content is told elsewhere) or an image or group with a name.
      if (!(role === 'img' || role === 'group') || !named)
        problems.push(`${drawing.tagName} role=${role} name="${nameOf(drawing)}"`);
    }
    // Every chart has a data table in the DOM, captioned (the ChartFrame's with the chart's title);
    // a chart of a field the data lacks is one line, and the Summary is words.
    for (const chart of document.querySelectorAll(
      'section.chart[data-chart]:not(.chart-absent):not([data-kind=text])',
    )) {
      const title = chart.querySelector('h2')?.textContent?.trim() ?? '';
      const captions = [...chart.querySelectorAll('table > caption')].map((c) =>
        (c.textContent ?? '').trim(),
      );
      if (captions.length === 0) problems.push(`chart "${title}" has no data table`);
    }
    return problems;
  });
}

/** WCAG's contrast ratio of two CSS colours (rgb(...) or #rrggbb). */
export function contrast(a: string, b: string): number {
  const channels = (colour: string) =>
    colour.startsWith('#')
      ? [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16))
      : (colour.match(/\d+/g) ?? []).slice(0, 3).map(Number);
  const luminance = (colour: string) => {
    const [r = 0, g = 0, b = 0] = channels(colour).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
