/**
 * Makes sure a Chromium is there before the end-to-end tests run. Looks in $CHROMIUM_PATH,
 * /usr/bin/chromium and Playwright's own browsers; when none is found, tries
 * `npx playwright install chromium` (needs the internet), then, on Debian as root,
 * `apt-get install -y chromium`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, playwrightChromium } from './chromium-path.mjs';

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

const found = findChromium() ?? (await playwrightChromium());
if (found) {
  console.log(`Chromium for end-to-end tests: ${found}`);
  process.exit(0);
}
console.log('No Chromium found: installing one.');
if (run('npx', ['playwright', 'install', 'chromium']) && (await playwrightChromium()))
  process.exit(0);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  run('apt-get', ['update', '-qq']);
  if (run('apt-get', ['install', '-y', '-qq', 'chromium']) && findChromium()) process.exit(0);
}
console.error(
  'Could not find or install Chromium. Install one (apt-get install chromium, or npx playwright install chromium) or set CHROMIUM_PATH.',
);
process.exit(1);
