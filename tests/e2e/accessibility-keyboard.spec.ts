/**
 * Accessibility from the keyboard (issue 9, "Hardening"): Tab reaches every control on every
 * view and open panel with the focus always in sight, and every drill-down opens and closes from
 * the keyboard, focus coming back to where it was.
 */
import { expect, test, type Page } from '@playwright/test';
import { openView, views } from './a11y-checks';
import { guardPage, openDatasetMenu, openFilter } from './helpers';
import { describeFocus, tabTo, tabWalk, unreachedControls } from './keyboard';

/**
 * Tabs on from the focus through an open popover (selector) until focus leaves it: the stops
 * whose focus could not be seen, and whether the popover then closed.
 */
async function walkPopover(page: Page, popover: string) {
  const unseen: string[] = [];
  for (let step = 0; step < 80; step += 1) {
    // The panel itself takes focus when it opens (to be read out); its controls must show focus.
    const onPanel = await page.evaluate(
      (selector) => document.activeElement === document.querySelector(selector),
      popover,
    );
    const stop = onPanel ? null : await describeFocus(page);
    if (stop && !stop.indicator) unseen.push(stop.name);
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(
      (selector) => document.querySelector(selector)?.contains(document.activeElement) ?? false,
      popover,
    );
    if (!inside) break;
  }
  // Past the page's last control focus leaves the page: the next Tab brings it round.
  const left = await page.evaluate(
    () => !document.activeElement || document.activeElement === document.body,
  );
  if (left) await page.keyboard.press('Tab');
  const closed = await page.evaluate((selector) => {
    const element = document.querySelector<HTMLElement>(selector);
    return !element || element.hidden;
  }, popover);
  return { unseen, closed };
}

test.describe('keyboard', () => {
  for (const [view, heading] of views) {
    test(`${heading}: Tab reaches every control, and every focus can be seen`, async ({ page }) => {
      const check = guardPage(page);
      await openView(page, view, heading);
      const stops = await tabWalk(page);
      expect(stops.length).toBeGreaterThan(10);
      expect(stops.filter((s) => !s.indicator).map((s) => s.name)).toEqual([]);
      expect(await unreachedControls(page)).toEqual([]);
      check();
    });
  }

  test('Tab reaches every control of open panels and of the other Check tabs', async ({ page }) => {
    const check = guardPage(page);
    /** Walks the page; returns what could not be reached or seen. */
    const walk = async () => {
      const stops = await tabWalk(page);
      return {
        unseen: stops.filter((s) => !s.indicator).map((s) => s.name),
        unreached: await unreachedControls(page),
      };
    };
    const clean = { unseen: [], unreached: [] };
    const closedClean = { unseen: [], closed: true };
    await openView(page, 'overview', 'Overview');
    // A panel or popover drawn over the page is walked from inside: Tab goes through it, and it
    // closes once focus leaves it, so it never covers the control that then has focus (WCAG
    // 2.4.11).
    await page.getByRole('button', { name: '6 Deaths 55% of cases. List the cases' }).click();
    await expect(page.getByRole('dialog', { name: /Deaths/ })).toBeFocused();
    expect(await walkPopover(page, '[role=dialog]'), 'case list').toEqual(closedClean);
    await openFilter(page, 'Police force');
    await page.getByRole('searchbox', { name: 'Search filters' }).focus();
    expect(await walkPopover(page, '.filter-menu-panel'), 'filter menu').toEqual(closedClean);
    await page.getByRole('button', { name: /\(dataset menu\)$/ }).focus();
    await page.keyboard.press('Enter');
    expect(await walkPopover(page, '.dataset-menu-panel'), 'dataset menu').toEqual(closedClean);
    await page.getByRole('button', { name: 'Outcome categories: data and export' }).focus();
    await page.keyboard.press('Enter');
    expect(await walkPopover(page, '[role=menu]'), 'chart menu').toEqual(closedClean);
    await openDatasetMenu(page);
    await page.getByRole('button', { name: 'Datasets' }).click();
    await expect(page.getByRole('dialog', { name: 'Datasets' })).toBeFocused();
    expect(await walkPopover(page, '[role=dialog]'), 'Datasets').toEqual(closedClean);

    await openView(page, 'themes', 'Themes');
    await page
      .getByRole('grid', { name: 'Themes by case' })
      .getByRole('columnheader', { name: 'Information sharing' })
      .click({ force: true });
    await expect(page.getByRole('region', { name: 'Information sharing' })).toBeVisible();
    expect(await walk(), 'theme drill-down').toEqual(clean);

    await openView(page, 'check', 'Check');
    for (const tab of ['Load report', 'Case table', 'Compare versions']) {
      await page.getByRole('tab', { name: tab }).click();
      expect(await walk(), tab).toEqual(clean);
    }
    await openView(page, 'learning', 'Learning');
    await page.getByRole('searchbox').fill('police');
    expect(await walk(), 'learning search').toEqual(clean);
    check();
  });

  test('the skip link comes first, is seen, and moves to the content', async ({ page }) => {
    // Opening a link to a view neither moves focus nor scrolls past the header.
    await openView(page, 'learning', 'Learning');
    expect(await page.evaluate(() => [document.activeElement?.tagName, window.scrollY])).toEqual([
      'BODY',
      0,
    ]);
    await openView(page, 'overview', 'Overview');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    expect((await describeFocus(page))?.name).toBe('button Show all data tables');
  });

  test('a bar filters with Enter; a count lists its cases; Escape returns', async ({ page }) => {
    const check = guardPage(page);
    await openView(page, 'overview', 'Overview');
    expect((await tabTo(page, 'Death: 6 cases')).indicator).toBe('ring');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('f.outcome')).toBe('death');
    const bar = page
      .getByRole('group', { name: 'Outcome categories' })
      .getByRole('button', { name: 'Death: 6 cases' });
    await expect(bar).toBeFocused();
    await expect(bar).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press(' ');
    await expect.poll(() => new URL(page.url()).searchParams.get('f.outcome')).toBeNull();
    await expect(bar).toHaveAttribute('aria-pressed', 'false');

    await page.keyboard.press('Tab');
    const count = page
      .getByRole('group', { name: 'Outcome categories' })
      .getByRole('button', { name: 'List the 6 cases behind Death' });
    await expect(count).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Death/ });
    await expect(dialog).toBeFocused();
    await page.keyboard.press('Tab');
    expect((await describeFocus(page))?.indicator).toBe('outline');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(count).toBeFocused();

    // Through the list to a case's profile: the Case view.
    await page.keyboard.press('Enter');
    await tabTo(page, 'Kent: Child H', 10);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Kent: Child H' })).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('case');
    // The control that was used went away with the view: focus goes to the new content, so the
    // next Tab carries on there rather than from the top of the page.
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await page.getByRole('main').evaluate((m) => m.contains(document.activeElement))).toBe(
      true,
    );
    check();
  });

  test('the filter menu opens, finds, ticks and closes from the keyboard; a chip removes', async ({
    page,
  }) => {
    const check = guardPage(page);
    await openView(page, 'overview', 'Overview');
    await tabTo(page, /^button \+?Add filter$/);
    await page.keyboard.press('Enter');
    expect((await describeFocus(page))?.name).toBe('input Search filters');
    await page.keyboard.type('missing');
    // The search unfolds the dimension holding the value: its button, then the value.
    await page.keyboard.press('Tab');
    expect((await describeFocus(page))?.name).toMatch(/^button Initial police contact/);
    await page.keyboard.press('Tab');
    expect((await describeFocus(page))?.name).toMatch(/^input Missing child/);
    await page.keyboard.press(' ');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('f.contactRoute'))
      .toBe('missing-child');
    await page.keyboard.press('Escape');
    const menu = page.getByRole('button', { name: 'Add filter' });
    await expect(menu).toBeFocused();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    const chip = await tabTo(page, /Missing child/, 20);
    expect(chip.indicator).toBe('outline');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('f.contactRoute')).toBeNull();
    check();
  });

  test('a chart’s action menu opens, moves and chooses from the keyboard', async ({ page }) => {
    const check = guardPage(page);
    await openView(page, 'overview', 'Overview');
    const button = await tabTo(page, 'button Outcome categories: data and export', 60);
    expect(button.indicator).toBe('outline');
    await page.keyboard.press('Enter');
    expect(await describeFocus(page)).toEqual({
      name: 'button[role=menuitemcheckbox] Show data',
      indicator: 'outline',
    });
    await page.keyboard.press('End');
    expect((await describeFocus(page))?.name).toBe('button[role=menuitem] Download CSV');
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const chart = page.getByRole('region', { name: 'Outcome categories' });
    await expect(chart.getByRole('table', { name: 'Outcome categories' })).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Outcome categories: data and export' }),
    ).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitemcheckbox', { name: 'Show data' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toHaveCount(0);
    check();
  });

  test('the heatmap: Tab in, arrows move, Enter opens a drill-down, Escape returns', async ({
    page,
  }) => {
    const check = guardPage(page);
    await openView(page, 'themes', 'Themes');
    const grid = page.getByRole('grid', { name: 'Themes by case' });
    const entered = await tabTo(page, /^div\[role=gridcell\]/, 40);
    expect(entered.indicator).toBe('outline');
    await page.keyboard.press('ArrowRight');
    const cell = grid.getByRole('gridcell', {
      name: 'Middlesbrough: Billy — Information sharing: 0 learning items',
    });
    await expect(cell).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    const cellPanel = page.getByRole('region', {
      name: 'Middlesbrough: Billy — Multi-agency working and decision-making',
    });
    await expect(cellPanel).toBeVisible();
    expect((await describeFocus(page))?.indicator).toBe('outline');
    await expect(cellPanel.getByRole('listitem')).toHaveCount(2);
    // Tab moves on into the panel's controls; Escape from there closes it too.
    await page.keyboard.press('Tab');
    expect(await cellPanel.evaluate((p) => p.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(cellPanel).toHaveCount(0);
    await expect(
      grid.getByRole('gridcell', { name: /^Middlesbrough: Billy — Multi/ }),
    ).toBeFocused();

    // A case (row header) and a theme (column header) open their drill-downs as well.
    await page.keyboard.press('Home');
    await expect(grid.getByRole('rowheader', { name: 'Middlesbrough: Billy' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: /^Middlesbrough: Billy/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    const total = grid.getByRole('button', {
      name: /^Multi-agency working and decision-making: 2 learning items.*show only cases with this theme$/,
    });
    await expect(total).toBeFocused();
    await page.keyboard.press('ArrowUp');
    const theme = grid.getByRole('columnheader', {
      name: 'Multi-agency working and decision-making',
    });
    await expect(theme).toBeFocused();
    await page.keyboard.press('Enter');
    const themePanel = page.getByRole('region', {
      name: 'Multi-agency working and decision-making',
    });
    await expect(themePanel).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(themePanel).toHaveCount(0);
    await expect(theme).toBeFocused();
    // Enter on a column total keeps only the cases with that theme.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('f.themes'))
      .toBe('multi-agency-working');
    await expect(grid.getByRole('rowheader')).toHaveCount(1 + 2);
    check();
  });

  test('Check tabs move with the arrows; Trends marks and period pickers are reached', async ({
    page,
  }) => {
    const check = guardPage(page);
    await openView(page, 'check', 'Check');
    await tabTo(page, 'button[role=tab] Published figures', 40);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Load report' })).toBeFocused();
    await expect(page.getByRole('tab', { name: 'Load report' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await page.keyboard.press('End');
    await expect(page.getByRole('tab', { name: 'Coder agreement' })).toBeFocused();
    await page.keyboard.press('Home');
    await tabTo(page, /list the cases behind Deaths$/, 10);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: /Deaths/ })).toBeFocused();

    await openView(page, 'trends', 'Trends');
    await tabTo(page, 'Load the synthetic demo', 40);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Compare two periods' })).toBeVisible();
    const stops = await tabWalk(page);
    expect(stops.filter((s) => !s.indicator).map((s) => s.name)).toEqual([]);
    expect(await unreachedControls(page)).toEqual([]);
    expect(stops.some((s) => s.name.startsWith('select From period'))).toBe(true);
    check();
  });

  test('Present: a deck is loaded, presented and stepped from the keyboard', async ({ page }) => {
    const check = guardPage(page);
    await openView(page, 'present', 'Present');
    await tabTo(page, 'Load the briefing deck', 40);
    await page.keyboard.press('Enter');
    const stops = await tabWalk(page);
    expect(stops.filter((s) => !s.indicator).map((s) => s.name)).toEqual([]);
    expect(await unreachedControls(page)).toEqual([]);
    await tabTo(page, /^button Present$/, 80);
    await page.keyboard.press('Enter');
    await expect(page.getByText('Slide 1 of 6', { exact: true })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText('Slide 2 of 6', { exact: true })).toBeVisible();
    await tabTo(page, /^button Next$/, 200);
    await page.keyboard.press('Enter');
    await expect(page.getByText('Slide 3 of 6', { exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 1, name: 'Present' })).toBeVisible();
    check();
  });
});
