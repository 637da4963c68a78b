import { expect, test, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { guardPage, openDatasetMenu, tableRows } from './helpers';

const keptDatabase = 'case-review-explorer';

function casesCsv(period: string, titles: string[]): string {
  const rows = titles.map((t, i) => `${t},${period},${i % 2 === 0 ? 'Death' : 'Significant harm'}`);
  return ['Title,Period,Outcome', ...rows].join('\n') + '\n';
}

const q2 = {
  name: 'briefing-2019-q2.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(casesCsv('2019-Q2', ['Kent: Child A', 'Kent: Child B', 'Dorset: Child C'])),
};
const q3 = {
  name: 'briefing-2019-q3.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    casesCsv('2019-Q3', [
      'Essex: Child D',
      'Essex: Child E',
      'Surrey: Child F',
      'Hull: Child G',
      'Leeds: Child H',
    ]),
  ),
};

/** The names of this origin's IndexedDB databases. */
function databases(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
}

/** The kept datasets' index record as JSON, read straight from IndexedDB ('' when absent). */
function keptIndex(page: Page): Promise<string> {
  return page.evaluate(
    (name) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db
            .transaction('kept-datasets', 'readonly')
            .objectStore('kept-datasets')
            .get('kept-index');
          request.onsuccess = () => {
            db.close();
            resolve(JSON.stringify(request.result ?? ''));
          };
          request.onerror = () => reject(request.error);
        };
      }),
    keptDatabase,
  );
}

const bundledTitle = 'Learning for the police from reviews of death or serious harm';

/** Whether the dataset menu says the data on screen is kept on this device (closes it again). */
async function keptBadgeShown(page: Page): Promise<boolean> {
  await openDatasetMenu(page);
  await expect(page.getByRole('button', { name: /\(dataset menu\)$/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  const shown = await page.getByText('Kept on this device', { exact: true }).isVisible();
  await page.keyboard.press('Escape');
  return shown;
}

test('two files of different periods load together; kept data survives a reload until forgotten', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/?view=trends');
  await expect(page.getByText(bundledTitle)).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Trends needs data from two or more periods' }),
  ).toBeVisible();
  expect(await databases(page)).not.toContain(keptDatabase);

  await page.getByLabel('Load data files').setInputFiles([q2, q3]);
  await expect
    .poll(() => tableRows(page, 'Cases by period'))
    .toEqual([
      ['2019-Q2', '3', '38%', '13–70%'],
      ['2019-Q3', '5', '63%', '30–87%'],
    ]);
  await expect(page.getByRole('heading', { name: 'Compare two periods' })).toBeVisible();

  await openDatasetMenu(page);

  await page.getByRole('button', { name: 'Datasets' }).click();
  const panel = page.getByRole('dialog', { name: 'Datasets' });
  const keep = panel.getByRole('checkbox', { name: 'Keep on this device' });
  await expect(keep).not.toBeChecked();
  await expect(panel).toContainText("Stored in this browser's IndexedDB on this device only");
  // Keeping is asynchronous (an IndexedDB write), so the box turns checked once the write is done.
  await keep.click();
  await expect(keep).toBeChecked();
  await expect.poll(() => keptBadgeShown(page)).toBe(true);
  await page.getByRole('button', { name: '2019-Q3: 5 cases' }).click();
  await expect.poll(() => keptIndex(page)).toContain('"period"');

  // A fresh start without filters in the link: the kept dataset comes back with its filters.
  await page.goto('/?view=trends');
  await expect(page.locator('header')).toContainText('briefing-2019-q2');
  await expect.poll(() => keptBadgeShown(page)).toBe(true);
  await expect
    .poll(() => tableRows(page, 'Cases by period'))
    .toEqual([
      ['2019-Q2', '3', '38%', '13–70%'],
      ['2019-Q3', '5', '63%', '30–87%'],
    ]);
  await expect(page.getByRole('button', { name: '2019-Q3: 5 cases' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await openDatasetMenu(page);

  await page.getByRole('button', { name: 'Datasets' }).click();
  await panel.getByRole('button', { name: /^Forget briefing-2019-q2/ }).click();
  await expect(panel.getByText('Nothing is kept on this device.')).toBeVisible();
  await expect.poll(() => keptBadgeShown(page)).toBe(false);
  await expect.poll(() => databases(page)).not.toContain(keptDatabase);

  await page.reload();
  await expect(page.getByText(bundledTitle)).toBeVisible();
  await expect
    .poll(() => tableRows(page, 'Cases by period'))
    .toEqual([['2019-Q3', '11', '100%', '74–100%']]);
  await expect.poll(() => keptBadgeShown(page)).toBe(false);
  expect(await databases(page)).not.toContain(keptDatabase);
  check();
});

test('the synthetic demo loads four periods and is marked as not real', async ({ page }) => {
  const check = guardPage(page);
  await page.goto('/?view=trends');
  await page.getByRole('button', { name: 'Load the synthetic demo (not real cases)' }).click();
  await expect
    .poll(() => tableRows(page, 'Cases by period'))
    .toEqual([
      ['2019-Q1', '30', '25%', '18–34%'],
      ['2019-Q2', '30', '25%', '18–34%'],
      ['2019-Q3', '30', '25%', '18–34%'],
      ['2019-Q4', '30', '25%', '18–34%'],
    ]);
  await expect(page.locator('header')).toContainText('synthetic — not real cases', {
    ignoreCase: true,
  });
  await expect(page.getByText('Synthetic — not real cases.')).toBeVisible();
  const chart = page.getByRole('group', { name: 'Outcomes by period' });
  await expect(chart.getByRole('button', { name: /^Death, 2019-Q1: \d+ cases/ })).toBeVisible();
  await page.getByLabel('Break down by').selectOption('Themes');
  await expect(page.getByRole('group', { name: 'Themes by period' })).toBeVisible();
  check();
});

test('a file added to the bundled briefing joins it as another period', async ({ page }) => {
  const check = guardPage(page);
  await page.goto('/?view=trends');
  await expect(page.getByText(bundledTitle)).toBeVisible();
  await openDatasetMenu(page);
  await page.getByRole('button', { name: 'Datasets' }).click();
  await page.getByLabel('Add to current data').setInputFiles([q2]);
  await expect
    .poll(() => tableRows(page, 'Cases by period'))
    .toEqual([
      ['2019-Q2', '3', '21%', '7–48%'],
      ['2019-Q3', '11', '79%', '52–93%'],
    ]);
  await expect(page.locator('header')).toContainText('Combined:');
  check();
});

test('a period mostly not coded yet: shares are of the reviews coded, so no theme falls falsely', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/?view=trends');
  await expect(page.getByText(bundledTitle)).toBeVisible();
  // Two periods of 40 reviews, themes 1 / 0; in 2020-Q1 only 10 are coded, 30 are blank.
  await page
    .getByLabel('Load data files')
    .setInputFiles(resolve(process.cwd(), 'tests/fixtures/two-periods-partly-coded.csv'));
  await expect
    .poll(async () => (await tableRows(page, 'Cases by period')).map((r) => r.slice(0, 3)))
    .toEqual([
      ['2019-Q3', '40', '50%'],
      ['2020-Q1', '40', '50%'],
    ]);
  await page.getByLabel('Break down by').selectOption('Themes');
  const comparison = page.getByRole('table', { name: 'Theme: 2019-Q3 compared with 2020-Q1' });
  await expect(comparison).toBeVisible();
  expect(await tableRows(page, 'Theme: 2019-Q3 compared with 2020-Q1')).toEqual([
    [
      'Information sharing',
      ...['25', '62.5%', '47–76%', '40'],
      ...['4', '40%', '16–69%', '10'],
      ...['−22.5 pp', '−49.2 to +10.1 pp', 'no clear change; small base (under 30)'],
    ],
    [
      'Voice of the child',
      ...['12', '30%', '18–46%', '40'],
      ...['5', '50%', '23–77%', '10'],
      ...['+20.0 pp', '−10.5 to +48.9 pp', 'no clear change; small base (under 30)'],
    ],
    [
      'Risk assessment',
      ...['20', '50%', '35–65%', '40'],
      ...['5', '50%', '23–77%', '10'],
      ...['0.0 pp', '−30.2 to +30.2 pp', 'no clear change; small base (under 30)'],
    ],
  ]);
  // The small multiples say the same: 4 of the 10 coded, not 4 of all 40.
  const chart = page.getByRole('group', { name: 'Themes by period' });
  await expect(
    chart.getByRole('button', {
      name: 'Information sharing, 2020-Q1: 4 cases (40% of 10 cases coded in the period)',
    }),
  ).toBeVisible();
  check();
});
