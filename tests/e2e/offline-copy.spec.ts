import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatasetMenu } from './helpers';

/*
 * The one-file offline copy (issue 17, part 4): dist-single/case-review-explorer.html opens from
 * file:// with no web server, shows the bundled briefing, loads the user's CSV, presents a deck,
 * keeps nothing on the device, and makes no request at all under its own strict CSP.
 */

const root = resolve(import.meta.dirname, '../..');
// Several test runs can share a machine (see playwright.config.ts): each builds its own copy.
const outDir = process.env.E2E_PORT ? `dist-single-e2e-${process.env.E2E_PORT}` : 'dist-single';
const file = resolve(root, outDir, 'case-review-explorer.html');

test.beforeAll(() => {
  test.setTimeout(240_000);
  execFileSync('npx', ['vite', 'build', '--config', 'vite.single.config.ts'], {
    cwd: root,
    env: { ...process.env, SINGLE_OUT_DIR: outDir },
    stdio: 'pipe',
  });
});

/** Fails the test on any request other than the file itself, and on any console error. */
function guardOffline(page: Page): () => void {
  const requests: string[] = [];
  const errors: string[] = [];
  const self = pathToFileURL(file).href;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(self) && !url.startsWith('data:') && !url.startsWith('blob:'))
      requests.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return () => {
    expect(requests, 'requests beyond the file').toEqual([]);
    expect(errors, 'console errors (a CSP violation is one)').toEqual([]);
  };
}

test('the HTML file holds the whole app under a strict CSP', () => {
  expect(existsSync(file)).toBe(true);
  const html = readFileSync(file, 'utf8');
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("connect-src 'none'");
  expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
  expect(policy).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  // Nothing is loaded from beside the file: no src= or href= but data: URLs.
  const references = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  expect(references.filter((r) => !r?.startsWith('data:'))).toEqual([]);
});

test('opens from file://, loads a CSV, presents the briefing deck; no request, nothing kept', async ({
  page,
}) => {
  const check = guardOffline(page);
  await page.goto(pathToFileURL(file).href);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const contact = page.getByRole('region', { name: 'Initial police contact' });
  await expect(contact.getByRole('button', { name: 'Missing child: 4 cases' })).toBeVisible();

  // The user's own file loads on the page, without a worker.
  await page.getByLabel('Load data files').setInputFiles({
    name: 'cases.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Case review title,Outcome,Initial police contact\n' +
        'Area A: Child 1,Death,Missing child\n' +
        'Area B: Child 2,Significant harm,Missing child\n' +
        'Area C: Child 3,Death,Domestic incident at home\n',
    ),
  });
  await expect(contact.getByRole('button', { name: 'Missing child: 2 cases' })).toBeVisible();

  // Back to the briefing, then its deck, stepped through on the projector.
  await openDatasetMenu(page);
  await page.getByRole('button', { name: 'Use bundled dataset' }).click();
  await expect(contact.getByRole('button', { name: 'Missing child: 4 cases' })).toBeVisible();
  await page.getByRole('link', { name: 'Present', exact: true }).click();
  await expect(
    page.getByText(/Keeping data on this device is off in the one-file copy/),
  ).toBeVisible();
  await expect(page.getByLabel('Keep decks on this device')).toBeDisabled();
  await page.getByRole('button', { name: 'Load the briefing deck' }).click();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByText('Slide 1 of 6', { exact: true })).toBeVisible();
  for (let slide = 2; slide <= 6; slide++) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(`Slide ${slide} of 6`, { exact: true })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Present' })).toBeVisible();

  // Nothing was written to the device's storage.
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    databases: (await indexedDB.databases()).length,
  }));
  expect(stored).toEqual({ local: 0, databases: 0 });
  check();
});
