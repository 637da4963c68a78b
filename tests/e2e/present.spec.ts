import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { guardPage, tableRows } from './helpers';

const bundled = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/vkpp-2019-11.json'), 'utf8'),
) as { cases: Array<{ id: string; title: string }>; learning: Array<{ summary: string }> };
const titles = bundled.cases.map((c) => c.title);
const summaries = bundled.learning.map((l) => l.summary.replace(/\s+/g, ' ').trim());

/** Saves the view on screen as a slide through the header's form. */
async function saveSlide(page: Page, caption: string, notes = '') {
  await page.getByRole('button', { name: 'Save view as slide' }).click();
  const form = page.getByRole('form', { name: 'Save this view as a slide' });
  await form.getByLabel('Caption').fill(caption);
  if (notes) await form.getByLabel('Speaker notes (optional)').fill(notes);
  await form.getByRole('button', { name: 'Add to deck' }).click();
  await expect(page.getByText(/^Saved as slide \d+ of/)).toBeVisible();
}

async function openPresent(page: Page) {
  await page.getByRole('link', { name: 'Present', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Present' })).toBeVisible();
}

/** Every piece of text on the page a person could see or hear: text and naming attributes. */
function screenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.body.textContent ?? ''];
    for (const element of document.body.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'alt', 'value', 'placeholder', 'aria-description'])
        parts.push(element.getAttribute(name) ?? '');
      if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)
        parts.push(element.value);
    }
    return parts.join(' \n ').replace(/\s+/g, ' ');
  });
}

/** The bundled case titles and learning summaries the page shows. */
async function leaks(page: Page): Promise<string[]> {
  const text = await screenText(page);
  return [...titles, ...summaries].filter((t) => text.includes(t));
}

test('a two-slide deck: build it, present it, step with the keys, leave with Escape', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/?view=method');
  await expect(page.getByRole('heading', { level: 1, name: 'Method' })).toBeVisible();
  await saveSlide(page, 'How the reviews were chosen', 'Start with the funnel.');

  await page.getByRole('link', { name: 'Overview', exact: true }).click();
  await page.getByRole('button', { name: 'Death: 6 cases' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('f.outcome')).toBe('death');
  await saveSlide(page, 'The six deaths');

  await openPresent(page);
  const slides = page.getByRole('list', { name: 'Slides' }).getByRole('listitem');
  await expect(slides).toHaveCount(2);
  await expect(page.getByRole('listitem', { name: 'Slide 2' })).toContainText(
    'Overview · Outcome: Death',
  );

  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const show = page.getByRole('region', { name: /^Slide \d of 2$/ });
  const caption = (text: string) => show.getByRole('heading', { level: 1, name: text });
  await expect(caption('How the reviews were chosen')).toBeVisible();
  await expect(show.getByText('Slide 1 of 2', { exact: true })).toBeVisible();
  await expect(show.getByText('All cases, no filters')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Views' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Screening' })).toBeAttached();

  await page.keyboard.press('ArrowRight');
  await expect(caption('The six deaths')).toBeVisible();
  await expect(caption('How the reviews were chosen')).toHaveCount(0);
  await expect(show.getByText('Slide 2 of 2', { exact: true })).toBeVisible();
  await expect(show.getByText('Filters: Outcome: Death')).toBeVisible();
  // The slide's view is live, with the slide's filters applied.
  expect((await tableRows(page, 'Headline figures'))[0]?.slice(0, 2)).toEqual(['Cases', '6']);

  await page.keyboard.press('ArrowRight');
  await expect(show.getByText('Slide 2 of 2', { exact: true })).toBeVisible();
  await page.keyboard.press('Home');
  await expect(caption('How the reviews were chosen')).toBeVisible();
  await page.keyboard.press('End');
  await expect(caption('The six deaths')).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(show.getByText('Slide 1 of 2', { exact: true })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(show.getByText('Slide 2 of 2', { exact: true })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(show).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Present' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  expect(new URL(page.url()).searchParams.get('view')).toBe('present');
  check();
});

test('slides can be renamed, reordered and deleted', async ({ page }) => {
  const check = guardPage(page);
  await page.goto('/?view=present');
  await page.getByRole('button', { name: 'Load the briefing deck' }).click();
  const slides = page.getByRole('list', { name: 'Slides' }).getByRole('listitem');
  await expect(slides).toHaveCount(6);
  const second = page.getByRole('listitem', { name: 'Slide 2' });
  await second.getByLabel('Caption').fill('Deaths, by kind');
  await second.getByRole('button', { name: 'Move up' }).click();
  await expect(page.getByRole('listitem', { name: 'Slide 1' }).getByLabel('Caption')).toHaveValue(
    'Deaths, by kind',
  );
  await page
    .getByRole('listitem', { name: 'Slide 6' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(slides).toHaveCount(5);
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deaths, by kind' })).toBeVisible();
  await expect(page.getByText('Slide 1 of 5', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  check();
});

test('decks export and import as JSON; a bad deck is refused with a clear message', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/?view=present');
  await page.getByRole('button', { name: 'Load the briefing deck' }).click();
  await expect(page.getByRole('list', { name: 'Slides' }).getByRole('listitem')).toHaveCount(6);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export deck' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    version: number;
    slides: Array<{ caption: string; view: string }>;
  };
  expect(exported.version).toBe(1);
  expect(exported.slides.map((s) => s.view)).toEqual([
    'overview',
    'overview',
    'overview',
    'themes',
    'learning',
    'check',
  ]);

  const bad = {
    ...exported,
    slides: [exported.slides[0], { ...exported.slides[1], caption: undefined }],
  };
  await page.getByLabel('Import deck').setInputFiles({
    name: 'edited-deck.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('edited-deck.json could not be used as a deck');
  await expect(alert).toContainText('Slide 2: caption is missing.');
  await expect(page.getByRole('list', { name: 'Slides' }).getByRole('listitem')).toHaveCount(6);

  await page.getByLabel('Import deck').setInputFiles({
    name: 'not-json.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version": 1, "slides": ['),
  });
  await expect(page.getByRole('alert')).toContainText('not-json.json is not valid JSON');

  const good = { ...exported, title: 'Re-imported', slides: exported.slides.slice(0, 2) };
  await page.getByLabel('Import deck').setInputFiles({
    name: 'good.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(good)),
  });
  await expect(page.getByRole('list', { name: 'Slides' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByLabel('Deck title')).toHaveValue('Re-imported');
  await expect(page.getByRole('alert')).toHaveCount(0);
  check();
});

test('a deck is kept on the device only while the user asks for it', async ({ page }) => {
  const check = guardPage(page);
  await page.goto('/?view=present');
  await page.getByRole('button', { name: 'Load the briefing deck' }).click();
  await expect(page.getByRole('list', { name: 'Slides' }).getByRole('listitem')).toHaveCount(6);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);

  await page.reload();
  await expect(page.getByText(/^No slides yet/)).toBeVisible();

  await page.getByRole('button', { name: 'Load the briefing deck' }).click();
  await page.getByLabel('Keep decks on this device').check();
  await page.reload();
  await expect(page.getByRole('list', { name: 'Slides' }).getByRole('listitem')).toHaveCount(6);
  await expect(page.getByLabel('Keep decks on this device')).toBeChecked();

  await page.getByLabel('Keep decks on this device').uncheck();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.reload();
  await expect(page.getByText(/^No slides yet/)).toBeVisible();
  check();
});

test('the handout prints each slide from a new page, with caption and notes', async ({ page }) => {
  const check = guardPage(page);
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });
  await page.goto('/?view=present');
  await page.getByRole('button', { name: 'Load the briefing deck' }).click();
  await page.getByRole('button', { name: 'Print handout' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes', { timeout: 30_000 });

  const pages = page.getByRole('article');
  await expect(pages).toHaveCount(6);
  await expect(
    pages.nth(1).getByRole('heading', {
      level: 2,
      name: "Six reviews followed a child's death: what kind of death?",
    }),
  ).toBeVisible();
  await expect(pages.nth(1).getByRole('region', { name: 'Notes of slide 2' })).toContainText(
    'The filter keeps the 6 deaths',
  );

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  const breaks = await pages.evaluateAll((articles) =>
    articles.map((a) => getComputedStyle(a).breakAfter),
  );
  expect(breaks).toEqual(['page', 'page', 'page', 'page', 'page', 'auto']);
  // Each slide starts a page; a long list or table runs on (handout.spec.ts looks closer).
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBeGreaterThanOrEqual(6);

  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Back to the deck' }).click();
  await expect(page.getByRole('list', { name: 'Slides' }).getByRole('listitem')).toHaveCount(6);
  check();
});

test('the presenter view follows the slides in a second window and steps them', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/?view=present');
  await page.getByRole('button', { name: 'Load the briefing deck' }).click();
  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Open presenter view' }).click();
  const presenter = await popupOpened;
  await expect(presenter.getByText('Slide 1 of 6', { exact: true })).toBeVisible();
  await expect(presenter.getByRole('navigation', { name: 'Views' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByText('Slide 1 of 6', { exact: true })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByText('Slide 2 of 6', { exact: true })).toBeVisible();
  // The slide opens at its chart.
  await expect(page.getByRole('heading', { name: 'Outcome sub-categories' })).toBeInViewport();
  await expect(presenter.getByText(/^The filter keeps the 6 deaths/)).toBeVisible();
  await expect(
    presenter.getByRole('heading', { name: /^Next: How police first came/ }),
  ).toBeVisible();

  await presenter.getByRole('button', { name: 'Next slide' }).click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'How police first came into contact with the child',
    }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  check();
});

/** Text of a slide whose colour has a contrast below 7:1 with the background behind it. */
function lowContrastText(show: Element): string[] {
  const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
    const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (element: Element): string => {
    for (let e: Element | null = element; e; e = e.parentElement) {
      const colour = rgb(getComputedStyle(e).backgroundColor);
      if (!(colour.length === 4 && colour[3] === 0)) return getComputedStyle(e).backgroundColor;
    }
    return 'rgb(255, 255, 255)';
  };
  const low: string[] = [];
  // HTML text only: SVG text sits on the chart's marks, whose colours this cannot see.
  for (const element of show.querySelectorAll('*')) {
    if (element instanceof SVGElement || element.closest('.visually-hidden')) continue;
    const own = [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
    if (!own) continue;
    const [a, b] = [
      luminance(rgb(getComputedStyle(element).color)),
      luminance(rgb(background(element))),
    ];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 7) low.push(`"${element.textContent?.trim().slice(0, 40)}" ${ratio.toFixed(2)}:1`);
  }
  return low;
}

test('presenting uses the projector theme: all slide text has a contrast of at least 7:1', async ({
  page,
}) => {
  await page.goto('/?view=present');
  await page.getByRole('button', { name: 'Load the briefing deck' }).click();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const subjects = [
    'Headline figures',
    'Outcome sub-categories',
    'Initial police contact',
    'Themes by case',
    'Learning summaries',
    'Published figures check',
  ];
  for (const [i, subject] of subjects.entries()) {
    const show = page.getByRole('region', { name: `Slide ${i + 1} of 6` });
    await expect(show.getByRole('region', { name: subject, exact: true })).toBeVisible();
    expect(await show.evaluate(lowContrastText), `slide ${i + 1}`).toEqual([]);
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
});

test.describe('presenter-safe', () => {
  const navViews = ['Overview', 'Themes', 'Learning', 'Check', 'Method', 'Trends', 'Present'];

  for (const view of navViews) {
    test(`hides case titles and learning summaries on ${view}`, async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('table', { name: 'Headline figures' })).toBeAttached();
      await page.getByRole('button', { name: 'Presenter-safe' }).click();
      await expect(
        page.getByText(
          'Presenter-safe is on: case names, summaries and counts below 5 are hidden.',
        ),
      ).toBeVisible();
      await page.getByRole('link', { name: view, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: view })).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(await leaks(page)).toEqual([]);
    });
  }

  test('holds on every slide of the briefing deck and on a case page', async ({ page }) => {
    await page.goto('/?view=present');
    await page.getByRole('button', { name: 'Presenter-safe' }).click();
    await page.getByRole('button', { name: 'Load the briefing deck' }).click();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    // Under presenter-safe the matrix slide shows the learning items by theme, not the cases.
    const subjects = [
      'Headline figures',
      'Outcome sub-categories',
      'Initial police contact',
      'Learning items by theme',
      'Learning summaries',
      'Published figures check',
    ];
    for (const [i, subject] of subjects.entries()) {
      const n = i + 1;
      await expect(page.getByText(`Slide ${n} of 6`, { exact: true })).toBeVisible();
      await expect(page.getByText(/^Presenter-safe is on/)).toBeVisible();
      // The slide's subject has drawn.
      await expect(page.getByRole('region', { name: subject, exact: true })).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(await leaks(page), `slide ${n}`).toEqual([]);
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Escape');
    await page.evaluate((id) => {
      window.history.pushState(null, '', `?view=case&case=${id}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, bundled.cases[0]?.id);
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('main').getByText(/^Loading/)).toHaveCount(0);
    await page.waitForLoadState('networkidle');
    expect(await leaks(page), 'case page').toEqual([]);
  });
});
