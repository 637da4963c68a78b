/**
 * The bundled briefing's first load (issue 18, Lighthouse on a phone): the page reads the load
 * prepared ahead beside the dataset file and does not fetch the loader's code (the schema library,
 * papaparse, the normalisers) until a file is loaded. The prepared load is used only for the
 * bytes it names: a dataset file replaced where the app is served, or no prepared load at all,
 * goes through the loader and still opens.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { guardPage, loadCsvText, tableRows } from './helpers';

/** The loader's chunks: the loader itself, the schema library and papaparse. */
const loaderChunk = /\/assets\/(load-files|schema|papaparse)[^/]*\.js$/;

/** The URLs the page requests, from now on. */
function requestsOf(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(new URL(request.url()).pathname));
  return urls;
}

async function headlineCases(page: Page): Promise<string | undefined> {
  return (await tableRows(page, 'Headline figures'))[0]?.[1];
}

test('the bundled briefing opens without fetching the loader, which comes when a file is loaded', async ({
  page,
}) => {
  const check = guardPage(page);
  const requests = requestsOf(page);
  await page.goto('/');
  await expect.poll(() => headlineCases(page)).toBe('11');
  await expect(
    page.getByRole('group', { name: 'Outcome categories' }).getByRole('button', {
      name: 'Death: 6 cases',
    }),
  ).toBeVisible();
  expect(requests).toContain('/data/vkpp-2019-11.prepared.json');
  expect(requests.filter((url) => loaderChunk.test(url))).toEqual([]);

  const csv = readFileSync(resolve(import.meta.dirname, 'fixtures', 'three-cases.csv'), 'utf8');
  await loadCsvText(page, 'three-cases.csv', csv);
  await expect.poll(() => headlineCases(page)).toBe('3');
  expect(requests.some((url) => loaderChunk.test(url))).toBe(true);
  check();
});

test('a dataset file replaced where the app is served is loaded itself, not the prepared copy', async ({
  page,
}) => {
  const check = guardPage(page);
  const requests = requestsOf(page);
  const served = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../public/data/vkpp-2019-11.json'), 'utf8'),
  ) as { cases: { id: string }[]; learning: { caseId: string }[] };
  // The same briefing with its last case taken out (and that case's learning with it).
  const dropped = served.cases.at(-1)?.id;
  const replaced = {
    ...served,
    cases: served.cases.slice(0, -1),
    learning: served.learning.filter((item) => item.caseId !== dropped),
  };
  await page.route('**/data/vkpp-2019-11.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(replaced) }),
  );
  await page.goto('/');
  await expect.poll(() => headlineCases(page)).toBe('10');
  expect(requests.some((url) => loaderChunk.test(url))).toBe(true);
  check();
});

test('without its prepared load (a server answering every path with the page) the briefing still opens', async ({
  page,
}) => {
  const check = guardPage(page);
  const requests = requestsOf(page);
  await page.route('**/data/vkpp-2019-11.prepared.json', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>App</title>' }),
  );
  await page.goto('/');
  await expect.poll(() => headlineCases(page)).toBe('11');
  expect(requests.some((url) => loaderChunk.test(url))).toBe(true);
  check();
});
