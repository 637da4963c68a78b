import { expect, test } from '@playwright/test';
import { guardPage } from './helpers';

/*
 * The handout on paper (issue 17, part 3): no radio buttons, menus or other controls; each chart
 * with its title, filters, n, notes and source; the whole Themes by case matrix (all 11 cases)
 * with its header repeated on every page it runs onto; every slide from a new page.
 */

test('the printed handout has no controls, whole figures with their words, and all 11 heatmap rows', async ({
  page,
}, testInfo) => {
  const check = guardPage(page);
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });
  await page.goto('/?view=present');
  await page.getByRole('button', { name: 'Load the briefing deck' }).click();
  await page.getByRole('button', { name: 'Print handout' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes', { timeout: 30_000 });
  await page.emulateMedia({ media: 'print' });

  const pages = page.getByRole('article');
  await expect(pages).toHaveCount(6);
  // Nothing on the pages is a control: no buttons, radios, check boxes, menus or fields.
  for (const role of [
    'button',
    'radio',
    'checkbox',
    'combobox',
    'menu',
    'textbox',
    'link',
  ] as const)
    await expect(pages.getByRole(role), role).toHaveCount(0);
  // The toolbar (the Print and Back buttons) is not printed.
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();

  // A chart: title, filters, n, notes, source and date.
  const subcategories = pages.nth(1).getByRole('figure', { name: 'Outcome sub-categories' });
  await expect(subcategories.getByRole('heading', { level: 3 })).toHaveText(
    'Outcome sub-categories',
  );
  await expect(subcategories).toContainText('Filters: Outcome: Death');
  await expect(subcategories).toContainText('n = 6 of 11 cases');
  await expect(
    subcategories.getByRole('list', { name: 'Notes on Outcome sub-categories' }),
  ).toContainText('inferred');
  await expect(subcategories).toContainText('Source: Learning for the police from reviews');
  await expect(subcategories).toContainText('Made with Case Review Explorer on');
  await expect(subcategories.getByRole('img', { name: /^Outcome sub-categories: / })).toBeVisible();

  // The whole matrix: every case a row, every theme a column, shown (not cut) on paper.
  const matrix = pages.nth(3).getByRole('table', { name: 'Themes by case' });
  await expect(matrix.locator('tbody tr')).toHaveCount(11);
  await expect(matrix.locator('thead th')).toHaveCount(1 + 8 + 1);
  const hidden = await matrix.locator('tbody tr').evaluateAll(
    (rows) =>
      rows.filter((row) => {
        const box = row.getBoundingClientRect();
        let clipped = false;
        for (let e = row.parentElement; e; e = e.parentElement) {
          const style = getComputedStyle(e);
          if (style.overflowY !== 'visible' && e.getBoundingClientRect().bottom < box.bottom - 1)
            clipped = true;
        }
        return box.height === 0 || clipped;
      }).length,
  );
  expect(hidden, 'rows cut off').toBe(0);
  // Table headers repeat when a table runs onto the next page.
  expect(await matrix.locator('thead').evaluate((h) => getComputedStyle(h).display)).toBe(
    'table-header-group',
  );

  // Every learning summary and every published figure, not just the first screenful.
  await expect(pages.nth(4).getByRole('listitem')).toHaveCount(13);
  await expect(
    pages.nth(5).getByRole('table', { name: 'Published figures check' }).locator('tbody tr'),
  ).toHaveCount(36);

  const breaks = await pages.evaluateAll((articles) =>
    articles.map((a) => getComputedStyle(a).breakAfter),
  );
  expect(breaks).toEqual(['page', 'page', 'page', 'page', 'page', 'auto']);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await testInfo.attach('handout.pdf', { body: pdf, contentType: 'application/pdf' });
  await page.setViewportSize({ width: 800, height: 1100 });
  for (const n of [1, 3])
    await pages.nth(n).screenshot({ path: testInfo.outputPath(`handout-page-${n + 1}.png`) });
  check();
});
