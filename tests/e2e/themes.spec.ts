import { expect, test, type Page } from '@playwright/test';
import { guardPage, tableRows } from './helpers';

const billyCell =
  'Middlesbrough: Billy — Multi-agency working and decision-making: 2 learning items, theme coded, inferred';

/** Twenty theme columns with the labels a real codebook might use. */
const themeLabels = [
  'Multi-agency working',
  'Information sharing',
  'Auditing and recording',
  'Risk assessment',
  'Responding to vulnerability',
  'Investigation',
  'Disruption of perpetrators',
  'Engagement with families',
  'Voice of the child',
  'Professional curiosity',
  'Escalation',
  'Supervision',
  'Training',
  'Domestic abuse',
  'Mental health',
  'Substance misuse',
  'Missing episodes',
  'Child exploitation',
  'Online harm',
  'Neglect indicators',
];

/** A 5,000-case CSV with twenty theme columns ticked by a fixed pseudo-random rule. */
function syntheticCsv(cases: number): string {
  const lines = [['Case review title', 'Outcome', 'Police force', ...themeLabels].join(',')];
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let i = 1; i <= cases; i += 1) {
    const ticks = themeLabels.map((_, t) => (next() < 0.12 + (t % 5) * 0.05 ? 'yes' : ''));
    const outcome = i % 3 === 0 ? 'Significant harm' : 'Death';
    lines.push([`Synthetic area ${i}: Child ${i}`, outcome, `Force ${i % 40}`, ...ticks].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** Long tasks are recorded from the page's start by a PerformanceObserver of type 'longtask'. */
async function installLongTaskObserver(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const store = window as unknown as { longTasks: number[] };
    store.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) store.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The durations of the long tasks recorded so far, emptying the record. */
async function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const store = window as unknown as { longTasks: number[] };
    return store.longTasks.splice(0).map(Math.round);
  });
}

test('arrows move in the Themes grid and Enter opens the cell’s learning', async ({ page }) => {
  const check = guardPage(page);
  await page.goto('/?view=themes');
  const grid = page.getByRole('grid', { name: 'Themes by case' });
  await expect(grid).toBeVisible();
  await expect(grid.getByRole('rowheader')).toHaveCount(11 + 2);
  await expect(page.getByText(/22 of 25 learning items name no case/)).toBeVisible();

  const cell = grid.getByRole('gridcell', { name: billyCell });
  await cell.focus();
  await page.keyboard.press('ArrowRight');
  await expect(
    grid.getByRole('gridcell', {
      name: 'Middlesbrough: Billy — Information sharing: 0 learning items',
    }),
  ).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(
    grid.getByRole('gridcell', {
      name: 'Stockport: KW and KG — Information sharing: 0 learning items',
    }),
  ).toBeFocused();
  await page.keyboard.press('Home');
  await expect(grid.getByRole('rowheader', { name: 'Stockport: KW and KG' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowRight');
  await expect(cell).toBeFocused();

  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', {
    name: 'Middlesbrough: Billy — Multi-agency working and decision-making',
  });
  await expect(panel).toBeVisible();
  const items = panel.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: 'praised police and the school' })).toHaveCount(1);
  await expect(items.filter({ hasText: 'disengaged from the support' })).toHaveCount(1);
  await expect(panel.getByRole('heading', { name: 'Good practice (1)' })).toBeVisible();
  await expect(page).toHaveURL(/drill=cell%3Amiddlesbrough-billy%3Amulti-agency-working/);

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(cell).toBeFocused();
  check();
});

test('a theme’s drill-down lists the learning whose case the source does not name', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/?view=themes');
  const grid = page.getByRole('grid', { name: 'Themes by case' });
  // A click on the drawing goes through the hit-test to the column header under the pointer.
  await grid.getByRole('columnheader', { name: 'Information sharing' }).click({ force: true });
  const panel = page.getByRole('region', { name: 'Information sharing' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Information sharing' })).toBeFocused();
  const unnamed = panel.getByRole('region', { name: 'No case named in the source (13)' });
  await expect(unnamed.getByRole('listitem')).toHaveCount(13);
  await expect(
    unnamed.getByRole('listitem').filter({ hasText: 'DASH risk assessment completed' }),
  ).toHaveCount(1);
  await expect(unnamed.getByText('No case named in the source').first()).toBeVisible();

  // No case holds the theme (its learning names none): filtering to it would leave no case, so
  // the button says so and is disabled rather than emptying every view.
  const only = panel.getByRole('button', { name: 'Show only cases with this theme (0 cases)' });
  await expect(only).toHaveAttribute('aria-disabled', 'true');
  await expect(only).toHaveAccessibleDescription(
    /No case in view is coded with this theme \(its learning names no case\), so showing only its cases would leave none/,
  );
  await expect(page).not.toHaveURL(/f\.themes=/);
  check();
});

test('a 5,000-case file renders on a canvas and scrolls without a long task over 200 ms', async ({
  page,
}, testInfo) => {
  const check = guardPage(page);
  await installLongTaskObserver(page);
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Headline figures' })).toBeAttached();
  await page.getByLabel('Load data files').setInputFiles({
    name: 'synthetic-5000.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(syntheticCsv(5000)),
  });
  await expect
    .poll(async () => (await tableRows(page, 'Headline figures'))[0]?.[1], { timeout: 30_000 })
    .toBe('5,000');
  // Parsing and indexing belong to the loader; record their long tasks, then measure the view.
  const loading = await takeLongTasks(page);
  testInfo.annotations.push({ type: 'loading long tasks (ms)', description: loading.join(', ') });

  await page.getByRole('link', { name: 'Themes', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Themes by case' });
  await expect(grid).toHaveAttribute('aria-rowcount', String(5000 + 3), { timeout: 30_000 });
  await expect(grid.getByRole('columnheader')).toHaveCount(20 + 2);
  await page.waitForTimeout(300);
  await page.screenshot({ path: testInfo.outputPath('heatmap-5000.png') });

  await grid.hover();
  for (let step = 0; step < 25; step += 1) {
    await page.mouse.wheel(0, 900);
    await page.waitForTimeout(30);
  }
  await grid.locator('..').evaluate((element) => {
    element.scrollTop = element.scrollHeight / 2;
  });
  await page.waitForTimeout(300);
  const indices = await grid
    .getByRole('row')
    .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('aria-rowindex'))));
  expect(Math.max(...indices)).toBeGreaterThan(2000);
  // Virtualised: a window of rows, not 5,000, and the page within the DOM budget.
  expect(indices.length).toBeLessThan(60);
  expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThanOrEqual(
    1400,
  );
  await page.screenshot({ path: testInfo.outputPath('heatmap-5000-scrolled.png') });

  // The grid is one tab stop, a few stops after the sort controls.
  await page.getByRole('combobox', { name: 'Sort themes by' }).focus();
  for (let tabs = 0; tabs < 4; tabs += 1) {
    await page.keyboard.press('Tab');
    if (await grid.evaluate((g) => g.contains(document.activeElement))) break;
  }
  // The active cell (the first case's, scrolled away) stays in the DOM and takes focus.
  await expect(page.locator(':focus')).toHaveAttribute(
    'aria-label',
    /^Synthetic area \d+: Child \d+ — Multi-agency working/,
  );
  await page.keyboard.press('Control+End');
  await expect(grid.getByRole('gridcell', { name: /^No case named — Total/ })).toBeFocused();

  const viewing = await takeLongTasks(page);
  testInfo.annotations.push({ type: 'view long tasks (ms)', description: viewing.join(', ') });
  expect(Math.max(0, ...viewing)).toBeLessThan(200);
  check();
});
