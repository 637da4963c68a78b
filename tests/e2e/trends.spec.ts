import { expect, test, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { chartAction, guardPage, openDatasetMenu, tableRows } from './helpers';

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

test('the period comparison draws 95% intervals on request, flags bases by the threshold set, and reaches its CSV and a slide', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/?view=trends');
  await expect(page.getByText(bundledTitle)).toBeVisible();
  await page
    .getByLabel('Load data files')
    .setInputFiles(resolve(process.cwd(), 'tests/fixtures/two-periods-partly-coded.csv'));
  await page.getByLabel('Break down by').selectOption('Themes');
  const title = 'Theme: 2019-Q3 compared with 2020-Q1';
  await expect(page.getByRole('table', { name: title })).toBeVisible();
  const comparison = page.getByRole('region', { name: 'Compare two periods' });
  const linesNote = comparison.getByText(/^Lines show 95% intervals \(Wilson\)/);
  await expect(linesNote).toHaveCount(0);

  // Intervals on: the lines are explained under the chart, and the link keeps the choice.
  await page.getByRole('checkbox', { name: 'Show 95% intervals' }).check();
  await expect(linesNote).toBeVisible();
  await expect(comparison.getByRole('group', { name: title })).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('intervals')).toBe('on');
  await expect.poll(() => new URL(page.url()).searchParams.get('by')).toBe('themes');
  await expect(
    page.getByRole('region', { name: 'Cases by period' }).getByText(/^Lines show 95% intervals/),
  ).toBeVisible();
  // The small multiples draw a line per column, each column naming its row's interval.
  const breakdown = page.getByRole('region', { name: 'Themes by period' });
  await expect(breakdown.getByText(/^Lines show 95% intervals/)).toBeVisible();
  await page.getByRole('button', { name: 'Show data' }).click();
  const cells = await tableRows(page, 'Themes by period');
  const cell = cells.find((r) => r[0] === 'Information sharing, 2020-Q1');
  expect(cell?.slice(1, 4)).toEqual(['4', '40%', '16–69%']);
  await expect(
    breakdown.getByRole('button', {
      name: `Information sharing, 2020-Q1: 4 cases (40% of 10 cases coded in the period; 95% interval ${cell?.[3]})`,
    }),
  ).toBeVisible();
  await expect(breakdown.locator('.multiple-mark .whisker')).toHaveCount(cells.length);
  await page.getByRole('button', { name: 'Hide data' }).click();

  // The threshold: 2020-Q1 has 10 reviews coded, flagged under 30, not under 10.
  const reading = async () => (await tableRows(page, title)).map((r) => r.at(-1));
  await expect.poll(reading).toEqual(Array(3).fill('no clear change; small base (under 30)'));
  const threshold = page.getByRole('spinbutton', { name: 'Flag small bases under' });
  await threshold.fill('10');
  await expect.poll(reading).toEqual(Array(3).fill('no clear change'));
  await expect(comparison.getByText('Small base:')).toHaveCount(0);
  await threshold.fill('11');
  await expect.poll(reading).toEqual(Array(3).fill('no clear change; small base (under 11)'));
  await expect(comparison.getByText(/fewer than 11 cases coded in a period/)).toBeVisible();
  // The link carries the threshold, so a colleague opening it sees the same bases flagged.
  await expect.poll(() => new URL(page.url()).searchParams.get('small')).toBe('11');

  // Its CSV, from its menu: each period's share with its interval and n coded, then the change.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    chartAction(page, title, 'Download CSV'),
  ]);
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  expect(csv).toContain(`# Title: ${title}`);
  const table = csv.split('\r\n').filter((line) => line !== '' && !/^"?#/.test(line));
  expect(table[0]).toContain(
    'Share,Interval low (95%),Interval high (95%),Share base,n,Of which inferred,Cases coded in period,Change (percentage points),Change 95% interval (Newcombe),Reading',
  );
  const later = table.find((line) => line.startsWith('"Information sharing, 2020-Q1"'));
  expect(later).toMatch(/,4,0\.4,0\.16\d*,0\.68\d*,10,/);
  expect(later).toContain(',−22.5 pp,−49.2 to +10.1 pp,no clear change; small base (under 11),');

  // Saved as a slide that opens at the comparison, it shows the same periods and numbers.
  await page.getByRole('button', { name: 'Save view as slide' }).click();
  const form = page.getByRole('form', { name: 'Save this view as a slide' });
  await form.getByLabel('Caption').fill('Themes, two periods');
  await form.getByLabel('Opens at').selectOption({ label: title });
  await form.getByRole('button', { name: 'Add to deck' }).click();
  await expect(page.getByText(/^Saved as slide \d+ of/)).toBeVisible();
  await page.getByRole('link', { name: 'Present', exact: true }).click();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const slide = page.getByRole('region', { name: /^Slide 1 of 1$/ });
  await expect(slide.getByRole('heading', { name: title })).toBeVisible();
  const slideRow = (await tableRows(page, title)).find(
    (r) => r[0] === 'Information sharing, 2020-Q1',
  );
  expect(slideRow?.slice(1, 4)).toEqual(['4', '40%', '16–69%']);
  expect(slideRow?.slice(-3)).toEqual([
    '−22.5 pp',
    '−49.2 to +10.1 pp',
    'no clear change; small base (under 11)',
  ]);
  check();
});

test('a link with small=n opens at that small-base threshold', async ({ page }) => {
  const check = guardPage(page);
  // Outcome: Death has 6 cases coded: a small base under 7, not under 6.
  await page.goto('/?f.outcome=death&small=7');
  const chart = page.getByRole('region', { name: 'Initial police contact' });
  await expect(chart.getByText(/^Small base \(6 cases coded, under 7\)/)).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Flag small bases under' })).toHaveValue('7');
  await page.goto('/?f.outcome=death&small=6');
  await expect(chart.getByRole('button', { name: 'Missing child: 3 cases' })).toBeVisible();
  await expect(chart.getByText(/^Small base/)).toHaveCount(0);
  check();
});
