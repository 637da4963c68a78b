import { expect, test, type Locator, type Page } from '@playwright/test';
import { guardPage } from './helpers';

/*
 * The bundled briefing deck on a projector: each slide's subject (its chart, or its list or
 * table) fits the slide without the slide scrolling, the controls meant for the desk are gone,
 * and the text is large. Sizes are what the screen shows: font size times the CSS zoom slides
 * are drawn at.
 */

type Subject =
  { kind: 'chart'; name: string } | { kind: 'list'; role: 'list' | 'table'; name: string };

interface SlideCase {
  caption: string;
  subject: Subject;
  /** Text in the subject the check measures, and its smallest size on screen at each size. */
  text: 'chart-labels' | 'heatmap-labels' | 'all';
  least: { '1280x720': number; '1024x768': number };
}

const slides: SlideCase[] = [
  {
    caption: '11 serious case reviews, found among 36 examined',
    subject: { kind: 'chart', name: 'Headline figures' },
    text: 'all',
    least: { '1280x720': 18, '1024x768': 15 },
  },
  {
    caption: "Six reviews followed a child's death: what kind of death?",
    subject: { kind: 'chart', name: 'Outcome sub-categories' },
    text: 'chart-labels',
    least: { '1280x720': 18, '1024x768': 18 },
  },
  {
    caption: 'How police first came into contact with the child',
    subject: { kind: 'chart', name: 'Initial police contact' },
    text: 'chart-labels',
    least: { '1280x720': 18, '1024x768': 18 },
  },
  {
    caption: 'Practice themes by review',
    subject: { kind: 'chart', name: 'Themes by case' },
    // Eight long theme names set the heatmap's width: it is zoomed out to fit, not cut.
    text: 'heatmap-labels',
    least: { '1280x720': 13, '1024x768': 10.5 },
  },
  {
    caption: 'Information sharing: where it went wrong, and one example of it working',
    subject: { kind: 'list', role: 'list', name: 'Learning summaries' },
    text: 'all',
    least: { '1280x720': 18, '1024x768': 18 },
  },
  {
    caption: 'Do the case rows reproduce the published figures?',
    subject: { kind: 'list', role: 'table', name: 'Published figures check' },
    text: 'all',
    least: { '1280x720': 18, '1024x768': 18 },
  },
];

/** Buttons and fields meant for the desk, which a slide must not show. */
const deskButtons = [
  'Show data',
  'Hide data',
  'Show all data tables',
  /: data and export$/,
  /^Export/,
  'Download evidence pack',
  'Clear',
];

/** The smallest font size on screen (CSS px times zoom) of the text the check measures; 0 if none. */
function smallestText(root: Element, text: SlideCase['text']): number {
  const size = (element: Element) =>
    parseFloat(getComputedStyle(element).fontSize) * element.currentCSSZoom;
  const shown = (element: Element) =>
    !element.closest('.visually-hidden') && element.getClientRects().length > 0;
  const ownText = (element: Element) =>
    [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
  if (text === 'heatmap-labels') {
    // The grid's headers are transparent slots over the drawing: measure the drawn names of the
    // cases and themes (not the smaller column totals band).
    const squash = (t: string) => t.replace(/[\s…]/g, '');
    const names = [...root.querySelectorAll('[role="rowheader"], [role="columnheader"]')]
      .map((h) => squash(h.textContent ?? ''))
      .filter((n) => n !== '' && n !== 'Columntotals');
    const labels = [...root.querySelectorAll('svg text')].filter((label) => {
      const drawn = squash(label.textContent ?? '');
      return /[a-z]{2}/i.test(drawn) && names.some((n) => n.includes(drawn));
    });
    return labels.length === 0 ? 0 : Math.min(...labels.map(size));
  }
  const selector = text === 'chart-labels' ? '[role="button"] text, [role="link"] text' : '*';
  const measured = [...root.querySelectorAll(selector)].filter((e) => shown(e) && ownText(e));
  return measured.length === 0 ? 0 : Math.min(...measured.map(size));
}

/** Elements of the slide that scroll (their content is taller than they are). */
function scrollers(show: Element): Element[] {
  return [show, ...show.querySelectorAll('*')].filter((element) => {
    const { overflowY } = getComputedStyle(element);
    return (
      (overflowY === 'auto' || overflowY === 'scroll') &&
      element.scrollHeight > element.clientHeight + 1
    );
  });
}

interface Boxed {
  boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null>;
}

/** The slide's subject: a chart's region, or the frame a long list or table scrolls in. */
async function subjectOf(show: Locator, subject: Subject, label: string): Promise<Boxed> {
  if (subject.kind === 'chart') {
    expect(await show.evaluate(scrollers), `${label}: nothing scrolls`).toEqual([]);
    return show.getByRole('region', { name: subject.name });
  }
  // The frame is the one element of the slide that scrolls, and it holds the list or table.
  expect(await show.evaluate(scrollers), `${label}: only one frame scrolls`).toHaveLength(1);
  const content = show.getByRole(subject.role, { name: subject.name });
  const frame = await content.evaluateHandle((element) => {
    for (let e = element.parentElement; e; e = e.parentElement) {
      const { overflowY } = getComputedStyle(e);
      const scrolls = overflowY === 'auto' || overflowY === 'scroll';
      if (scrolls && e.scrollHeight > e.clientHeight + 1) return e;
    }
    return null;
  });
  const element = frame.asElement();
  expect(element, `${label}: the ${subject.role} scrolls in a frame`).not.toBeNull();
  return element ?? content;
}

async function expectWithin(page: Page, show: Locator, subject: Boxed, label: string) {
  const box = await subject.boundingBox();
  // The slide's caption comes first; the view's own title sits inside the slide.
  const caption = await show.getByRole('heading', { level: 1 }).first().boundingBox();
  const footer = await show.getByRole('button', { name: 'Previous' }).boundingBox();
  const viewport = page.viewportSize();
  expect(box && caption && footer && viewport, label).toBeTruthy();
  if (!box || !caption || !footer || !viewport) return;
  expect(box.x, `${label}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${label}: right edge`).toBeLessThanOrEqual(viewport.width);
  expect(box.y, `${label}: below the caption`).toBeGreaterThanOrEqual(caption.y + caption.height);
  expect(box.y + box.height, `${label}: above the footer`).toBeLessThanOrEqual(footer.y);
}

const screens = [
  { width: 1280, height: 720, size: '1280x720' },
  { width: 1024, height: 768, size: '1024x768' },
] as const;

for (const { width, height, size } of screens) {
  test(`at ${size} every slide of the briefing deck fits, without desk controls, in large type`, async ({
    page,
  }) => {
    const check = guardPage(page);
    await page.setViewportSize({ width, height });
    await page.goto('/?view=present');
    await page.getByRole('button', { name: 'Load the briefing deck' }).click();
    await page.getByRole('button', { name: 'Present', exact: true }).click();

    for (const [i, slide] of slides.entries()) {
      const label = `slide ${i + 1}`;
      const show = page.getByRole('region', { name: `Slide ${i + 1} of ${slides.length}` });
      await expect(show.getByRole('heading', { level: 1, name: slide.caption })).toBeVisible();
      const content =
        slide.subject.kind === 'chart'
          ? show.getByRole('region', { name: slide.subject.name })
          : show.getByRole(slide.subject.role, { name: slide.subject.name });
      // Visible once the slide has been drawn and fitted (it is hidden meanwhile).
      await expect(content).toBeVisible();
      const subject = await subjectOf(show, slide.subject, label);
      await expectWithin(page, show, subject, label);

      for (const name of deskButtons)
        await expect(show.getByRole('button', { name }), `${label}: ${name}`).toHaveCount(0);
      for (const role of ['searchbox', 'combobox', 'tablist', 'radio', 'checkbox'] as const)
        await expect(show.getByRole(role), `${label}: ${role}`).toHaveCount(0);

      const least = await content.evaluate(smallestText, slide.text);
      expect(least, `${label}: smallest text, px on screen`).toBeGreaterThanOrEqual(
        slide.least[size],
      );

      await page.keyboard.press('ArrowRight');
    }
    await expect(page.getByText('Slide 6 of 6', { exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 1, name: 'Present' })).toBeVisible();
    check();
  });
}

test('a slide stays live: a bar filters and the chart fits again; the heatmap hits the cell clicked', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/?view=present');
  await page.getByRole('button', { name: 'Load the briefing deck' }).click();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByText('Slide 1 of 6', { exact: true })).toBeVisible();
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const show = page.getByRole('region', { name: 'Slide 3 of 6' });
  const chart = show.getByRole('region', { name: 'Initial police contact' });
  await chart.getByRole('button', { name: 'Missing child: 4 cases' }).click();
  await expect(show.getByText('Filters: Initial police contact: Missing child')).toBeVisible();
  await expectWithin(page, show, chart, 'filtered chart');
  // The slide keys still step after a click in the chart.
  await page.keyboard.press('ArrowRight');

  const themes = page.getByRole('region', { name: 'Slide 4 of 6' });
  const grid = themes.getByRole('grid', { name: 'Themes by case' });
  await expect(grid).toBeVisible();
  // The heatmap is zoomed out on this slide: a click must still land on the cell under it.
  const cell = grid.getByRole('gridcell', {
    name: 'Stockport: KW and KG — Engagement with children and/or their families: 1 learning item',
  });
  const box = await cell.boundingBox();
  expect(box).toBeTruthy();
  if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(
    themes.getByRole('region', {
      name: 'Stockport: KW and KG — Engagement with children and/or their families',
    }),
  ).toBeVisible();
  check();
});
