/**
 * Accessibility (issue 9, "Hardening"): axe finds nothing on any view or open panel, nor in
 * presenter mode; charts have text alternatives; colour never carries meaning alone; reduced
 * motion holds. The keyboard journeys are in accessibility-keyboard.spec.ts.
 */
import { expect, test } from '@playwright/test';
import {
  axeViolations,
  contrast,
  drawingsWithoutText,
  openView,
  screenSizes,
  showAllData,
  views,
} from './a11y-checks';
import { guardPage, openDatasetMenu, openFilter } from './helpers';

test.describe('axe', () => {
  for (const size of screenSizes) {
    test.describe(`at ${size.name}`, () => {
      test.use({ viewport: { width: size.width, height: size.height } });
      for (const [view, heading] of views) {
        test(`${heading}: no violations, with every data table shown`, async ({ page }) => {
          const check = guardPage(page);
          await openView(page, view, heading);
          expect(await axeViolations(page)).toEqual([]);
          await showAllData(page);
          expect(await axeViolations(page)).toEqual([]);
          check();
        });
      }
    });
  }

  test('open panels: case list, filter menu, Datasets, drill-downs, Check tabs', async ({
    page,
  }) => {
    // A dozen full axe runs, each over a whole view: more than the default minute on a busy machine.
    test.slow();
    const check = guardPage(page);
    await openView(page, 'overview', 'Overview');
    await page
      .getByRole('group', { name: 'Outcome categories' })
      .getByRole('button', { name: 'List the 6 cases behind Death' })
      .click();
    await expect(page.getByRole('dialog', { name: /Death/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    const outcome = await openFilter(page, 'Outcome');
    await expect(outcome).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await outcome.getByRole('checkbox', { name: /^Death/ }).check();
    await page.getByRole('searchbox', { name: 'Search filters' }).fill('kent');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Initial police contact: data and export' }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await openDatasetMenu(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Datasets' }).click();
    await expect(page.getByRole('dialog', { name: 'Datasets' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await openView(page, 'themes', 'Themes');
    const grid = page.getByRole('grid', { name: 'Themes by case' });
    await grid.getByRole('rowheader', { name: 'Middlesbrough: Billy' }).click({ force: true });
    await expect(page.getByRole('region', { name: /Middlesbrough: Billy/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await grid.getByRole('columnheader', { name: 'Information sharing' }).click({ force: true });
    await expect(page.getByRole('region', { name: 'Information sharing' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    for (const mode of ['Presence', 'Row %', 'Column %']) {
      await page.getByRole('radio', { name: mode }).check();
      expect(await axeViolations(page), mode).toEqual([]);
    }

    await openView(page, 'check', 'Check');
    for (const tab of ['Load report', 'Case table', 'Compare versions']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('tabpanel')).toBeVisible();
      expect(await axeViolations(page), tab).toEqual([]);
    }
    check();
  });

  test('Trends with several periods, and a load with warnings', async ({ page }) => {
    const check = guardPage(page);
    await openView(page, 'trends', 'Trends');
    await page.getByRole('button', { name: 'Load the synthetic demo (not real cases)' }).click();
    await expect(page.getByRole('heading', { name: 'Compare two periods' })).toBeVisible();
    await showAllData(page);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Load data files').setInputFiles('tests/fixtures/bad-values.csv');
    await expect(page.getByRole('status').filter({ hasText: 'bad-values.csv' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    check();
  });

  test('presenter mode: every slide of the briefing deck, and presenter-safe', async ({ page }) => {
    const check = guardPage(page);
    await openView(page, 'present', 'Present');
    await page.getByRole('button', { name: 'Load the briefing deck' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    for (let slide = 1; slide <= 6; slide += 1) {
      const show = page.getByRole('region', { name: `Slide ${slide} of 6` });
      await expect(show.getByText(`Slide ${slide} of 6`, { exact: true })).toBeVisible();
      // The slide's subject has drawn: its title under the caption.
      await expect(show.getByRole('heading', { level: 2 }).first()).toBeVisible();
      expect(await axeViolations(page), `slide ${slide}`).toEqual([]);
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Presenter-safe' }).click();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.getByText(/^Presenter-safe is on/)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    check();
  });

  test('presenter mode: the handout and the presenter view', async ({ page, context }) => {
    const check = guardPage(page);
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
    });
    await openView(page, 'present', 'Present');
    await page.getByRole('button', { name: 'Load the briefing deck' }).click();
    await page.getByRole('button', { name: 'Print handout' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes', { timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Back to the deck' }).click();

    const [presenterView] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open presenter view' }).click(),
    ]);
    await expect(presenterView.getByText(/Slide 1 of 6/).first()).toBeVisible();
    expect(await axeViolations(presenterView)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    check();
  });
});

test('charts have text alternatives: named drawings and captioned data tables', async ({
  page,
}) => {
  const check = guardPage(page);
  for (const [view, heading] of views) {
    await openView(page, view, heading);
    expect(await drawingsWithoutText(page), heading).toEqual([]);
  }
  await openView(page, 'overview', 'Overview');
  for (const title of [
    'Headline figures',
    'Outcome categories',
    'Outcome sub-categories',
    'Initial police contact',
    'Cases by force',
    'Cases by region',
    'Cases by year',
  ]) {
    const chart = page.getByRole('region', { name: title, exact: true });
    await expect(chart.getByRole('table', { name: title, exact: true })).toBeAttached();
  }
  await expect(page.getByRole('img', { name: /./ })).toHaveCount(0);
  await openView(page, 'method', 'Method');
  await expect(page.getByRole('img', { name: /Screening/ })).toBeVisible();
  await openView(page, 'trends', 'Trends');
  await page.getByRole('button', { name: 'Load the synthetic demo (not real cases)' }).click();
  await expect(page.getByRole('heading', { name: 'Compare two periods' })).toBeVisible();
  expect(await drawingsWithoutText(page), 'Trends, several periods').toEqual([]);
  check();
});

test('colour is never the only carrier of meaning', async ({ page }) => {
  const check = guardPage(page);
  await openView(page, 'overview', 'Overview');
  const outcomes = page.getByRole('group', { name: 'Outcome categories' });
  // Inferred shares are hatched (a pattern), not only paler; the legend says so in words.
  const harm = outcomes.getByRole('button', { name: 'Significant harm: 5 cases' });
  await expect(harm.locator('rect[fill^="url(#"]')).toHaveCount(1);
  // Every legend swatch has its words beside it.
  const legends = await page.evaluate(() =>
    [...document.querySelectorAll('svg[role=group] g[aria-hidden=true] > g')].map(
      (entry) => entry.querySelector('text')?.textContent?.trim() ?? '',
    ),
  );
  expect(legends.length).toBeGreaterThan(6);
  expect(legends.filter((text) => text === '')).toEqual([]);
  expect(legends).toContain('Inferred');

  // A selected bar is outlined and pressed, not only coloured; the others only dim.
  await outcomes.getByRole('button', { name: 'Death: 6 cases' }).click();
  const death = outcomes.getByRole('button', { name: 'Death: 6 cases' });
  await expect(death).toHaveAttribute('aria-pressed', 'true');
  await expect(death.locator('rect[fill="none"][stroke-width="2"]')).toHaveCount(1);
  await expect(harm).toHaveAttribute('aria-pressed', 'false');
  await expect(harm.locator('rect[fill="none"][stroke-width="2"]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Remove.*Death|Outcome: Death/ })).toBeVisible();

  // The heatmap: outcome markers differ in shape; cells print their counts; presence is told by
  // lightness a greyscale reader still sees (at least 3:1), and inferred codes are hatched.
  await openView(page, 'themes', 'Themes');
  const body = page.locator('svg.heatmap-svg', { hasText: 'Kent: Child H' });
  await expect(body.locator(':scope > g > circle').first()).toBeAttached();
  await expect(body.locator(':scope > g > rect').first()).toBeAttached();
  await expect(body.locator('text', { hasText: /^2$/ }).first()).toBeAttached();
  await expect(body.locator('rect[fill^="url(#"]')).toHaveCount(2);
  await page.getByRole('radio', { name: 'Presence' }).check();
  const fills = await page.evaluate(() => {
    const entries = [...document.querySelectorAll('.heatmap-legend .legend-entry')];
    const fillOf = (word: string) =>
      entries
        .find((e) => e.textContent?.trim() === word)
        ?.querySelector('rect')
        ?.getAttribute('fill') ?? '';
    return { none: fillOf('none'), present: fillOf('present') };
  });
  expect(contrast(fills.none, fills.present)).toBeGreaterThanOrEqual(3);

  // The Check view names each status in words.
  await openView(page, 'check', 'Check');
  const statuses = await page
    .getByRole('table', { name: 'Published figures check' })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[2]?.textContent ?? ''));
  expect(statuses.length).toBe(36);
  for (const status of statuses) expect(status).toMatch(/^(Match|Mismatch|Stated only)/);
  check();
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('nothing moves: no CSS transition or animation runs anywhere in the journey', async ({
    page,
  }) => {
    const check = guardPage(page);
    await page.addInitScript(() => {
      const motion: string[] = [];
      (window as unknown as { motion: string[] }).motion = motion;
      for (const type of ['transitionrun', 'animationstart'])
        document.addEventListener(
          type,
          (event) => motion.push(`${type} ${String(event.target)}`),
          true,
        );
    });
    /** Animations running now, and elements whose styles would animate. */
    const moving = () =>
      page.evaluate(() => ({
        running: document.getAnimations().length,
        styled: [...document.querySelectorAll('*')]
          .filter((element) => {
            const style = getComputedStyle(element);
            const durations = `${style.transitionDuration},${style.animationDuration}`;
            return (
              style.animationName !== 'none' || durations.split(',').some((d) => parseFloat(d) > 0)
            );
          })
          .map((element) => element.tagName),
        smoothScroll: getComputedStyle(document.documentElement).scrollBehavior,
        events: (window as unknown as { motion: string[] }).motion,
      }));
    const still = { running: 0, styled: [], smoothScroll: 'auto', events: [] };

    await openView(page, 'overview', 'Overview');
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
      true,
    );
    const death = page
      .getByRole('group', { name: 'Outcome categories' })
      .getByRole('button', { name: 'Death: 6 cases' });
    await page.getByRole('button', { name: '6 Deaths 55% of cases. List the cases' }).click();
    expect(await moving()).toEqual(still);
    await page.keyboard.press('Escape');
    await death.hover();
    await death.click();
    await expect(death).toHaveAttribute('aria-pressed', 'true');
    await openDatasetMenu(page);
    await page.getByRole('button', { name: 'Datasets' }).click();
    expect(await moving()).toEqual(still);
    await page.keyboard.press('Escape');
    await page.getByLabel('Load data files').setInputFiles('tests/e2e/fixtures/three-cases.csv');
    await expect(page.getByRole('button', { name: /^Death: 1 case/ }).first()).toBeVisible();
    expect(await moving()).toEqual(still);

    await openDatasetMenu(page);
    await page.getByRole('button', { name: 'Use bundled dataset' }).click();
    await page.getByRole('link', { name: 'Themes', exact: true }).click();
    await page
      .getByRole('grid', { name: 'Themes by case' })
      .getByRole('columnheader', { name: 'Information sharing' })
      .click({ force: true });
    await expect(page.getByRole('region', { name: 'Information sharing' })).toBeVisible();
    expect(await moving()).toEqual(still);

    await page.getByRole('link', { name: 'Present', exact: true }).click();
    await page.getByRole('button', { name: 'Load the briefing deck' }).click();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.getByText('Slide 1 of 6', { exact: true })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText('Slide 2 of 6', { exact: true })).toBeVisible();
    expect(await moving()).toEqual(still);
    check();
  });
});
