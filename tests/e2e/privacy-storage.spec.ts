import { expect, test, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { guardPage, openFilter, tableRows } from './helpers';

/**
 * "No byte of loaded data leaves the browser" (DESIGN.md): loading files writes nothing to any
 * storage, registers no service worker, sends nothing to another origin, and breaks no rule of the
 * Content-Security-Policy.
 */
const e2eFixture = (name: string) => resolve(import.meta.dirname, 'fixtures', name);
const corpusFixture = (name: string) => resolve(import.meta.dirname, '..', 'fixtures', name);

declare global {
  interface Window {
    cspViolations: string[];
  }
}

/** Records every Content-Security-Policy violation, from before the page's first script runs. */
async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  });
}

/** What the page has stored or registered on this device. */
function storedOnDevice(page: Page) {
  return page.evaluate(async () => ({
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    caches: await caches.keys(),
    cookies: document.cookie,
  }));
}

const nothingStored = {
  localStorage: [],
  sessionStorage: [],
  indexedDB: [],
  serviceWorkers: 0,
  caches: [],
  cookies: '',
};

test('loading files stores nothing, sends nothing away and breaks no CSP rule', async ({
  page,
}) => {
  const check = guardPage(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await recordCspViolations(page);
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Headline figures' })).toBeAttached();

  const input = page.getByLabel('Load data files');
  await input.setInputFiles(e2eFixture('three-cases.csv'));
  await expect
    .poll(async () => (await tableRows(page, 'Headline figures'))[0])
    .toEqual(['Cases', '3', '100%', '–', '3']);

  // Markup in every text field must stay text: no script runs, so no dialog and no violation.
  await input.setInputFiles(corpusFixture('markup.csv'));
  await expect
    .poll(async () => (await tableRows(page, 'Headline figures'))[0])
    .toEqual(['Cases', '1', '100%', '–', '1']);
  // The column named in markup is offered as a filter under its name as text.
  await expect(await openFilter(page, '<b>Extra</b>')).toBeVisible();
  await page.getByRole('link', { name: 'Check', exact: true }).click();
  await page.getByRole('tab', { name: 'Case table' }).click();
  await expect(page.getByText("<script>alert('title')</script>").first()).toBeVisible();

  expect(await storedOnDevice(page)).toEqual(nothingStored);
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  expect(dialogs).toEqual([]);
  check();
});

test('the CSP listener hears a violation when one happens', async ({ page }) => {
  await recordCspViolations(page);
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Headline figures' })).toBeAttached();
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true;';
    document.head.append(script);
  });
  // Once per policy: the page carries the policy in a meta tag and the server sends it too.
  await expect.poll(() => page.evaluate(() => window.cspViolations.length)).toBeGreaterThan(0);
  for (const violation of await page.evaluate(() => window.cspViolations))
    expect(violation).toMatch(/^script-src(-elem)? blocked inline$/);
  expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
});
