import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { guardPage, tableRows } from './helpers';

const bundledPath = resolve(import.meta.dirname, '../../public/data/vkpp-2019-11.json');
const scratch = resolve(import.meta.dirname, '../../test-results/check-spec');

/** Writes a file for the test to load and returns its path. */
function scratchFile(name: string, text: string): string {
  mkdirSync(scratch, { recursive: true });
  const path = resolve(scratch, name);
  writeFileSync(path, text, 'utf8');
  return path;
}

/** Clicks a button that downloads, and returns the downloaded file's bytes and name. */
async function download(page: Page, name: string | RegExp) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

test('the Check view reconciles every published figure and lists the cases behind a count', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/?view=check');
  const rows = await tableRows(page, 'Published figures check');
  expect(rows).toHaveLength(36);
  const row = (label: string) => rows.find((r) => r[0] === label) ?? [];
  expect(row('Deaths').slice(0, 4)).toEqual(['Deaths', '6 (55%) of 11', '6 (55%) of 11', 'Match']);
  expect(row('Police forces represented')[3]).toMatch(/^Mismatch: \+1/);
  expect(row('Screening: Included')[3]).toMatch(
    /^Mismatch: \+1 point.*Matches under largest remainder/,
  );
  expect(row('SCRs reviewed for the special theme on information sharing')[3]).toMatch(
    /^Stated only/,
  );
  await expect(page.getByText('29 of 31 figures match; 2 mismatch; 5 stated only.')).toBeVisible();

  await page.getByRole('button', { name: /list the cases behind Deaths$/ }).click();
  const dialog = page.getByRole('dialog', { name: /Deaths/ });
  await expect(dialog.getByRole('listitem')).toHaveCount(6);
  await dialog.getByRole('button', { name: 'Kent: Child H' }).click();
  await expect(page).toHaveURL(/view=case/);
  await expect(page).toHaveURL(/case=kent-child-h/);

  await page.goBack();
  await page.getByRole('radio', { name: 'Largest remainder' }).click();
  await expect(page.getByText('30 of 31 figures match; 1 mismatch; 5 stated only.')).toBeVisible();
  check();
});

test('the evidence pack holds the charts, their rows and a README with each file’s SHA-256', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/?view=method&f.outcome=death');
  await expect(page.getByRole('table', { name: 'Screening' })).toBeAttached();
  const pack = await download(page, 'Download evidence pack');
  expect(pack.name).toMatch(/^evidence-pack-method-\d{4}-\d\d-\d\dT\d{4}\.zip$/);
  const files = unzipSync(pack.bytes);
  expect(Object.keys(files).sort()).toEqual([
    'README.txt',
    'charts/screening.png',
    'charts/screening.svg',
    'data/screening.csv',
    'rows/filtered-dataset-cases.csv',
    'rows/filtered-dataset-published.csv',
    'rows/filtered-dataset-screening.csv',
    'rows/filtered-dataset.json',
  ]);
  const png = files['charts/screening.png']!;
  expect([...png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  // PNG at 2×: the IHDR width is twice the SVG's.
  const svg = strFromU8(files['charts/screening.svg']!);
  const svgWidth = Number(/width="(\d+)"/.exec(svg)?.[1]);
  const pngWidth = new DataView(png.buffer, png.byteOffset).getUint32(16);
  expect(pngWidth).toBe(svgWidth * 2);
  // Shares are numbers rounded to six decimals (11 / 36), with their Wilson interval and base.
  expect(strFromU8(files['data/screening.csv']!)).toContain(
    '\r\nIncluded,,11,0.305556,0.180045,0.468563,36,',
  );
  const cases = strFromU8(files['rows/filtered-dataset-cases.csv']!).trim().split('\r\n');
  expect(cases).toHaveLength(1 + 6);
  const readme = strFromU8(files['README.txt']!);
  const sha = createHash('sha256').update(readFileSync(bundledPath)).digest('hex');
  expect(readme).toContain(`SHA-256: ${sha}`);
  expect(readme).toContain('Outcome: Death');
  expect(readme).toContain('Cases: 11 in the dataset; 6 under the filters.');
  expect(readme).toMatch(/Made: .*\(\d{4}-\d\d-\d\dT[\d:.]+Z\)/);

  await page.getByRole('link', { name: 'Check', exact: true }).click();
  const checkPack = unzipSync((await download(page, 'Download evidence pack')).bytes);
  expect(strFromU8(checkPack['data/published-figures-check.csv']!)).toContain(
    'Police forces represented,7,8,"Mismatch: +1 The rows give 8, not 7 (+1)."',
  );
  expect(Object.keys(checkPack)).toContain('data/load-report.csv');
  check();
});

test('the case table stays within the DOM budget with 20,000 cases, and exports round-trip', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const check = guardPage(page);
  const lines = ['Case ID,Case review title,Outcome,Police force,Initial police contact'];
  for (let i = 0; i < 20_000; i += 1)
    lines.push(
      `c${i},Case ${i},${i % 3 === 0 ? 'Death' : 'Significant harm'},Force ${i % 40},Route ${i % 5}`,
    );
  const manyCases = scratchFile('many-cases.csv', lines.join('\n'));
  await page.goto('/?view=check');
  await page.getByLabel('Load data files').setInputFiles(manyCases);
  await expect(page.getByText('20,000 of 20,000 cases under the filters')).toBeVisible({
    timeout: 60_000,
  });
  // The evidence pack names the user's file by the SHA-256 of the bytes loaded.
  const pack = unzipSync((await download(page, 'Download evidence pack')).bytes);
  const sha = createHash('sha256').update(readFileSync(manyCases)).digest('hex');
  expect(strFromU8(pack['README.txt']!)).toContain(`many-cases.csv (`);
  expect(strFromU8(pack['README.txt']!)).toContain(`SHA-256: ${sha}`);

  await page.getByRole('tab', { name: 'Case table' }).click();
  await expect(page.getByRole('button', { name: 'Case 0', exact: true })).toBeVisible();
  const nodes = await page.evaluate(() => document.querySelectorAll('*').length);
  expect(nodes).toBeLessThanOrEqual(1400);
  const scroller = page.getByRole('region', { name: 'Case table (scrolls)' });
  await scroller.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await expect(page.getByRole('button', { name: 'Case 19999', exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThanOrEqual(
    1400,
  );

  await page.getByRole('searchbox', { name: 'Filter Police force' }).fill('Force 7');
  const kept = [...Array(20_000).keys()].filter((i) => i % 40 === 7);
  await expect(page.getByText(`${kept.length} of 20,000 cases`)).toBeVisible();
  const exported = await download(page, 'Cases CSV');
  await page
    .getByLabel('Load data files')
    .setInputFiles(scratchFile('exported-cases.csv', strFromU8(exported.bytes)));
  await expect(
    page.getByText(`${kept.length} of ${kept.length} cases under the filters`),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Overview', exact: true }).click();
  expect((await tableRows(page, 'Headline figures'))[1]?.slice(0, 2)).toEqual([
    'Deaths',
    String(kept.filter((i) => i % 3 === 0).length),
  ]);
  check();
});

test('comparing with another version lists the cases added, removed and recoded', async ({
  page,
}) => {
  const check = guardPage(page);
  const bundled = JSON.parse(readFileSync(bundledPath, 'utf8'));
  bundled.cases = bundled.cases.filter((c: { id: string }) => c.id !== 'dorset-child-t');
  bundled.cases[0].contactRoute = 'unknown';
  await page.goto('/?view=check');
  await page.getByRole('tab', { name: 'Compare versions' }).click();
  await page
    .getByLabel('Load a version to compare')
    .setInputFiles(scratchFile('next-version.json', JSON.stringify(bundled)));
  await expect(
    page.getByText(/Compared with next-version\.json: 0 added, 1 removed, 1 recoded, 9 unchanged/),
  ).toBeVisible();
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: /^Initial police contact: Missing child → Unknown$/ }),
  ).toBeVisible();
  expect(await tableRows(page, 'Headline counts')).toContainEqual(['Cases', '11', '10', '−1']);
  expect(await tableRows(page, 'Counts that moved')).toContainEqual([
    'Initial police contact: Unknown',
    '1',
    '2',
    '+1',
  ]);
  check();
});
