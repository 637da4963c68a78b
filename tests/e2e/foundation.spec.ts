import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { guardPage, loadCsvText, openDatasetMenu, tableRows } from './helpers';

const fixture = (name: string) => resolve(import.meta.dirname, 'fixtures', name);

test('opens on the bundled briefing with its headline figures', async ({ page }) => {
  const check = guardPage(page);
  await page.goto('/');
  // The header's dataset chip names the data on screen.
  await expect(
    page.getByRole('button', {
      name: /^Learning for the police from reviews of death or serious harm/,
    }),
  ).toBeVisible();
  expect(await tableRows(page, 'Headline figures')).toEqual([
    ['Cases', '11', '100%', '–', '11'],
    ['Deaths', '6', '55%', '28–79%', '6'],
    ['Significant harm', '5', '45%', '21–72%', '5'],
    ['Forces', '8', '–', '–', '8'],
    ['Regions', '5', '–', '–', '5'],
  ]);
  for (const name of ['Overview', 'Themes', 'Learning', 'Check', 'Method', 'Trends', 'Present']) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await openDatasetMenu(page);
  await expect(page.getByRole('button', { name: 'Use bundled dataset' })).toBeVisible();
  check();
});

test('loading another CSV replaces the figures; a broken file is refused and keeps them', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Headline figures' })).toBeAttached();

  await page.getByLabel('Load data files').setInputFiles(fixture('three-cases.csv'));
  await expect
    .poll(() => tableRows(page, 'Headline figures'))
    .toEqual([
      ['Cases', '3', '100%', '–', '3'],
      ['Deaths', '1', '33%', '6–80%', '1'],
      ['Significant harm', '2', '67%', '20–94%', '2'],
      ['Forces', '3', '–', '–', '3'],
      ['Regions', '1', '–', '–', '1'],
    ]);

  await page.getByLabel('Load data files').setInputFiles(fixture('unterminated-quote.csv'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('unterminated-quote.csv');
  await expect(alert).toContainText(/row 2/);
  await expect(alert).toContainText(/column/);
  expect((await tableRows(page, 'Headline figures'))[0]).toEqual(['Cases', '3', '100%', '–', '3']);

  await openDatasetMenu(page);
  await page.getByRole('button', { name: 'Use bundled dataset' }).click();
  await expect
    .poll(async () => (await tableRows(page, 'Headline figures'))[0])
    .toEqual(['Cases', '11', '100%', '–', '11']);
  check();
});

test('a CSV mixing CRLF and LF row ends loads every row', async ({ page }) => {
  const check = guardPage(page);
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Headline figures' })).toBeAttached();
  // Saved on Windows, then two rows added by a program writing LF.
  const csv =
    'title,Outcome\r\nMixed: Child A,Death\r\nMixed: Child B,Significant harm\nMixed: Child C,Death\n';
  await loadCsvText(page, 'mixed.csv', csv);
  await expect
    .poll(() => tableRows(page, 'Headline figures'))
    .toEqual([
      ['Cases', '3', '100%', '–', '3'],
      ['Deaths', '2', '67%', '20–94%', '2'],
      ['Significant harm', '1', '33%', '6–80%', '1'],
      ['Forces', 'not recorded', '–', '–', 'not recorded'],
      ['Regions', 'not recorded', '–', '–', 'not recorded'],
    ]);
  await expect(page.getByRole('alert')).toHaveCount(0);
  check();
});

test('a file of 70,000 short rows loads (rows are not passed as one argument list)', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Headline figures' })).toBeAttached();
  const rows = Array.from(
    { length: 70_000 },
    (_, i) => `c${i},${i % 3 ? 'Death' : 'Significant harm'}`,
  );
  const csv = `Case ID,Outcome\n${rows.join('\n')}\n`;
  await loadCsvText(page, 'many-rows.csv', csv);
  await expect
    .poll(async () => (await tableRows(page, 'Headline figures')).slice(0, 3), { timeout: 20_000 })
    .toEqual([
      ['Cases', '70,000', '100%', '–', '70,000'],
      ['Deaths', '46,666', '67%', '66–68%', '46,666'],
      ['Significant harm', '23,334', '33%', '32–34%', '23,334'],
    ]);
  await expect(page.getByRole('alert')).toHaveCount(0);
  check();
});

test('a misspelt outcome is reported with its row, column and the outcome meant', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Headline figures' })).toBeAttached();
  const csv =
    'Case review title,Outcome\nA: Child 1,Death\nB: Child 2,Signficant harm\nC: Child 3,death\n';
  await loadCsvText(page, 'misspelt.csv', csv);
  const report = page.getByRole('status').filter({ hasText: 'Loaded with 1 warning' });
  await expect(report).toContainText('misspelt.csv');
  await expect(report).toContainText('row 3');
  await expect(report).toContainText('"Signficant harm" is neither death nor significant harm');
  await expect(report).toContainText('Did you mean "Significant harm"?');
  expect((await tableRows(page, 'Headline figures')).slice(0, 3)).toEqual([
    ['Cases', '3', '100%', '–', '3'],
    ['Deaths', '2', '67%', '20–94%', '2'],
    ['Significant harm', '0', '0%', '0–57%', '0'],
  ]);
  check();
});

test('a file dropped on the page loads', async ({ page }) => {
  const check = guardPage(page);
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Headline figures' })).toBeAttached();
  const csv = 'title,Outcome\nDropped: Child D,Death\n';
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
    return transfer;
  }, csv);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect
    .poll(async () => (await tableRows(page, 'Headline figures'))[0])
    .toEqual(['Cases', '1', '100%', '–', '1']);
  check();
});

test('the built page carries the strict Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
});
