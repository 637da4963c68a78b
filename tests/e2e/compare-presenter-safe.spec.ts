import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { guardPage, tableRows } from './helpers';

const bundledPath = resolve(import.meta.dirname, '../../public/data/vkpp-2019-11.json');
const scratch = resolve(import.meta.dirname, '../../test-results/compare-presenter-safe');

/** The bundled file with Dorset: Child T removed and one case recoded, written for the test. */
function nextVersionFile(): string {
  const bundled = JSON.parse(readFileSync(bundledPath, 'utf8'));
  bundled.cases = bundled.cases.filter((c: { id: string }) => c.id !== 'dorset-child-t');
  bundled.cases[0].contactRoute = 'unknown';
  mkdirSync(scratch, { recursive: true });
  const path = resolve(scratch, 'next-version.json');
  writeFileSync(path, JSON.stringify(bundled), 'utf8');
  return path;
}

test('Compare versions gives no hidden count away while presenter-safe is on', async ({ page }) => {
  const check = guardPage(page);
  await page.goto('/?view=check');
  await page.getByRole('tab', { name: 'Compare versions' }).click();
  await page.getByLabel('Load a version to compare').setInputFiles(nextVersionFile());
  await expect(page.getByText(/0 added, 1 removed, 1 recoded, 9 unchanged/)).toBeVisible();

  await page.getByRole('button', { name: 'Presenter-safe' }).click();
  await expect(page.getByText(/^Presenter-safe is on/)).toBeVisible();
  await expect(
    page.getByText(/0 added, < 5 removed, < 5 recoded, the rest unchanged\.$/),
  ).toBeVisible();
  expect(await tableRows(page, 'Headline counts')).toEqual([
    ['Cases', '11', '–', '< 5 fewer'],
    ['Forces', '8', '–', '< 5 fewer'],
    ['Regions', '5', '5', '0'],
    ['Learning items', '25', '25', '0'],
  ]);
  const moved = await tableRows(page, 'Counts that moved');
  expect(moved).toContainEqual(['Outcome: Death', '6', '–', '< 5 fewer']);
  expect(moved.map((r) => r[0])).not.toContain('Area: Dorset');
  const panel = page.getByRole('tabpanel', { name: 'Compare versions' });
  const text = (await panel.textContent()) ?? '';
  expect(text).not.toMatch(/Dorset/);
  expect(text).not.toMatch(/[−+]\d/);
  await expect(
    panel.getByText(/categories with fewer than 5 cases in either version/),
  ).toBeVisible();
  // The tables leave the page only in the evidence pack, which presenter-safe refuses.
  await expect(page.getByRole('button', { name: 'Download evidence pack' })).toBeDisabled();

  await page.getByRole('button', { name: 'Turn off' }).click();
  expect((await tableRows(page, 'Headline counts'))[0]).toEqual(['Cases', '11', '10', '−1']);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download evidence pack' }).click(),
  ]);
  const pack = unzipSync(new Uint8Array(readFileSync(await download.path())));
  expect(strFromU8(pack['data/headline-counts.csv']!)).toContain('Cases,11,10,−1');
  expect(strFromU8(pack['data/counts-that-moved.csv']!)).toContain('Area: Dorset,1,0,−1');
  check();
});
