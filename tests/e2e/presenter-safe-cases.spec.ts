import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../../src/data/types';
import { casesSharing, hiddenText } from '../unit/case-combinations';
import { axeViolations } from './a11y-checks';
import { guardPage, loadCsvText, openFilter } from './helpers';

// Presenter-safe per-case detail (DESIGN.md "Present"; docs/presenter-safe.md "Per-case detail"):
// no view names a case, and no case list or profile shows a combination of a case's values that
// fewer than k cases share. An extra column (a child's name) is never shown nor a filter.

const k = 5;
const bundled = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/vkpp-2019-11.json'), 'utf8'),
) as Dataset;
const secrets = bundled.cases.flatMap((c) => [c.title, c.id]);

/** Every piece of text a person could see or hear: text, and the attributes that name things. */
function screenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.body.textContent ?? ''];
    for (const element of document.body.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description'])
        parts.push(element.getAttribute(name) ?? '');
      if (element instanceof HTMLInputElement) parts.push(element.value);
    }
    return parts.join(' \n ').replace(/\s+/g, ' ');
  });
}

/** The case titles and ids the screen shows. */
async function leaks(page: Page, hidden: readonly string[] = secrets): Promise<string[]> {
  const text = await screenText(page);
  return hidden.filter((s) => text.includes(s));
}

/** Opens the app at `path` with presenter-safe on. */
async function openSafe(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Presenter-safe' }).click();
  await expect(page.getByRole('region', { name: 'Presenter-safe' })).toContainText(
    'Presenter-safe is on',
  );
}

async function goTo(page: Page, view: string) {
  await page.getByRole('link', { name: view, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: view })).toBeVisible();
}

/** A case profile's fields as shown: label → value (tags such as "inferred" left out). */
async function profileFields(page: Page): Promise<Map<string, string>> {
  const fields = page.getByRole('region', { name: 'Fields' });
  await expect(fields.getByRole('term').first()).toBeVisible();
  const pairs = await fields
    .locator('dt')
    .evaluateAll((terms) =>
      terms.map((t) => [t.textContent ?? '', t.nextElementSibling?.firstChild?.textContent ?? '']),
    );
  return new Map(pairs.map(([label, value]) => [label ?? '', value ?? '']));
}

/** The values a profile shows, hidden ones left out. */
const shownOf = (fields: ReadonlyMap<string, string>) =>
  new Map([...fields].filter(([, value]) => value !== hiddenText));

/** The fields a list describes each case by, in order (the list's detail). */
const listFields = ['Outcome', 'Outcome sub-category', 'Initial police contact', 'Police force'];

/** The fields a phrase names as withheld: "sub-category and police force hidden in …". */
function withheldFields(phrase: string): string[] {
  const at = phrase.indexOf(` ${hiddenText}`);
  if (at === -1) return [];
  const names = phrase
    .slice(0, at)
    .split(/, | and /)
    .map((name) => name.toLowerCase());
  return listFields.filter((f) => names.includes(f.toLowerCase()));
}

/**
 * The values a list item shows of its case, by field: "Case 3 — Death" under a note that every
 * listed case withholds the other three → Outcome: Death. An item withholding fields of its own
 * says so after its values ("Case 3 — Death; police force hidden in presenter-safe").
 */
function listItemValues(item: string, note: string): Map<string, string> {
  const detail = item.split(' — ')[1] ?? '';
  const own = detail.includes(hiddenText);
  const values = own ? (detail.includes('; ') ? (detail.split('; ')[0] ?? '') : '') : detail;
  const hidden = withheldFields(own ? (detail.split('; ').at(-1) ?? '') : note);
  const shownFields = listFields.filter((f) => !hidden.includes(f));
  const shown = values === '' ? [] : values.split(' · ');
  // Every bundled case records all four fields, so each shown field has its value in order.
  expect(shown).toHaveLength(shownFields.length);
  return new Map(shownFields.map((f, i) => [f, shown[i] ?? '']));
}

/** The case table's rows: each row's cells by column header. */
async function caseTableRows(page: Page): Promise<Array<Map<string, string>>> {
  const table = page.getByRole('table', { name: 'Cases' });
  await expect(table.getByRole('button', { name: /^Case \d+$/ }).first()).toBeVisible();
  const rows = await table.evaluate((t) => {
    const headers = [...t.querySelectorAll('thead th')].map((h) =>
      (h.textContent ?? '').replace(/[ ▲▼]+$/, ''),
    );
    return [...t.querySelectorAll('tbody tr')]
      .map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent ?? ''))
      .filter((cells) => cells.length === headers.length)
      .map((cells) => cells.map((c, i) => [headers[i] ?? '', c] as [string, string]));
  });
  return rows.map((cells) => new Map(cells));
}

const quasi = new Set([
  ...listFields,
  'Police region',
  'Review type',
  'Period',
  'Child age',
  'Incident date',
  'Published year',
]);

test('presenter-safe: no view names a case, in its text or accessible names', async ({ page }) => {
  const check = guardPage(page);
  await openSafe(page);
  expect(await leaks(page), 'Overview').toEqual([]);
  const outcomes = page.getByRole('region', { name: 'Outcome categories' });
  await outcomes.getByRole('button', { name: 'List the 6 cases behind Death' }).click();
  const deaths = page.getByRole('dialog', { name: /Death: 6 cases/ });
  await expect(deaths.getByRole('listitem')).toHaveCount(6);
  expect(await leaks(page), 'Overview case list').toEqual([]);
  // Labels are numbered within the list, and no case opens from it: a profile reached from two
  // lists would let a reader intersect them.
  await expect(deaths).toContainText('Labels are numbered within this list');
  await expect(deaths.getByRole('button', { name: /^Case \d+$/ })).toHaveCount(0);
  await deaths.getByRole('button', { name: 'Close' }).click();

  await goTo(page, 'Themes');
  const grid = page.getByRole('grid', { name: 'Themes by case' });
  await grid
    .getByRole('rowheader', { name: /^Case \d+$/ })
    .first()
    .click({ force: true });
  await expect(page.getByRole('region', { name: /^Case \d+$/ })).toBeVisible();
  expect(await leaks(page), 'Themes').toEqual([]);

  for (const view of ['Trends', 'Learning', 'Method']) {
    await goTo(page, view);
    expect(await leaks(page), view).toEqual([]);
  }
  await goTo(page, 'Check');
  for (const tab of ['Published figures', 'Load report', 'Case table', 'Compare versions']) {
    await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    await expect(page.getByRole('tab', { name: new RegExp(`^${tab}`) })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(await leaks(page), `Check: ${tab}`).toEqual([]);
  }
  await page.getByRole('link', { name: 'Present', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Present' })).toBeVisible();
  expect(await leaks(page), 'Present').toEqual([]);
  check();
});

test(`presenter-safe: case lists, the case table and profiles show no combination fewer than ${k} cases share`, async ({
  page,
}) => {
  const check = guardPage(page);
  await openSafe(page);
  // The list of deaths: each case's values are shared by k of the deaths (the list's criterion).
  await page
    .getByRole('region', { name: 'Outcome categories' })
    .getByRole('button', { name: 'List the 6 cases behind Death' })
    .click();
  const list = page.getByRole('dialog', { name: /Death: 6 cases/ });
  const items = await list.getByRole('listitem').allTextContents();
  expect(items).toHaveLength(6);
  const deaths = bundled.cases.filter((c) => c.outcome === 'death');
  const note = (await list.getByText(/for every case listed/).allTextContents()).join(' ');
  for (const item of items)
    expect(casesSharing(bundled, listItemValues(item, note), deaths), item).toBeGreaterThanOrEqual(
      k,
    );
  // The combination that named the child of the brief is nowhere in the list.
  await expect(list).not.toContainText(/Overt filicide|Crime by parent|Kent Police/);
  await list.getByRole('button', { name: 'Close' }).click();

  // Every case profile, walked with Next from Case 1.
  await page.goto('/?view=check');
  await page.getByRole('tab', { name: 'Case table' }).click();
  const rows = await caseTableRows(page);
  expect(rows).toHaveLength(bundled.cases.length);
  for (const row of rows) {
    const shown = new Map([...row].filter(([f, v]) => quasi.has(f) && v !== hiddenText));
    expect(casesSharing(bundled, shown), JSON.stringify([...shown])).toBeGreaterThanOrEqual(k);
  }
  await page.getByRole('button', { name: 'Case 1', exact: true }).click();
  const seen = new Set<string>();
  for (;;) {
    const heading = page.getByRole('heading', { level: 1, name: /^Case \d+$/ });
    await expect(heading).toBeVisible();
    const label = (await heading.textContent()) ?? '';
    seen.add(label);
    const fields = await profileFields(page);
    expect(fields.get('Outcome sub-category'), label).toBeDefined();
    const shown = shownOf(fields);
    expect(
      casesSharing(bundled, shown),
      `${label}: ${JSON.stringify([...shown])}`,
    ).toBeGreaterThanOrEqual(k);
    expect(await leaks(page), label).toEqual([]);
    const next = page.getByRole('link', { name: /^Next case: Case \d+/ });
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(heading).not.toHaveText(label);
  }
  expect(seen.size).toBe(bundled.cases.length);
  check();
});

test('presenter-safe: a case list numbers its own cases, so two lists cannot be matched', async ({
  page,
}) => {
  const check = guardPage(page);
  await openSafe(page);
  const labelsOf = async (region: string, bar: string, heading: RegExp, count: number) => {
    await page
      .getByRole('region', { name: region })
      .getByRole('button', { name: `List the ${count} cases behind ${bar}` })
      .click();
    const dialog = page.getByRole('dialog', { name: heading });
    const items = await dialog.getByRole('listitem').allTextContents();
    await dialog.getByRole('button', { name: 'Close' }).click();
    return items.map((item) => item.split(' — ')[0]);
  };
  const deaths = await labelsOf('Outcome categories', 'Death', /Death: 6 cases/, 6);
  const harm = await labelsOf('Outcome categories', 'Significant harm', /Significant harm: 5/, 5);
  // Each list is numbered 1 … n: "Case 1" in one list says nothing of "Case 1" in the other.
  expect(deaths).toEqual(['Case 1', 'Case 2', 'Case 3', 'Case 4', 'Case 5', 'Case 6']);
  expect(harm).toEqual(['Case 1', 'Case 2', 'Case 3', 'Case 4', 'Case 5']);
  check();
});

/** The bundled cases CSV with a `Child name` column: a different name on every row. */
function casesWithNames(): { csv: string; names: string[] } {
  const text = readFileSync(
    resolve(import.meta.dirname, '../../public/data/vkpp-2019-11-cases.csv'),
    'utf8',
  );
  const lines = text.trimEnd().split(/\r?\n/);
  const names = lines.slice(1).map((_, i) => `Rosalind Quayle-${'ABCDEFGHIJK'[i] ?? i}`);
  const csv = [
    `${lines[0]},Child name`,
    ...lines.slice(1).map((line, i) => `${line},${names[i]}`),
  ].join('\n');
  return { csv, names };
}

/** The filter menus the bar offers, by their buttons' names. */
async function filterMenus(page: Page): Promise<string[]> {
  const bar = page.getByRole('region', { name: 'Filters' });
  const add = bar.getByRole('button', { name: 'Add filter' });
  if ((await add.getAttribute('aria-expanded')) !== 'true') await add.click();
  const labels = await bar
    .getByRole('list', { name: 'Filter by' })
    .locator('.filter-dimension-label')
    .allTextContents();
  await add.click();
  return labels;
}

async function expectNoNames(page: Page, names: readonly string[], where: string) {
  expect(await leaks(page, names), where).toEqual([]);
}

test('presenter-safe: a Child name column is never shown nor offered as a filter; an active one is dropped', async ({
  page,
}) => {
  const check = guardPage(page);
  const { csv, names } = casesWithNames();
  await page.goto('/');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  await loadCsvText(page, 'cases-with-names.csv', csv);
  await expect(page.getByRole('region', { name: 'Filters' })).toBeVisible();
  // While presenter-safe is off, the column is a filter like any other: choose one name.
  await expect.poll(() => filterMenus(page)).toContain('Child name');
  const nameFilter = await openFilter(page, 'Child name');
  await nameFilter.getByRole('checkbox', { name: new RegExp(`^${names[0]} `) }).check();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText(names[0] ?? '');
  // The link holds the column and the name (as ids): "f.attr:child-name=rosalind-quayle-a".
  await expect(page).toHaveURL(/child-name=rosalind/i);

  // Presenter-safe on: the filter goes, with a line naming the column and not the value.
  await page.getByRole('button', { name: 'Presenter-safe' }).click();
  const banner = page.getByRole('region', { name: 'Presenter-safe' });
  await expect(banner).toContainText('The filter on Child name was removed');
  await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0);
  await expect(page).not.toHaveURL(/child-name|rosalind/i);
  expect(await filterMenus(page)).not.toContain('Child name');
  await expectNoNames(page, names, 'Overview');
  const add = page.getByRole('combobox', { name: 'Chart another field' });
  if ((await add.count()) > 0)
    await expect(add.getByRole('option', { name: 'Child name' })).toHaveCount(0);

  await goTo(page, 'Check');
  await page.getByRole('tab', { name: 'Case table' }).click();
  const rows = await caseTableRows(page);
  expect(rows.map((r) => r.get('Child name'))).toEqual(Array(names.length).fill(hiddenText));
  await expectNoNames(page, names, 'Case table');
  await page.getByRole('button', { name: 'Case 1', exact: true }).click();
  expect((await profileFields(page)).get('Child name')).toBe(hiddenText);
  await expectNoNames(page, names, 'Case');
  for (const view of ['Themes', 'Learning', 'Method']) {
    await goTo(page, view);
    await expectNoNames(page, names, view);
  }
  check();
});

test('presenter-safe: the case profile and a case list read clearly at 1280×720', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openSafe(page);
  await page
    .getByRole('region', { name: 'Outcome categories' })
    .getByRole('button', { name: 'List the 6 cases behind Death' })
    .click();
  const list: Locator = page.getByRole('dialog', { name: /Death: 6 cases/ });
  await expect(list.getByRole('listitem')).toHaveCount(6);
  await page.screenshot({ path: info.outputPath('case-list.png') });
  expect(await axeViolations(page), 'case list').toEqual([]);
  await list.getByRole('button', { name: 'Close' }).click();
  // A profile opens from the case table (the list of the cases under the filters).
  await goTo(page, 'Check');
  await page.getByRole('tab', { name: 'Case table' }).click();
  await page.getByRole('button', { name: 'Case 1', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Case \d+$/ })).toBeVisible();
  expect(await leaks(page), 'Case').toEqual([]);
  await page.screenshot({ path: info.outputPath('case-profile.png'), fullPage: true });
  expect(await axeViolations(page), 'case profile').toEqual([]);
  // The withheld values read as such, not as blanks.
  const fields = await profileFields(page);
  expect([...fields.values()].every((v) => v.trim() !== '')).toBe(true);
});
