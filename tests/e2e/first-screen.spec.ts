/**
 * The first screen (issue 18): a one-row header, the Outcome categories bars above the fold at a
 * projector's and a laptop's size, nothing wider than a phone, filters only where they apply,
 * back links that return where the user came from, and a drop zone that says where to drop.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openView, screenSizes, showAllData, views } from './a11y-checks';
import { guardPage, openDatasetMenu, tableRows } from './helpers';

const [projector, laptop, phone] = screenSizes;

for (const size of [projector, laptop]) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the header is one row, and the Outcome categories bars end on the first screen', async ({
      page,
    }) => {
      const check = guardPage(page);
      await openView(page, 'overview', 'Overview');
      const header = await page.getByRole('banner').boundingBox();
      expect(header?.height).toBeLessThanOrEqual(64);
      for (const control of [
        page.getByRole('button', { name: /\(dataset menu\)$/ }),
        page.getByRole('link', { name: 'Overview', exact: true }),
        page.getByRole('link', { name: 'Present', exact: true }),
        page.getByRole('button', { name: 'Save view as slide' }),
        page.getByRole('button', { name: 'Presenter-safe' }),
      ]) {
        const box = await control.boundingBox();
        expect((box?.y ?? 999) + (box?.height ?? 0)).toBeLessThanOrEqual(header?.height ?? 0);
      }
      const outcomes = page.getByRole('group', { name: 'Outcome categories' });
      for (const name of ['Death: 6 cases', 'Significant harm: 5 cases']) {
        const bar = await outcomes.getByRole('button', { name }).boundingBox();
        expect(bar, name).not.toBeNull();
        expect((bar?.y ?? 0) + (bar?.height ?? 0), name).toBeLessThanOrEqual(size.height);
      }
      // Beside them on the first screen: the headline figures.
      const tiles = await page.getByRole('group', { name: 'Headline figures' }).boundingBox();
      expect((tiles?.y ?? 0) + (tiles?.height ?? 0)).toBeLessThanOrEqual(size.height);
      check();
    });
  });
}

test.describe(`at ${phone.name}`, () => {
  test.use({ viewport: { width: phone.width, height: phone.height } });

  test('no view is wider than the phone, with every data table shown and on every Check tab', async ({
    page,
  }) => {
    const check = guardPage(page);
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    for (const [view, heading] of views) {
      await openView(page, view, heading);
      expect(await width(), heading).toBeLessThanOrEqual(phone.width);
      await showAllData(page);
      expect(await width(), `${heading}, data shown`).toBeLessThanOrEqual(phone.width);
    }
    await openView(page, 'check', 'Check');
    for (const tab of ['Load report', 'Case table', 'Compare versions']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('tabpanel')).toBeVisible();
      expect(await width(), tab).toBeLessThanOrEqual(phone.width);
    }
    // A wide table scrolls in its own frame, which the keyboard can reach.
    await page.getByRole('tab', { name: 'Published figures' }).click();
    const frame = page.getByRole('region', { name: 'Published figures check (scrolls sideways)' });
    await expect(frame).toHaveAttribute('tabindex', '0');
    const firstColumn = frame.getByRole('rowheader').first();
    const before = await firstColumn.boundingBox();
    await frame.evaluate((element) => element.scrollBy(200, 0));
    // The first column stays where it was while the table scrolls.
    expect((await firstColumn.boundingBox())?.x).toBe(before?.x);

    await openView(page, 'trends', 'Trends');
    await page.getByRole('button', { name: 'Load the synthetic demo (not real cases)' }).click();
    await expect(page.getByRole('heading', { name: 'Compare two periods' })).toBeVisible();
    expect(await width(), 'Trends over several periods').toBeLessThanOrEqual(phone.width);
    check();
  });
});

test('the filter bar shows only where filters apply; elsewhere a line says what they do', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/?view=overview&f.outcome=death');
  const filters = page.getByRole('region', { name: 'Filters' });
  await expect(filters.getByRole('button', { name: 'Add filter' })).toBeVisible();
  await expect(filters.getByRole('listitem')).toHaveText(['Outcome: Death×']);
  await page.getByRole('link', { name: 'Method', exact: true }).click();
  await expect(filters).toHaveText(
    'Not filtered: the screening counts the reviews the source examined, not cases. The filters set elsewhere (Outcome: Death) apply on the other views.',
  );
  await expect(filters.getByRole('button')).toHaveCount(0);
  await page.getByRole('link', { name: 'Check', exact: true }).click();
  await expect(filters).toContainText('Only the case table is filtered (Outcome: Death: 6 of 11');
  await page.getByRole('link', { name: 'Present', exact: true }).click();
  await expect(filters).toHaveCount(0);
  check();
});

test('the Case page leads back to where the user came from', async ({ page }) => {
  const check = guardPage(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'List the 4 cases behind Missing child' }).click();
  const list = page.getByRole('dialog', { name: /Initial police contact — Missing child/ });
  await list.getByRole('button', { name: 'Blackpool: Child CB' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Blackpool: Child CB' })).toBeVisible();
  await page.getByRole('link', { name: /^Next case/ }).click();
  await page.getByRole('link', { name: 'Back to Overview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  // The list the case was opened from is open again.
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await list.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('link', { name: 'Learning', exact: true }).click();
  await page.getByRole('link', { name: 'Stockport: KW and KG' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stockport: KW and KG' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to Learning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Learning' })).toBeVisible();
  // Back in the browser walks the same way.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Stockport: KW and KG' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to Learning' })).toBeVisible();
  check();
});

test('files dragged over the page are shown where to drop, and load when dropped', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Headline figures' })).toBeAttached();
  const csv = readFileSync(resolve(import.meta.dirname, 'fixtures', 'three-cases.csv'), 'utf8');
  const files = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'three-cases.csv', { type: 'text/csv' }));
    return transfer;
  }, csv);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: files });
  await expect(page.getByText('Drop CSV, TSV or JSON files to load them')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: files });
  await expect(page.getByText('Drop CSV, TSV or JSON files to load them')).toBeHidden();
  await expect
    .poll(async () => (await tableRows(page, 'Headline figures'))[0]?.slice(0, 2))
    .toEqual(['Cases', '3']);
  // The dataset menu says what the load control takes.
  await openDatasetMenu(page);
  await expect(
    page.getByText('CSV, TSV or JSON; several at once.', { exact: false }),
  ).toBeVisible();
  check();
});
