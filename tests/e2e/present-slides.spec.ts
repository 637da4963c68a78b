import { expect, test, type Locator, type Page } from '@playwright/test';
import { guardPage, tableRows } from './helpers';

/*
 * The bundled briefing deck on a projector (issue 17): each slide's subject is drawn by a
 * projector layout of its own at 1280 × 720 and 1024 × 768 — every content text at least 24 px on
 * screen (font size times any CSS zoom), nothing scrolled or cut off, no table cut mid-row, and
 * nothing to hover or click. The slide controls and counter in the footer are not content.
 */

const slides = [
  { caption: '11 serious case reviews, found among 36 examined', subject: 'Headline figures' },
  {
    caption: "Six reviews followed a child's death: what kind of death?",
    subject: 'Outcome sub-categories',
  },
  {
    caption: 'How police first came into contact with the child',
    subject: 'Initial police contact',
  },
  { caption: 'Practice themes by review', subject: 'Themes by case' },
  {
    caption: 'Information sharing: where it went wrong, and one example of it working',
    subject: 'Learning summaries',
  },
  {
    caption: 'Do the case rows reproduce the published figures?',
    subject: 'Published figures check',
  },
];

/** What a slide's body shows that a projector must show legibly. */
interface Measured {
  /** The smallest text on screen, CSS px times zoom, with the text it belongs to. */
  smallest: { size: number; text: string };
  /** Elements whose content is cut off (scrolls or overflows hidden), by a short description. */
  cut: string[];
  /** Elements inviting a click or hover: buttons, links, tab stops, tooltips, title attributes. */
  affordances: string[];
}

function measure(body: Element): Measured {
  const shown = (e: Element) => !e.closest('.visually-hidden') && e.getClientRects().length > 0;
  const ownText = (e: Element) =>
    [...e.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
  const texts = [...body.querySelectorAll('*')].filter((e) => shown(e) && ownText(e));
  let smallest = { size: Infinity, text: '' };
  for (const e of texts) {
    const size = parseFloat(getComputedStyle(e).fontSize) * e.currentCSSZoom;
    if (size < smallest.size) smallest = { size, text: (e.textContent ?? '').slice(0, 40) };
  }
  const bodyBox = body.getBoundingClientRect();
  const cut: string[] = [];
  for (const e of [body, ...body.querySelectorAll('*')]) {
    if (!shown(e) || e.closest('.visually-hidden')) continue;
    const box = e.getBoundingClientRect();
    const name = `${e.tagName.toLowerCase()}.${e.className} "${(e.textContent ?? '').slice(0, 30)}"`;
    if (e.scrollHeight > e.clientHeight + 1 && getComputedStyle(e).overflowY !== 'visible')
      cut.push(`scrolls or hides: ${name}`);
    if (box.bottom > bodyBox.bottom + 1 || box.right > bodyBox.right + 1)
      cut.push(`outside the slide: ${name}`);
  }
  const affordances = [
    ...body.querySelectorAll(
      'button, a[href], input, select, textarea, [role="button"], [role="link"], [tabindex], [title], [role="tooltip"]',
    ),
  ]
    .filter((e) => !e.closest('.visually-hidden'))
    .map((e) => e.outerHTML.slice(0, 80));
  return { smallest, cut, affordances };
}

async function present(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await page.goto('/?view=present');
  await page.getByRole('button', { name: 'Load the briefing deck' }).click();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
}

/** The slide's body: between the caption and the footer. */
function bodyOf(show: Locator): Locator {
  return show.locator('.slide-body');
}

const screens = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;

for (const { width, height } of screens) {
  test(`at ${width}x${height} every slide of the briefing deck is legible, whole and still`, async ({
    page,
  }) => {
    const check = guardPage(page);
    await present(page, width, height);
    for (const [i, slide] of slides.entries()) {
      const label = `slide ${i + 1} at ${width}x${height}`;
      const show = page.getByRole('region', { name: `Slide ${i + 1} of ${slides.length}` });
      await expect(show.getByRole('heading', { level: 1, name: slide.caption })).toBeVisible();
      const subject = show.getByRole('region', { name: slide.subject });
      await expect(subject, label).toBeVisible();
      // Lists and tables are fitted once drawn: wait until nothing is laid out unseen.
      await expect(show.locator('[data-fitted="false"]')).toHaveCount(0);

      const measured = await bodyOf(show).evaluate(measure);
      expect(
        measured.smallest.size,
        `${label}: smallest text (${measured.smallest.text})`,
      ).toBeGreaterThanOrEqual(24);
      expect(measured.cut, `${label}: nothing cut off`).toEqual([]);
      expect(measured.affordances, `${label}: nothing to click or hover`).toEqual([]);
      const captionSize = await show
        .getByRole('heading', { level: 1 })
        .evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
      expect(captionSize, `${label}: caption`).toBeGreaterThanOrEqual(32);

      // Hovering the middle of the subject shows no tooltip.
      const box = await subject.boundingBox();
      if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await expect(page.getByRole('tooltip')).toHaveCount(0);
      await page.keyboard.press('ArrowRight');
    }
    await expect(page.getByText('Slide 6 of 6', { exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 1, name: 'Present' })).toBeVisible();
    check();
  });
}

test('the headline slide fills the screen; a long list or matrix says how much more there is', async ({
  page,
}) => {
  const check = guardPage(page);
  await present(page, 1024, 768);
  const first = page.getByRole('region', { name: 'Slide 1 of 6' });
  const tiles = first.getByRole('region', { name: 'Headline figures' }).getByRole('listitem');
  await expect(tiles).toHaveCount(5);
  const body = await bodyOf(first).boundingBox();
  const boxes = await tiles.evaluateAll((items) =>
    items.map((item) => item.getBoundingClientRect().bottom),
  );
  expect(body).toBeTruthy();
  // The tiles reach down to the footer: the figures use the screen, not its top 40 %.
  if (body) expect(Math.max(...boxes)).toBeGreaterThan(body.y + body.height * 0.85);

  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const themes = page.getByRole('region', { name: 'Slide 4 of 6' });
  await expect(
    themes.getByText(/And \d+ more themes? and \d+ more cases?: the handout/),
  ).toBeVisible();
  await page.keyboard.press('ArrowRight');
  const learning = page.getByRole('region', { name: 'Slide 5 of 6' });
  await expect(
    learning.getByText(/And \d+ more summar(y|ies): the handout has every one/),
  ).toBeVisible();
  // The analyst's rounding note is not on a training slide.
  await page.keyboard.press('ArrowRight');
  const checkSlide = page.getByRole('region', { name: 'Slide 6 of 6' });
  await expect(
    checkSlide.getByRole('listitem').filter({ hasText: 'Police forces represented' }),
  ).toBeVisible();
  await expect(checkSlide.getByText(/largest remainder|rounds that way|rounding/i)).toHaveCount(0);
  check();
});

/** Goes to a screen by its link without reloading the page (the deck is kept in memory). */
async function follow(page: Page, search: string) {
  await page.evaluate((link) => {
    window.history.pushState(null, '', link);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, `/${search}`);
}

/** Saves the screen at `search` as a slide, opening at the chart `focus` when given. */
async function saveSlide(page: Page, search: string, caption: string, focus?: string) {
  await follow(page, search);
  await page.getByRole('button', { name: 'Save view as slide' }).click();
  await page.getByLabel('Caption').fill(caption);
  if (focus) await page.getByLabel('Opens at').selectOption({ label: focus });
  await page.getByRole('button', { name: 'Add to deck' }).click();
  await expect(page.getByText(/^Saved as slide \d+/)).toBeVisible();
}

const analystSlides: ReadonlyArray<{
  search: string;
  caption: string;
  focus?: string;
  subject: string;
}> = [
  {
    search: '?map=regions&mapby=share',
    caption: 'Where the reviews were, by region',
    focus: 'Cases by force (map)',
    subject: 'Cases by force (map)',
  },
  {
    search: '?',
    caption: 'Where the reviews were',
    focus: 'Cases by force (map)',
    subject: 'Cases by force (map)',
  },
  {
    search: '?view=themes&themes=co-occurrence&measure=jaccard',
    caption: 'Which themes go together',
    subject: 'Theme co-occurrence',
  },
  {
    search: '?',
    caption: 'The briefing in words',
    focus: 'Summary (the view in words)',
    subject: 'Summary',
  },
];

async function presentAnalystSlides(page: Page, width: number, height: number, search = '') {
  await page.setViewportSize({ width, height });
  await page.goto(`/${search}`);
  for (const slide of analystSlides)
    await saveSlide(page, `${slide.search}${search.replace('?', '&')}`, slide.caption, slide.focus);
  await follow(page, `?view=present${search.replace('?', '&')}`);
  await page.getByRole('button', { name: 'Present', exact: true }).click();
}

for (const { width, height } of screens) {
  test(`at ${width}x${height} the map, co-occurrence and Summary slides are legible, whole and still`, async ({
    page,
  }) => {
    const check = guardPage(page);
    await presentAnalystSlides(page, width, height);
    const total = analystSlides.length;
    for (const [i, slide] of analystSlides.entries()) {
      const label = `${slide.caption} at ${width}x${height}`;
      const show = page.getByRole('region', { name: `Slide ${i + 1} of ${total}` });
      await expect(show.getByRole('heading', { level: 1, name: slide.caption })).toBeVisible();
      const subject = show.getByRole('region', { name: slide.subject });
      await expect(subject, label).toBeVisible();
      await expect(show.locator('[data-fitted="false"]')).toHaveCount(0);
      const measured = await bodyOf(show).evaluate(measure);
      expect(
        measured.smallest.size,
        `${label}: smallest text (${measured.smallest.text})`,
      ).toBeGreaterThanOrEqual(24);
      expect(measured.cut, `${label}: nothing cut off`).toEqual([]);
      expect(measured.affordances, `${label}: nothing to click or hover`).toEqual([]);
      const box = await subject.boundingBox();
      if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await expect(page.getByRole('tooltip')).toHaveCount(0);
      await page.keyboard.press('ArrowRight');
    }
    check();
  });
}

test('the map, co-occurrence and Summary slides say what the screen said, and keep its options', async ({
  page,
}) => {
  const check = guardPage(page);
  await presentAnalystSlides(page, 1280, 720);
  // The region view, coloured by share, as it was saved: regions listed with count and share.
  const regions = page.getByRole('region', { name: 'Slide 1 of 4' });
  await expect(
    regions.getByRole('heading', { name: 'Cases by force (map): by region' }),
  ).toBeVisible();
  const regionList = regions.getByRole('list', { name: /places with cases/ });
  await expect(regionList.getByRole('listitem').first()).toHaveText('ANorth West: 4 cases, 36%');
  await expect(regions.getByText(/Darker: a larger share/)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  const forces = page.getByRole('region', { name: 'Slide 2 of 4' });
  const forceItems = forces.getByRole('list', { name: /places with cases/ }).getByRole('listitem');
  await expect(forceItems).toHaveCount(8);
  await expect(forceItems.filter({ hasText: 'Lancashire Constabulary' })).toHaveText(
    /^[A-H]Lancashire Constabulary: 2 cases$/,
  );
  await expect(forces.getByRole('table', { name: 'Cases by force (map)' })).toBeAttached();
  await page.keyboard.press('ArrowRight');
  // The measure chosen on screen; every theme the slide has no room for is counted.
  const matrix = page.getByRole('region', { name: 'Slide 3 of 4' });
  await expect(matrix.getByText(/Each cell: Jaccard/)).toBeVisible();
  await expect(matrix.locator('[data-fitted="false"]')).toHaveCount(0);
  const shownThemes = await matrix.locator('.slide-matrix tbody tr').count();
  expect(shownThemes).toBeGreaterThan(0);
  if (shownThemes < 8)
    await expect(matrix.getByText(`And ${8 - shownThemes} more`, { exact: false })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  const summary = page.getByRole('region', { name: 'Slide 4 of 4' });
  await expect(
    summary.getByText('6 of the 11 reviews (55%) followed a child’s death', { exact: false }),
  ).toBeVisible();
  check();
});

test('under presenter-safe the map slide says "< 5 cases" and the matrix hides small counts', async ({
  page,
}) => {
  const check = guardPage(page);
  await presentAnalystSlides(page, 1024, 768, '?safe=5');
  const forces = page.getByRole('region', { name: 'Slide 1 of 4' });
  await expect(forces.getByText('North West: < 5 cases', { exact: false })).toBeVisible();
  await expect(forces.getByText(/fewer than 5, hidden/)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const matrix = page.getByRole('region', { name: 'Slide 3 of 4' });
  await expect(matrix.locator('[data-fitted="false"]')).toHaveCount(0);
  const cells = await matrix.locator('.slide-matrix tbody td').allTextContents();
  expect(cells.length).toBeGreaterThan(0);
  expect(cells.filter((c) => /^[1-4]$/.test(c.trim()))).toEqual([]);
  await page.keyboard.press('ArrowRight');
  const summary = page.getByRole('region', { name: 'Slide 4 of 4' });
  await expect(
    summary.getByText('Small counts are not given while presenter-safe is on', { exact: false }),
  ).toBeVisible();
  await expect(summary.getByText(/Police most often first came/)).toHaveCount(0);
  check();
});

/** Overview charts saved as slides with "Show 95% intervals" on, and one saved with it off. */
const intervalSlides = [
  { caption: 'Contact routes, with intervals', chart: 'Initial police contact', intervals: true },
  { caption: 'Forces, with intervals', chart: 'Cases by force', intervals: true },
  { caption: 'Outcomes, no intervals', chart: 'Outcome categories', intervals: false },
] as const;

for (const { width, height } of screens) {
  test(`at ${width}x${height} a bar chart slide saved with intervals draws each one from its model, legibly`, async ({
    page,
  }) => {
    const check = guardPage(page);
    await page.setViewportSize({ width, height });
    await page.goto('/');
    for (const slide of intervalSlides)
      await saveSlide(page, slide.intervals ? '?intervals=on' : '?', slide.caption, slide.chart);
    await follow(page, '?view=present');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const total = intervalSlides.length;
    for (const [i, slide] of intervalSlides.entries()) {
      const label = `${slide.caption} at ${width}x${height}`;
      const show = page.getByRole('region', { name: `Slide ${i + 1} of ${total}` });
      await expect(show.getByRole('heading', { level: 1, name: slide.caption })).toBeVisible();
      const subject = show.getByRole('region', { name: slide.chart });
      await expect(subject, label).toBeVisible();
      const drawing = subject.getByRole('img');
      const name = (await drawing.getAttribute('aria-label')) ?? '';
      const bars = name.replace(`${slide.chart}: `, '').split('; ');
      const lines = subject.locator('.slide-plot .whisker');
      const note = subject.getByText('Lines: 95% intervals (Wilson) of the percentages.');
      if (slide.intervals) {
        // Each bar drawn names the interval its row of the chart's table gives: from the model.
        const rows = await tableRows(page, slide.chart);
        expect(bars.length, label).toBeGreaterThan(0);
        for (const bar of bars) {
          const row = rows.find((r) => bar.startsWith(`${r[0]} `));
          expect(row, `${label}: ${bar}`).toBeDefined();
          expect(bar, label).toMatch(new RegExp(`, 95% interval ${row?.[3]}$`));
        }
        await expect(lines).toHaveCount(bars.length);
        await expect(note).toBeVisible();
        // Each line is a legible weight on the projector, and ends inside the slide.
        const strokes = await lines.evaluateAll((gs) =>
          gs.map((g) => Number(g.lastElementChild?.getAttribute('stroke-width'))),
        );
        expect(Math.min(...strokes), label).toBeGreaterThanOrEqual(3);
      } else {
        expect(
          bars.every((b) => !b.includes('interval')),
          label,
        ).toBe(true);
        await expect(lines).toHaveCount(0);
        await expect(note).toHaveCount(0);
      }
      await expect(show.locator('[data-fitted="false"]')).toHaveCount(0);
      const measured = await bodyOf(show).evaluate(measure);
      expect(
        measured.smallest.size,
        `${label}: smallest text (${measured.smallest.text})`,
      ).toBeGreaterThanOrEqual(24);
      expect(measured.cut, `${label}: nothing cut off`).toEqual([]);
      expect(measured.affordances, `${label}: nothing to click or hover`).toEqual([]);
      await page.keyboard.press('ArrowRight');
    }
    check();
  });
}
