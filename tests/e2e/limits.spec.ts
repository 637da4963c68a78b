import { expect, test, type Frame, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { guardPage } from './helpers';

/**
 * Issue 21, "limits that hold": another site cannot frame the app (server headers, and the app's
 * own refusal when a server does not send them), and the evidence pack of a file deleted after
 * loading is made from the bytes that were loaded.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const app = `http://localhost:${port}`;
/** Another origin: the same machine under another host name. */
const otherSite = `http://127.0.0.1:${port}`;
const scratch = resolve(import.meta.dirname, '../../test-results/limits-spec');

/** Serves a page of another origin that frames the app, and opens it. */
async function openFramingPage(page: Page): Promise<Frame> {
  await page.route(`${otherSite}/framer.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Another site</title><h1>Win a prize</h1><iframe title="app" src="${app}/?view=overview" width="1200" height="800"></iframe>`,
    }),
  );
  await page.goto(`${otherSite}/framer.html`);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error('no frame');
  return frame;
}

/** Every control a user could be tricked into using. */
const controls =
  'button, a[href], input, select, textarea, [role="button"], [role="link"], [tabindex]';

test('the server forbids framing: X-Frame-Options DENY and frame-ancestors none', async ({
  page,
}) => {
  const response = await page.request.get(`${app}/`);
  expect(response.headers()['x-frame-options']).toBe('DENY');
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const frame = await openFramingPage(page);
  // The browser does not show the app in the frame: nothing in it to click.
  await page.waitForTimeout(1_000);
  expect(await frame.locator(controls).count()).toBe(0);
  expect(await frame.getByRole('link', { name: 'Overview' }).count()).toBe(0);
});

test('served without those headers, the app shows a notice and no controls in another site’s frame', async ({
  page,
}) => {
  // A server that sends no framing headers (python -m http.server, say).
  await page.route(`${app}/**`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['x-frame-options'];
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  const frame = await openFramingPage(page);
  await expect(
    frame.getByRole('heading', { name: /does not run inside another site’s page/ }),
  ).toBeVisible();
  await expect(frame.getByText(`${app}/?view=overview`)).toBeVisible();
  expect(await frame.locator(controls).count()).toBe(0);
  expect(await frame.getByRole('button').count()).toBe(0);
  expect(await frame.getByRole('link').count()).toBe(0);
  expect(await frame.getByRole('textbox').count()).toBe(0);
  expect(await frame.getByLabel('Load data files').count()).toBe(0);

  // In a tab of its own, the same server's app runs.
  await page.goto(`${app}/?view=overview`);
  await expect(page.getByRole('link', { name: 'Overview' })).toBeVisible();
});

test('the evidence pack of a file deleted after loading holds the hash of the bytes loaded', async ({
  page,
}) => {
  const check = guardPage(page);
  mkdirSync(scratch, { recursive: true });
  const path = resolve(scratch, 'deleted-after-load.csv');
  const text = 'Case ID,Case review title,Outcome\na,Kent: Child A,Death\nb,Kent: Child B,Death\n';
  writeFileSync(path, text, 'utf8');
  await page.goto('/?view=check');
  await page.getByLabel('Load data files').setInputFiles(path);
  await expect(page.getByText('2 of 2 cases under the filters')).toBeVisible();
  rmSync(path);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download evidence pack' }).click(),
  ]);
  const pack = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const readme = strFromU8(pack['README.txt']!);
  const sha = createHash('sha256').update(text).digest('hex');
  expect(readme).toContain(`deleted-after-load.csv (${Buffer.byteLength(text)} bytes)`);
  expect(readme).toContain(`SHA-256: ${sha}`);
  check();
});
