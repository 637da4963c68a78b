/**
 * "No request to any other origin, no WebSocket, no service worker, no telemetry — verified by an
 * end-to-end test that walks the whole journey" (DESIGN.md "Security and privacy"), in the built
 * app with its Content-Security-Policy.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chartAction, guardPage, tableRows } from './helpers';

const publicData = (name: string) => resolve(import.meta.dirname, '../../public/data', name);
const origin = `http://localhost:${process.env.E2E_PORT ?? 4173}`;

declare global {
  interface Window {
    cspViolations: string[];
    serviceWorkerAttempts: string[];
  }
}

/** Records CSP violations and service-worker registrations from before the first script runs. */
async function watchPolicy(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.cspViolations = [];
    window.serviceWorkerAttempts = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
    const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
    if (container) {
      const register = container.register.bind(container);
      container.register = (url, options) => {
        window.serviceWorkerAttempts.push(String(url));
        return register(url, options);
      };
    }
  });
}

/** Saves the view on screen as a slide through the header's form. */
async function saveSlide(page: Page, caption: string) {
  await page.getByRole('button', { name: 'Save view as slide' }).click();
  const form = page.getByRole('form', { name: 'Save this view as a slide' });
  await form.getByLabel('Caption').fill(caption);
  await form.getByRole('button', { name: 'Add to deck' }).click();
  await expect(page.getByText(/^Saved as slide \d+ of/)).toBeVisible();
}

/** Clicks a control that downloads a file; returns the file's name and bytes. */
async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('the whole journey sends nothing away, opens no socket or service worker and breaks no CSP rule', async ({
  page,
}) => {
  const check = guardPage(page, origin);
  await watchPolicy(page);
  const workers: string[] = [];
  const workerErrors: string[] = [];
  page.on('worker', (worker) => {
    workers.push(worker.url());
    worker.on('console', (message) => {
      if (message.type() === 'error') workerErrors.push(message.text());
    });
  });

  // Open: the built page carries the policy in a meta tag (and the server sends it too).
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /worker-src 'self'/,
  );
  await expect(page.getByRole('table', { name: 'Headline figures' })).toBeAttached();

  // Load a CSV file: it is parsed in the CSV worker, which the policy must let run.
  const input = page.getByLabel('Load data files');
  await input.setInputFiles(resolve(import.meta.dirname, 'fixtures', 'three-cases.csv'));
  await expect
    .poll(async () => (await tableRows(page, 'Headline figures'))[0]?.slice(0, 2))
    .toEqual(['Cases', '3']);
  expect(workers.length, 'the CSV worker ran').toBeGreaterThan(0);
  for (const url of workers) expect(url.startsWith(`${origin}/`), url).toBe(true);

  // Load the briefing as a JSON file.
  await input.setInputFiles(publicData('vkpp-2019-11.json'));
  await expect
    .poll(async () => (await tableRows(page, 'Headline figures'))[0]?.slice(0, 2))
    .toEqual(['Cases', '11']);

  // Filter by clicking a bar.
  await page.getByRole('button', { name: 'Death: 6 cases' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('f.outcome')).toBe('death');
  await expect
    .poll(async () => (await tableRows(page, 'Headline figures'))[0])
    .toEqual(['Cases', '6', '55%', '–', '11']);
  await saveSlide(page, 'The six deaths');

  // Export a chart as PNG and its data as CSV.
  const png = await download(page, () =>
    chartAction(page, 'Initial police contact', 'Download PNG'),
  );
  expect(png.name).toMatch(/\.png$/);
  expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  const csv = await download(page, () =>
    chartAction(page, 'Initial police contact', 'Download CSV'),
  );
  expect(csv.bytes.toString('utf8')).toContain('Missing child');

  // Open a heatmap drill-down.
  await page.getByRole('link', { name: 'Themes', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Themes by case' });
  await grid.getByRole('columnheader', { name: 'Information sharing' }).click({ force: true });
  const panel = page.getByRole('region', { name: 'Information sharing' });
  await expect(panel.getByRole('listitem').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await saveSlide(page, 'Themes by case');

  // The evidence pack of the Check view.
  await page.getByRole('link', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Published figures check' })).toBeAttached();
  const pack = await download(page, () =>
    page.getByRole('button', { name: 'Download evidence pack' }).click(),
  );
  expect(pack.name).toMatch(/^evidence-pack-check-.*\.zip$/);
  expect([...pack.bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);

  // Present the two slides saved on the way, full screen, and leave with Escape.
  await page.getByRole('link', { name: 'Present', exact: true }).click();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByText('Slide 1 of 2', { exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Headline figures' })).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Slide 2 of 2', { exact: true })).toBeVisible();
  // The slide draws the matrix for the projector (a table of what fits), not the desk's grid.
  await expect(page.getByRole('region', { name: 'Themes by case' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();

  const device = await page.evaluate(async () => ({
    registrations: (await navigator.serviceWorker.getRegistrations()).length,
    controlled: navigator.serviceWorker.controller !== null,
    attempts: window.serviceWorkerAttempts,
    violations: window.cspViolations,
  }));
  expect(device).toEqual({ registrations: 0, controlled: false, attempts: [], violations: [] });
  expect(workerErrors, 'console errors in workers').toEqual([]);
  check();
});
