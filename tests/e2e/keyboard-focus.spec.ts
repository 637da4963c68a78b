import { expect, test, type Locator, type Page } from '@playwright/test';
import { guardPage } from './helpers';

const billyCell = /^Middlesbrough: Billy — Multi-agency working and decision-making: 2 learning/;
const kentCell = 'Kent: Child H — Investigation: 0 learning items, theme not coded (not known)';
const billyPanel = 'Middlesbrough: Billy — Multi-agency working and decision-making';
const kentPanel = 'Kent: Child H — Investigation';

/** A real pointer click in the middle of a grid slot (the slots let the pointer through). */
async function clickMiddle(page: Page, slot: Locator): Promise<void> {
  await slot.scrollIntoViewIfNeeded();
  const box = await slot.boundingBox();
  if (!box) throw new Error('the slot has no box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

test('Enter or a click on an empty cell replaces an open drill-down, and says what empty means', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/?view=themes');
  const grid = page.getByRole('grid', { name: 'Themes by case' });
  const billy = grid.getByRole('gridcell', { name: billyCell });
  const kent = grid.getByRole('gridcell', { name: kentCell });
  await billy.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: billyPanel })).toBeVisible();

  // Focus put straight on the cell (as a screen reader's cursor does), then Enter.
  await kent.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: kentPanel });
  await expect(panel).toBeVisible();
  await expect(page.getByRole('region', { name: billyPanel })).toHaveCount(0);
  await expect(page).toHaveURL(/drill=cell%3Akent-child-h%3Ainvestigation/);
  await expect(panel.getByText(/This case is not coded for this theme/)).toContainText(
    '“not known”, not “absent”',
  );
  await expect(panel.getByRole('listitem')).toHaveCount(0);
  await expect(panel.getByRole('link', { name: 'Open the case profile' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(kent).toBeFocused();

  // The pointer: Billy's cell, then Kent's.
  await clickMiddle(page, billy);
  await expect(page.getByRole('region', { name: billyPanel })).toBeVisible();
  await clickMiddle(page, kent);
  await expect(page.getByRole('region', { name: kentPanel })).toBeVisible();
  await expect(page.getByRole('region', { name: billyPanel })).toHaveCount(0);

  // A click sent to the slot itself (a screen reader's default action) opens that slot.
  await billy.dispatchEvent('click');
  await expect(page.getByRole('region', { name: billyPanel })).toBeVisible();
  check();
});

test('removing a filter chip from the keyboard keeps focus in the filter bar', async ({ page }) => {
  const check = guardPage(page);
  await page.goto('/?view=overview&f.outcome=death&f.force=kent-police~dorset-police');
  const bar = page.getByRole('region', { name: 'Filters' });
  const remove = (text: string) => bar.getByRole('button', { name: `Remove filter ${text}` });
  await expect(bar.getByRole('list', { name: 'Active filters' }).getByRole('listitem')).toHaveCount(
    3,
  );

  // The last chip: focus goes to the previous one.
  await remove('Police force: Dorset Police').focus();
  await page.keyboard.press('Enter');
  await expect(remove('Police force: Dorset Police')).toHaveCount(0);
  await expect(remove('Police force: Kent Police')).toBeFocused();

  // The first chip: focus goes to the next one.
  await remove('Outcome: Death').focus();
  await page.keyboard.press('Space');
  await expect(remove('Outcome: Death')).toHaveCount(0);
  await expect(remove('Police force: Kent Police')).toBeFocused();

  // The only chip: focus goes to "Add filter", and Enter there opens the menu on its search.
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/f\.force/);
  const menu = bar.getByRole('button', { name: 'Add filter' });
  await expect(menu).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(bar.getByRole('searchbox', { name: 'Search filters' })).toBeFocused();
  check();
});
