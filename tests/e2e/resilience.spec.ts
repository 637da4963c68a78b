/**
 * Resilience (issue 9, "Hardening"): a view that fails leaves the rest of the app working, with
 * a way back; and memory is released when a dataset is replaced — a ~5 MB synthetic CSV loaded
 * five times leaves the heap (after a forced garbage collection) no more than 1.5× what it was
 * after the first load. The heap figures are printed; the margin is generous because heaps vary.
 */
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { generateDataset } from '../../scripts/synthetic/generate';
import { datasetToCasesCsv } from '../../scripts/synthetic/to-csv';
import { guardPage, openDatasetMenu, openFilter, tableRows } from './helpers';

const fixture = (name: string) => resolve(import.meta.dirname, 'fixtures', name);

const LOADS = 5;
/** About 1.5 KB a case: 3,300 cases make a file of about 5 MB. */
const CASES = 3300;
const MARGIN = 1.5;

/** The heap in use after a full garbage collection, from the page and from the DevTools protocol. */
async function heapAfterGc(page: Page, cdp: CDPSession) {
  for (let pass = 0; pass < 3; pass += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const usedJSHeapSize = await page.evaluate(
    () =>
      (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory
        ?.usedJSHeapSize ?? 0,
  );
  return { usedSize, usedJSHeapSize };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

test('replacing a 5 MB dataset five times releases the replaced ones', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const check = guardPage(page);
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Headline figures' })).toBeAttached();
  const cdp = await page.context().newCDPSession(page);
  const input = page.getByLabel('Load data files');
  const figures: Array<{ load: number; file: string; usedSize: number; usedJSHeapSize: number }> =
    [];
  for (let load = 1; load <= LOADS; load += 1) {
    // A different file each time (one case more), so each load shows on screen.
    const cases = CASES + load;
    const csv = datasetToCasesCsv(generateDataset({ cases, seed: load }));
    await input.setInputFiles({
      name: `synthetic-${load}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await expect
      .poll(async () => (await tableRows(page, 'Headline figures'))[0]?.[1], { timeout: 60_000 })
      .toBe(cases.toLocaleString('en-GB'));
    figures.push({ load, file: mb(Buffer.byteLength(csv)), ...(await heapAfterGc(page, cdp)) });
  }
  const lines = figures.map(
    (f) =>
      `load ${f.load} (${f.file}): heap ${mb(f.usedSize)} (DevTools), ${mb(f.usedJSHeapSize)} (performance.memory)`,
  );
  console.log(lines.join('\n'));
  testInfo.annotations.push({ type: 'heap after each load', description: lines.join('; ') });

  const first = figures[0]!;
  const last = figures[LOADS - 1]!;
  expect(last.usedSize).toBeLessThanOrEqual(first.usedSize * MARGIN);
  if (first.usedJSHeapSize > 0)
    expect(last.usedJSHeapSize).toBeLessThanOrEqual(first.usedJSHeapSize * MARGIN);
  check();
});

test('a view that fails shows why, and the rest of the app keeps working', async ({ page }) => {
  const uncaught: string[] = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  // The Method view's code fails as it loads, as a broken build or a bug in the view would.
  await page.route('**/assets/method-view-*.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "throw new Error('simulated failure in the Method view');",
    }),
  );
  await page.goto('/?view=method');
  const failure = page.getByRole('alert');
  await expect(failure).toContainText('This view failed: simulated failure in the Method view');
  await expect(failure).not.toContainText('.js:');
  // The header, navigation and the line on filters are still there and work.
  await expect(page.getByRole('region', { name: 'Filters' })).toContainText('Not filtered');
  await failure.getByRole('button', { name: 'Back to Overview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await (await openFilter(page, 'Outcome')).getByRole('checkbox', { name: /^Death/ }).check();
  await expect.poll(() => new URL(page.url()).searchParams.get('f.outcome')).toBe('death');
  await page.keyboard.press('Escape');
  expect((await tableRows(page, 'Headline figures'))[0]?.slice(0, 2)).toEqual(['Cases', '6']);
  await page.getByRole('link', { name: 'Themes', exact: true }).click();
  await expect(page.getByRole('grid', { name: 'Themes by case' })).toBeVisible();
  await page.getByRole('link', { name: 'Method', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('This view failed');
  await page.getByRole('link', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Published figures check' })).toBeAttached();
  expect(uncaught).toEqual([]);
});

test('code that does not arrive is said so, loads on Try again, and the data stays', async ({
  page,
}) => {
  const uncaught: string[] = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  // The connection drops while the Themes view's and the Datasets panel's code is fetched (under
  // any address: the retry asks for a fresh one, as Chromium keeps the failed one for good).
  let offline = true;
  const fetched: string[] = [];
  await page.route(/\/assets\/(themes-view|datasets-panel)-[^/]*\.js(\?.*)?$/, (route) => {
    const { pathname, search } = new URL(route.request().url());
    fetched.push(pathname + search);
    return offline ? route.abort('internetdisconnected') : route.continue();
  });
  await page.goto('/');
  await page.getByLabel('Load data files').setInputFiles(fixture('three-cases.csv'));
  await expect
    .poll(async () => (await tableRows(page, 'Headline figures'))[0])
    .toEqual(['Cases', '3', '100%', '–', '3']);

  await page.getByRole('link', { name: 'Themes', exact: true }).click();
  const failure = page.getByRole('alert');
  await expect(failure).toContainText('This view could not be loaded.');
  await expect(failure).toContainText('the connection may have dropped');
  await expect(failure).not.toContainText('/assets/');

  // The Datasets panel fails in place; the header and the view area stay.
  await openDatasetMenu(page);
  await page.getByRole('button', { name: 'Datasets', exact: true }).click();
  const panelFailure = page.getByRole('alert').filter({ hasText: 'The Datasets panel' });
  await expect(panelFailure).toContainText('The Datasets panel could not be loaded.');
  await expect(page.getByRole('link', { name: 'Overview', exact: true })).toBeVisible();

  // Still offline: Try again fails again and says a reload is the sure way, and what it keeps.
  await panelFailure.getByRole('button', { name: 'Try again' }).click();
  await expect(panelFailure).toContainText('The Datasets panel still could not be loaded.');
  await expect(panelFailure).toContainText('datasets kept on this device come back');
  await expect(panelFailure.getByRole('button', { name: 'Reload page' })).toBeVisible();

  offline = false;
  await panelFailure.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('dialog', { name: 'Datasets' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('grid', { name: 'Themes by case' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Every retry was a real request, under an address of its own.
  const panelRequests = fetched.filter((u) => u.includes('datasets-panel'));
  expect(panelRequests.length).toBe(3);
  expect(new Set(panelRequests).size).toBe(3);

  await page.getByRole('link', { name: 'Overview', exact: true }).click();
  expect((await tableRows(page, 'Headline figures'))[0]).toEqual(['Cases', '3', '100%', '–', '3']);
  expect(uncaught).toEqual([]);
});
