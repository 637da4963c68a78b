/**
 * Fails when the built app breaks its JavaScript budget (DESIGN.md "Budgets"): the initial
 * JavaScript (the entry script and the chunks index.html preloads) at most 150 KB gzip in at most
 * four files, and no chunk over 100 KB gzip. Also fails on inline scripts in index.html (the CSP
 * forbids them). The file count matters on a phone's network: past the browser's six connections
 * each small chunk waits a round trip (vite.config.ts puts the first screen in one chunk).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
/** DESIGN.md "Budgets": initial JavaScript and any one chunk, in KB gzip. */
const initialBudgetKb = 150;
const initialFilesBudget = 4;
const chunkBudgetKb = 100;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [
  ...html.matchAll(
    /<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.?\/?([^"]+\.js)"/g,
  ),
].map((m) => m[1]);
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)];
const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
const sizes = new Map(
  assets.map((f) => [`assets/${f}`, gzipSync(readFileSync(join(dist, 'assets', f))).length]),
);
let failed = false;
console.log('chunk                                              gzip KB');
for (const [file, size] of [...sizes].sort((a, b) => b[1] - a[1])) {
  const over = size > chunkBudgetKb * 1024;
  failed ||= over;
  console.log(
    `${file.padEnd(50)} ${kb(size).padStart(7)}${initial.includes(file) ? '  (initial)' : ''}${over ? `  OVER ${chunkBudgetKb} KB` : ''}`,
  );
}
const initialTotal = initial.reduce((sum, f) => sum + (sizes.get(f) ?? 0), 0);
console.log(`initial JavaScript: ${kb(initialTotal)} KB gzip (budget ${initialBudgetKb} KB)`);
if (initialTotal > initialBudgetKb * 1024) {
  console.error('Initial JavaScript is over budget.');
  failed = true;
}
console.log(`initial JavaScript files: ${initial.length} (budget ${initialFilesBudget})`);
if (initial.length > initialFilesBudget) {
  console.error('The first screen loads too many script files.');
  failed = true;
}
if (initial.length === 0) {
  console.error('No entry script found in dist/index.html.');
  failed = true;
}
if (inline.length > 0) {
  console.error(`dist/index.html has ${inline.length} inline script(s); the CSP forbids them.`);
  failed = true;
}
process.exit(failed ? 1 : 0);
