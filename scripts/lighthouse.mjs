/**
 * `npm run lighthouse`: Lighthouse 12.2.3 on the built app (DESIGN.md "Budgets": performance
 * ≥ 95, accessibility 100, best practices 100). Builds into dist-lighthouse, serves it with
 * `vite preview` (which sends the app's Content-Security-Policy), runs Lighthouse in Debian's
 * Chromium, and prints the three scores, every audit that did not pass and the metrics. With
 * --strict it exits non-zero when a score is under budget; without it, it only reports (it is not
 * part of npm test).
 * Options: --preset desktop|mobile|both (default both: desktop is how the app is mostly used, at a
 * desk and on a projector; mobile is Lighthouse's phone emulation with a slow network and 4× CPU
 * slowdown), --runs N (default 1: each preset N times, every run printed and the median scored;
 * the machine's load moves single runs by several points), --port N (default 4299), --no-build
 * (serve what dist-lighthouse holds), --report FILE (also write the last run's full JSON report
 * there; with both presets, FILE gains .desktop or .mobile before its extension).
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
    preset: { type: 'string', default: 'both' },
    runs: { type: 'string', default: '1' },
  },
});
const port = Number(values.port);
const runs = Math.max(1, Number(values.runs) || 1);
const presets = values.preset === 'both' ? ['desktop', 'mobile'] : [values.preset];
if (!presets.every((p) => p === 'desktop' || p === 'mobile')) {
  console.error(`Unknown preset ${values.preset}: use desktop, mobile or both.`);
  process.exit(2);
}
const outDir = 'dist-lighthouse';
const budgets = { performance: 95, accessibility: 100, 'best-practices': 100 };
const metrics = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];
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

/** One Lighthouse run of `preset` in a fresh Chromium; resolves to its report (LHR). */
async function runOnce(url, preset, chromePath) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: Object.keys(budgets),
      },
      preset === 'mobile' ? undefined : desktopConfig,
    );
    if (!result) throw new Error('Lighthouse returned no result.');
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);

/** Prints one run: its scores, every audit not passed, and the metrics. */
function printRun(lhr) {
  const { categories, audits } = lhr;
  console.log(
    `  ${Object.keys(budgets)
      .map((id) => `${categories[id]?.title ?? id} ${score(lhr, id)}`)
      .join(', ')}`,
  );
  const failing = Object.values(categories)
    .flatMap((category) => category.auditRefs.map((ref) => audits[ref.id]))
    .filter((audit) => audit && audit.score !== null && audit.score < 1)
    .filter((audit, i, all) => all.indexOf(audit) === i);
  console.log(failing.length === 0 ? '  No failing audits.' : '  Audits not passed:');
  for (const audit of failing) {
    const value = audit.displayValue ? ` — ${audit.displayValue}` : '';
    console.log(`    ${audit.id} (${Math.round(audit.score * 100)}): ${audit.title}${value}`);
  }
  console.log(
    `  Metrics: ${metrics.map((id) => `${audits[id]?.title ?? id} ${audits[id]?.displayValue ?? '?'}`).join('; ')}`,
  );
}

/** The report file of `preset`: FILE itself for one preset, FILE.<preset>.json for both. */
function reportPath(preset) {
  if (presets.length === 1) return values.report;
  return values.report.replace(/(\.json)?$/, `.${preset}$1`);
}

const chromePath = findChromium();
if (!chromePath) {
  console.error('No Chromium found (set CHROMIUM_PATH, or install Debian’s chromium).');
  process.exit(1);
}
const { server, url } = await startPreview();
let failed = false;
try {
  for (const preset of presets) {
    const lhrs = [];
    for (let run = 1; run <= runs; run += 1) {
      const lhr = await runOnce(url, preset, chromePath);
      lhrs.push(lhr);
      console.log(
        `Lighthouse ${lhr.lighthouseVersion}, ${preset}${runs > 1 ? `, run ${run} of ${runs}` : ''}, on ${url} (${chromePath})`,
      );
      printRun(lhr);
      if (values.report) writeFileSync(reportPath(preset), JSON.stringify(lhr, null, 1));
    }
    console.log(`${preset}${runs > 1 ? `, median of ${runs} runs` : ''}:`);
    for (const [id, budget] of Object.entries(budgets)) {
      const value = median(lhrs.map((lhr) => score(lhr, id)));
      const under = value < budget;
      failed ||= under;
      const title = lhrs[0].categories[id]?.title ?? id;
      console.log(`  ${title}: ${value} (budget ${budget})${under ? '  UNDER' : ''}`);
    }
  }
} finally {
  process.kill(-server.pid);
}
process.exit(values.strict && failed ? 1 : 0);
