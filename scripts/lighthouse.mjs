/**
 * `npm run lighthouse`: Lighthouse 12.2.3 on the built app (DESIGN.md "Budgets": performance
 * ≥ 95, accessibility 100, best practices 100). Builds into dist-lighthouse, serves it with
 * `vite preview` (which sends the app's Content-Security-Policy), runs Lighthouse in Debian's
 * Chromium, and prints the three scores and every audit that did not pass. With --strict it exits
 * non-zero when a score is under budget; without it, it only reports (it is not part of npm test).
 * Options: --preset desktop|mobile (default desktop: the app is used at a desk and on a projector;
 * mobile adds Lighthouse's phone emulation and 4× CPU slowdown), --port N (default 4299), --no-build (serve what dist-lighthouse holds), --report FILE
 * (also write Lighthouse's full JSON report there).
 */
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { findChromium } from './chromium-path.mjs';

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    port: { type: 'string', default: '4299' },
    'no-build': { type: 'boolean', default: false },
    report: { type: 'string' },
    preset: { type: 'string', default: 'desktop' },
  },
});
const port = Number(values.port);
const outDir = 'dist-lighthouse';
const budgets = { performance: 95, accessibility: 100, 'best-practices': 100 };
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

if (!values['no-build']) {
  const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** Starts `vite preview` and resolves once it answers. */
async function startPreview() {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'],
    { stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
  const url = `http://localhost:${port}/`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(url);
      if (response.ok) return { server, url };
    } catch (error) {
      // Not listening yet: wait and try again; anything but a refused connection is a real fault.
      if (!(error instanceof TypeError)) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.kill(-server.pid);
  throw new Error(`vite preview did not answer on ${url}`);
}

const chromePath = findChromium();
if (!chromePath) {
  console.error('No Chromium found (set CHROMIUM_PATH, or install Debian’s chromium).');
  process.exit(1);
}
const { server, url } = await startPreview();
let chrome;
let failed = false;
try {
  chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  const result = await lighthouse(
    url,
    { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(budgets) },
    values.preset === 'mobile' ? undefined : desktopConfig,
  );
  if (!result) throw new Error('Lighthouse returned no result.');
  const { categories, audits } = result.lhr;
  if (values.report) writeFileSync(values.report, JSON.stringify(result.lhr, null, 1));
  console.log(
    `Lighthouse ${result.lhr.lighthouseVersion}, ${values.preset}, on ${url} (${chromePath})`,
  );
  for (const [id, budget] of Object.entries(budgets)) {
    const score = Math.round((categories[id]?.score ?? 0) * 100);
    const under = score < budget;
    failed ||= under;
    console.log(
      `  ${categories[id]?.title ?? id}: ${score} (budget ${budget})${under ? '  UNDER' : ''}`,
    );
  }
  const failing = Object.values(categories)
    .flatMap((category) => category.auditRefs.map((ref) => audits[ref.id]))
    .filter((audit) => audit && audit.score !== null && audit.score < 1)
    .filter((audit, i, all) => all.indexOf(audit) === i);
  console.log(failing.length === 0 ? 'No failing audits.' : 'Audits not passed:');
  for (const audit of failing) {
    const value = audit.displayValue ? ` — ${audit.displayValue}` : '';
    console.log(`  ${audit.id} (${Math.round(audit.score * 100)}): ${audit.title}${value}`);
  }
  const metrics = [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ];
  console.log(
    `Metrics: ${metrics.map((id) => `${audits[id]?.title ?? id} ${audits[id]?.displayValue ?? '?'}`).join('; ')}`,
  );
} finally {
  await chrome?.kill();
  process.kill(-server.pid);
}
process.exit(values.strict && failed ? 1 : 0);
