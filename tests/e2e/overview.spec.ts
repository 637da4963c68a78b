import { expect, test, type Page } from '@playwright/test';
import { guardPage, openFilter, tableRows } from './helpers';

/** The label, count and percent columns of a chart's data table. */
async function counts(page: Page, caption: string): Promise<string[][]> {
  return (await tableRows(page, caption)).map((row) => row.slice(0, 3));
}

const contactAll = [
  ['Missing child', '4', '36%'],
  ['Domestic incident at home', '3', '27%'],
  ['Crime by parent', '2', '18%'],
  ['Child unsupervised outdoors', '1', '9%'],
  ['Unknown', '1', '9%'],
];

test('clicking Death filters the other charts, lives in the URL, survives reload, Back undoes it', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/');
  expect(await counts(page, 'Outcome categories')).toEqual([
    ['Death', '6', '55%'],
    ['Significant harm', '5', '45%'],
  ]);
  expect(await counts(page, 'Initial police contact')).toEqual(contactAll);

  const death = page.getByRole('button', { name: 'Death: 6 cases', exact: true });
  await death.click();
  await expect(page).toHaveURL(/[?&]f\.outcome=death(&|$)/);
  await expect(death).toHaveAttribute('aria-pressed', 'true');
  const contact = await counts(page, 'Initial police contact');
  expect(contact.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(6);
  expect(contact.slice(0, 3)).toEqual([
    ['Missing child', '3', '50%'],
    ['Domestic incident at home', '2', '33%'],
    ['Crime by parent', '1', '17%'],
  ]);
  // Crossfilter: the outcome chart still counts both outcomes and marks the chosen one.
  expect(await counts(page, 'Outcome categories')).toEqual([
    ['Death', '6', '55%'],
    ['Significant harm', '5', '45%'],
  ]);
  await expect(
    page.getByRole('button', { name: 'Significant harm: 5 cases', exact: true }),
  ).toHaveAttribute('aria-pressed', 'false');
  expect((await tableRows(page, 'Headline figures'))[0]).toEqual(['Cases', '6', '55%', '–', '11']);
  await expect(page.getByRole('button', { name: 'Remove filter Outcome: Death' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Death: 6 cases', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect((await counts(page, 'Initial police contact')).slice(0, 3)).toEqual(contact.slice(0, 3));

  await page.goBack();
  await expect(page).not.toHaveURL(/f\.outcome/);
  await expect.poll(() => counts(page, 'Initial police contact')).toEqual(contactAll);
  await expect(page.getByRole('button', { name: 'Death: 6 cases', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  check();
});

test('keyboard only: Tab to a bar, Enter filters, Shift+Enter adds', async ({ page }) => {
  const check = guardPage(page);
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Initial police contact' })).toBeAttached();
  const focusedName = () =>
    page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  let name = '';
  for (let i = 0; i < 150 && name !== 'Missing child: 4 cases'; i += 1) {
    await page.keyboard.press('Tab');
    name = await focusedName();
  }
  expect(name).toBe('Missing child: 4 cases');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/f\.contactRoute=missing-child(&|$)/);
  await expect
    .poll(async () => (await tableRows(page, 'Headline figures'))[0])
    .toEqual(['Cases', '4', '36%', '–', '11']);
  // Past the bar's count link to the next bar.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focusedName()).toBe('Domestic incident at home: 3 cases');
  await page.keyboard.press('Shift+Enter');
  await expect(page).toHaveURL(/f\.contactRoute=missing-child(~|%7E)domestic-incident-at-home/);
  await expect
    .poll(async () => (await tableRows(page, 'Headline figures'))[0])
    .toEqual(['Cases', '7', '64%', '–', '11']);
  check();
});

test('a count lists the cases behind it, and the list is in the link', async ({ page }) => {
  const check = guardPage(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'List the 4 cases behind Missing child' }).click();
  const dialog = page.getByRole('dialog', { name: /Initial police contact — Missing child/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveCount(4);
  await expect(dialog).toContainText('Blackpool: Child CB');
  await expect(page).toHaveURL(/drill=list/);
  await page.reload();
  await expect(dialog.getByRole('listitem')).toHaveCount(4);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/drill=/);
  check();
});

test('a stale link is cleaned with a notice; the year switch shows absent incident dates', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/?f.outcome=bogus~death&f.colour=red');
  await expect(page.getByText(/could not use/)).toContainText('f.outcome=bogus');
  await expect(page.getByText(/could not use/)).toContainText('f.colour');
  await expect(page).toHaveURL(/\?f\.outcome=death$/);
  await expect(page.getByRole('button', { name: 'Death: 6 cases', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(await counts(page, 'Cases by year')).toEqual([
    ['2018', '3', '50%'],
    ['2019', '3', '50%'],
  ]);
  await page.getByRole('radio', { name: 'Incident year' }).check();
  await expect(
    page
      .getByRole('region', { name: 'Cases by year' })
      .getByText('No incident dates recorded in this dataset.'),
  ).toBeVisible();
  check();
});

test('the filter bar adds, removes and clears filters', async ({ page }) => {
  const check = guardPage(page);
  await page.goto('/');
  const filters = page.getByRole('region', { name: 'Filters' });
  await (
    await openFilter(page, 'Police region')
  )
    .getByRole('checkbox', { name: /North West/ })
    .check();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/f\.region=north-west/);
  expect((await tableRows(page, 'Headline figures'))[0]?.slice(0, 3)).toEqual([
    'Cases',
    '4',
    '36%',
  ]);
  await openFilter(page, 'Theme');
  await expect(filters.getByRole('radio', { name: 'all of the chosen' })).toBeVisible();
  await page.keyboard.press('Escape');
  // Under the region filter the outcome chart counts the 4 North West cases.
  await page.getByRole('button', { name: 'Death: 2 cases', exact: true }).click();
  await expect(filters.getByRole('listitem')).toHaveCount(2);
  await filters.getByRole('button', { name: 'Remove filter Police region: North West' }).click();
  await expect(filters.getByRole('listitem')).toHaveCount(1);
  await filters.getByRole('button', { name: 'Clear all' }).click();
  await expect(filters.getByRole('listitem')).toHaveCount(0);
  await expect(page).not.toHaveURL(/f\./);
  check();
});

for (const screen of [
  { name: '1440x900', width: 1440, height: 900, scale: 1 },
  { name: '1920x1080', width: 1920, height: 1080, scale: 1 },
  { name: 'projector 1280x720 at 150%', width: 1280, height: 720, scale: 1.5 },
]) {
  test.describe(`layout at ${screen.name}`, () => {
    test.use({
      viewport: { width: screen.width, height: screen.height },
      deviceScaleFactor: screen.scale,
    });
    test('no label collides with a bar and nothing is cut off', async ({ page }, info) => {
      const check = guardPage(page);
      await page.goto('/?f.outcome=death');
      await expect(page.getByRole('table', { name: 'Cases by region' })).toBeAttached();
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        if (document.documentElement.scrollWidth > window.innerWidth)
          found.push(`page scrolls sideways: ${document.documentElement.scrollWidth}`);
        for (const svg of document.querySelectorAll<SVGSVGElement>('.chart-body svg')) {
          const frame = svg.getBoundingClientRect();
          // The force map's tiles are grounds for their code and count, as headline tiles are.
          const tileMap = svg.closest('.tile-map') !== null;
          const texts = [...svg.querySelectorAll('text')].map((t) => ({
            text: t.textContent ?? '',
            box: t.getBoundingClientRect(),
          }));
          const bars = [...svg.querySelectorAll('rect')]
            .filter((r) => r.getAttribute('fill') !== 'transparent' && !r.closest('defs'))
            .map((r) => r.getBoundingClientRect())
            .filter((b) => b.width > 0 && b.height > 0);
          for (const { text, box } of texts) {
            if (box.left < frame.left - 1 || box.right > frame.right + 1)
              found.push(`"${text}" is cut off`);
            for (const bar of bars) {
              const overlaps =
                box.left < bar.right - 1 &&
                box.right > bar.left + 1 &&
                box.top < bar.bottom - 1 &&
                box.bottom > bar.top + 1;
              const inTile = bar.width > 150 && bar.height > 90; // headline tile grounds hold text
              if (overlaps && !inTile && !tileMap && bar.width > 14)
                found.push(`"${text}" overlaps a bar`);
            }
          }
        }
        return found;
      });
      await page.screenshot({
        path: info.outputPath(`overview-${screen.width}.png`),
        fullPage: true,
      });
      expect(problems).toEqual([]);
      check();
    });
  });
}
