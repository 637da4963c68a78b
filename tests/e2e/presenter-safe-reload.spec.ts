import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { axeViolations } from './a11y-checks';
import { guardPage } from './helpers';

const bundled = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/vkpp-2019-11.json'), 'utf8'),
) as { cases: Array<{ id: string; title: string; reviewFocus?: string }> };
const secrets = bundled.cases.flatMap((c) => [c.title, c.id, c.reviewFocus ?? c.title]);

/** The case titles, ids and review foci the page shows, in text or accessible names. */
function leaks(page: Page): Promise<string[]> {
  return page.evaluate((hidden) => {
    const parts = [document.body.textContent ?? ''];
    for (const element of document.body.querySelectorAll('*'))
      for (const name of ['aria-label', 'title', 'alt'])
        parts.push(element.getAttribute(name) ?? '');
    const text = parts.join(' \n ').replace(/\s+/g, ' ');
    return hidden.filter((t) => text.includes(t));
  }, secrets);
}

const switchButton = (page: Page) => page.getByRole('button', { name: 'Presenter-safe' });
const banner = (page: Page) => page.getByRole('region', { name: 'Presenter-safe' });

/** Opens the Case table tab and waits for the table. */
async function caseTable(page: Page) {
  await page.getByRole('tab', { name: 'Case table' }).click();
  return page.getByRole('table', { name: 'Cases' });
}

test('a reload keeps presenter-safe on, with its k, and the case table still masks names', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/?view=check');
  await expect(page.getByRole('heading', { level: 1, name: 'Check' })).toBeVisible();
  await switchButton(page).click();
  await page.getByRole('spinbutton', { name: 'Hide counts below' }).fill('6');
  await expect(page).toHaveURL(/[?&]safe=6$/);
  await expect(
    (await caseTable(page)).getByRole('button', { name: /^Case \d+$/ }).first(),
  ).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Check' })).toBeVisible();
  await expect(banner(page)).toContainText('counts below 6 are hidden');
  await expect(switchButton(page)).toHaveAttribute('aria-pressed', 'true');
  const table = await caseTable(page);
  await expect(table.getByRole('button', { name: /^Case \d+$/ })).toHaveCount(11);
  expect(await leaks(page)).toEqual([]);
  // This tab keeps k and the seed only: nothing from the data.
  expect(
    await page.evaluate(() => Object.keys(sessionStorage).map((k) => sessionStorage.getItem(k))),
  ).toEqual([expect.stringMatching(/^\{"k":6,"seed":\d+\}$/)]);

  // Turned off, the link and the tab forget it, and a reload stays off.
  await page.getByRole('button', { name: 'Turn off' }).click();
  await expect(page).not.toHaveURL(/safe=/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Check' })).toBeVisible();
  await expect(switchButton(page)).toHaveAttribute('aria-pressed', 'false');
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  check();
});

test('a link copied while presenter-safe is on opens presenter-safe in a fresh tab', async ({
  page,
  context,
}) => {
  const check = guardPage(page);
  await page.goto('/?view=check');
  await switchButton(page).click();
  await expect(page).toHaveURL(/[?&]safe=5$/);
  const copied = page.url();

  const fresh = await context.newPage();
  const checkFresh = guardPage(fresh);
  await fresh.goto(copied);
  await expect(fresh.getByRole('heading', { level: 1, name: 'Check' })).toBeVisible();
  await expect(banner(fresh)).toBeVisible();
  await expect(switchButton(fresh)).toHaveAttribute('aria-pressed', 'true');
  await expect((await caseTable(fresh)).getByRole('button', { name: /^Case \d+$/ })).toHaveCount(
    11,
  );
  expect(await leaks(fresh)).toEqual([]);
  check();
  checkFresh();
});

test('the case table does not list fewer than k cases, which would give the count away', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/');
  await switchButton(page).click();
  await page
    .getByRole('region', { name: 'Cases by force', exact: true })
    .getByRole('button', { name: 'Lancashire Constabulary: < 5 cases' })
    .click();
  await expect(page).toHaveURL(/f\.force=lancashire-constabulary/);
  await page.getByRole('link', { name: 'Check', exact: true }).click();
  const table = await caseTable(page);
  await expect(page.getByText('< 5 of 11 cases', { exact: true })).toBeVisible();
  await expect(
    page.getByText(/^Not listed: fewer than 5 cases — withheld in presenter-safe/),
  ).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(0);
  await expect(page.getByText('Domestic incident at home')).toHaveCount(0);
  expect(await leaks(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  // Off again, the two rows are listed.
  await page.getByRole('button', { name: 'Turn off' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(2);
  check();
});

test('links on the page carry no case id and open presenter-safe', async ({ page }) => {
  const check = guardPage(page);
  await page.goto('/?view=learning');
  await expect(page.getByRole('heading', { level: 1, name: 'Learning' })).toBeVisible();
  await switchButton(page).click();
  await expect(banner(page)).toBeVisible();
  const hrefs = () =>
    page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const ids = bundled.cases.map((c) => c.id);
  const leaking = (all: string[]) => all.filter((href) => ids.some((id) => href.includes(id)));

  expect(leaking(await hrefs())).toEqual([]);
  await expect(page.getByRole('link', { name: 'Themes', exact: true })).toHaveAttribute(
    'href',
    /safe=5/,
  );
  await page.getByRole('link', { name: 'Themes', exact: true }).click();
  await expect(page.getByRole('grid', { name: 'Themes by case' })).toBeVisible();
  expect(leaking(await hrefs())).toEqual([]);
  check();
});
