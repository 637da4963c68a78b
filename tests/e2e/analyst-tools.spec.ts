import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chartAction, guardPage, tableRows } from './helpers';

const fixture = (name: string) => resolve(import.meta.dirname, 'fixtures', name);
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's WCAG 2.2 AA violations on the page, one line each. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

/** Cases per force in the bundled JSON, by the force's label: what the map must show. */
function bundledForces(): Map<string, number> {
  const data = JSON.parse(
    readFileSync(resolve(process.cwd(), 'public/data/vkpp-2019-11.json'), 'utf8'),
  ) as {
    cases: Array<{ force: string }>;
    codebook: {
      fields: Array<{ field: string; categories: Array<{ id: string; label: string }> }>;
    };
  };
  const labels = new Map(
    data.codebook.fields.find((f) => f.field === 'force')?.categories.map((c) => [c.id, c.label]),
  );
  const counts = new Map<string, number>();
  for (const c of data.cases) {
    const label = labels.get(c.force) ?? c.force;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return counts;
}

test('Cases by force (map) gives the 8 forces of the bundled briefing, and a tile filters', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/');
  const rows = await tableRows(page, 'Cases by force (map)');
  const expected = bundledForces();
  expect(rows).toHaveLength(8);
  expect(new Map(rows.map((r) => [r[0], Number(r[1])]))).toEqual(expected);
  expect(rows.every((r) => r[4] === 'yes')).toBe(true);
  const map = page.getByRole('group', { name: 'Cases by force (map)' });
  await expect(map.getByRole('button')).toHaveCount(43);
  await map.getByRole('button', { name: 'Lancashire Constabulary: 2 cases' }).click();
  await expect(page).toHaveURL(/[?&]f\.force=lancashire-constabulary(&|$)/);
  expect((await tableRows(page, 'Headline figures'))[0]?.slice(0, 2)).toEqual(['Cases', '2']);
  await map.getByRole('button', { name: 'Kent Police: 1 case' }).click({ modifiers: ['Shift'] });
  await expect(page).toHaveURL(/f\.force=lancashire-constabulary%7Ekent-police/);
  await page.getByRole('button', { name: 'List the cases of Kent Police' }).click();
  const list = page.getByRole('dialog', { name: /Police force — Kent Police: 1 case/ });
  await expect(list.getByText('Kent: Child H')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  check();
});

test('Theme co-occurrence: the switch beside Themes by case shows the matrix and its table', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/?view=themes');
  await expect(page.getByRole('grid', { name: 'Themes by case' })).toBeVisible();
  await page.getByRole('button', { name: 'Theme co-occurrence', pressed: false }).click();
  const grid = page.getByRole('grid', { name: 'Theme co-occurrence' });
  await expect(grid).toBeVisible();
  const rows = await tableRows(page, 'Theme co-occurrence');
  expect(rows).toHaveLength(36);
  const multi = 'Multi-agency working and decision-making';
  const engagement = 'Engagement with children and/or their families';
  expect(rows.find((r) => r[0] === multi && r[1] === multi)?.slice(2, 5)).toEqual(['1', '1', '2']);
  const pair = rows.find((r) => [r[0], r[1]].includes(multi) && [r[0], r[1]].includes(engagement));
  expect(pair?.slice(2, 5)).toEqual(['0', '0', '2']);
  await page.getByRole('radio', { name: 'Jaccard' }).check();
  await expect(page.getByRole('table', { name: 'Theme co-occurrence' })).toContainText('Jaccard');
  // The link holds the matrix and its measure: opened again, it shows them.
  await expect(page).toHaveURL(/view=themes&themes=co-occurrence&measure=jaccard/);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Jaccard' })).toBeChecked();
  const cell = grid.getByRole('gridcell', { name: new RegExp(`^${multi}: 1 case with the theme`) });
  await cell.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/f\.themes=multi-agency-working/);
  await expect(page.getByRole('dialog', { name: `Cases with ${multi}: 1 case` })).toContainText(
    'Middlesbrough: Billy',
  );
  await page.keyboard.press('Escape');
  await expect(cell).toBeFocused();
  expect(await violations(page)).toEqual([]);
  check();
});

/** The text of the file a click downloads, and its name. */
async function downloaded(page: Page, click: () => Promise<void>) {
  const download = page.waitForEvent('download');
  await click();
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('The map’s region view and share colouring are in the link; a bad value is dropped and said', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/?map=regions&mapby=share');
  await expect(page.getByRole('radio', { name: 'regions' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'share of n coded' })).toBeChecked();
  const rows = await tableRows(page, 'Cases by force (map)');
  expect(rows.find((r) => r[0] === 'North West')?.slice(0, 3)).toEqual(['North West', '4', '36%']);
  const map = page.getByRole('group', { name: 'Cases by force (map)' });
  await expect(map.getByRole('button', { name: 'North West: 4 cases (36%)' })).toBeVisible();
  // Back to forces: the link follows, and Back returns to the regions.
  await page.getByRole('radio', { name: 'forces' }).check();
  await expect(page).toHaveURL(/\?mapby=share$/);
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'regions' })).toBeChecked();

  await page.goto('/?map=counties&mapby=share');
  await expect(
    page.getByText(
      'The link held settings this app could not use, so they were left out: map=counties.',
    ),
  ).toBeVisible();
  await expect(page).toHaveURL(/\?mapby=share$/);
  await expect(page.getByRole('radio', { name: 'forces' })).toBeChecked();
  check();
});

test('The map and co-occurrence export PNG, SVG and CSV from their models, presenter-safe too', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/?safe=5');
  const csv = await downloaded(page, () =>
    chartAction(page, 'Cases by force (map)', 'Download CSV'),
  );
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.text).toContain('Lancashire Constabulary');
  expect(csv.text).not.toMatch(/^Lancashire Constabulary,[^,]*,2,/m);
  const svg = await downloaded(page, () =>
    chartAction(page, 'Cases by force (map)', 'Download SVG'),
  );
  expect(svg.text).toContain('Cases by force (map)');
  // The tiles are in the image: a hidden count's tile reads "< 5", never its number.
  expect(svg.text).toMatch(/>LAN\s*<\/text>/);
  expect(svg.text).toMatch(/>&lt; 5<\/text>/);
  expect(svg.text).not.toMatch(/>2<\/text>/);
  // The colour key the page shows beside the map is drawn into the image, entry by entry.
  const key = page.locator('.tile-map-legend');
  const keyTitle = (await key.locator('.tile-map-legend-title').textContent()) ?? '';
  const keyLabels = await key.locator('li').allTextContents();
  expect(keyLabels.length).toBeGreaterThan(1);
  for (const words of [keyTitle, ...keyLabels])
    expect(svg.text).toContain(`>${words.trim().replaceAll('<', '&lt;')}</text>`);
  const png = page.waitForEvent('download');
  await chartAction(page, 'Cases by force (map)', 'Download PNG');
  expect((await png).suggestedFilename()).toMatch(/\.png$/);
  // The tile of a hidden count reads its code apart from "< 5", and is named by force.
  const lancashire = page
    .getByRole('group', { name: 'Cases by force (map)' })
    .getByRole('button', { name: 'Lancashire Constabulary: < 5 cases' });
  await expect(lancashire).toHaveText('LAN < 5');

  await page.goto('/?view=themes&themes=co-occurrence&measure=lift&safe=5');
  await expect(page.getByRole('grid', { name: 'Theme co-occurrence' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Lift' })).toBeChecked();
  const matrixSvg = await downloaded(page, () =>
    chartAction(page, 'Theme co-occurrence', 'Download SVG'),
  );
  expect(matrixSvg.text).toContain('Theme co-occurrence');
  expect(matrixSvg.text).toContain('Multi-agency working and decision-making');
  expect(matrixSvg.text).toMatch(/>&lt; 5<\/text>/);
  const matrixCsv = await downloaded(page, () =>
    chartAction(page, 'Theme co-occurrence', 'Download CSV'),
  );
  expect(matrixCsv.text.split('\n')[0]).toMatch(/^Theme A,Theme B,Cases with both,Lift/);
  const matrixPng = page.waitForEvent('download');
  await chartAction(page, 'Theme co-occurrence', 'Download PNG');
  expect((await matrixPng).suggestedFilename()).toMatch(/\.png$/);
  check();
});

test('Coder agreement: two coders’ files give the agreement table and the disagreements', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/?view=check');
  await page.getByRole('tab', { name: 'Coder agreement' }).click();
  await page
    .getByLabel('Load coders’ files')
    .setInputFiles([fixture('coder-a.csv'), fixture('coder-b.csv')]);
  const table = page.getByRole('table', { name: 'Coder agreement' });
  await expect(table).toBeVisible();
  await expect(table.locator('thead th')).toHaveText([
    'Field',
    'Cases',
    'Percent agreement',
    'Kappa',
    'Interval',
    'Alpha',
  ]);
  const rows = await tableRows(page, 'Coder agreement');
  const row = (field: string) => rows.find((r) => r[0] === field);
  // Outcome: 5 of 6 cases agree; Cohen's kappa (5/6 − 1/2) ÷ (1 − 1/2) = 0.67, Landis & Koch
  // "substantial"; Krippendorff's alpha 1 − (2/12) ÷ (70/132) = 0.69.
  expect(row('Outcome')?.slice(0, 4)).toEqual(['Outcome', '6', '83%', '0.67substantial']);
  expect(row('Outcome')?.[5]).toBe('0.69tentative conclusions only');
  expect(row('Review type')?.[3]).toMatch(/^undefinedNo variation/);
  expect(row('Theme: Information sharing')?.slice(1, 3)).toEqual(['6', '83%']);
  await expect(page.getByText(/Landis & Koch \(1977\)/)).toBeVisible();
  await expect(page.getByText(/seed 1/)).toBeVisible();

  const disagreements = page.getByRole('region', { name: 'Disagreements to settle (3)' });
  await disagreements.getByLabel('Field or theme').selectOption({ label: 'Outcome (1)' });
  await expect(disagreements.getByRole('listitem')).toHaveCount(1);
  await expect(disagreements.getByRole('listitem')).toContainText(/coder-b:\s*Significant harm/);
  const download = page.waitForEvent('download');
  await disagreements
    .getByRole('button', { name: 'Export the Outcome disagreements as CSV' })
    .click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain('Cumbria: Child E,Outcome,Death,Significant harm,different codes');
  expect(await violations(page)).toEqual([]);
  check();
});
