/**
 * Makes sure a Chromium is there before the end-to-end tests run. Looks in $CHROMIUM_PATH,
 * /usr/bin/chromium and Playwright's own browsers; when none is found, tries
 * `npx playwright install chromium` (needs the internet), then, on Debian as root,
 * `apt-get install -y chromium`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, playwrightChromium } from './chromium-path.mjs';

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

/** Says which browser the tests use, so a red run on another machine can be told apart. */
function report(path) {
  let version;
  try {
    version = execFileSync(path, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch (error) {
    version = `version unknown (${error instanceof Error ? error.message.split('\n')[0] : error})`;
  }
  console.log(`Browser for end-to-end tests: ${version} (${path})`);
  process.exit(0);
}

const found = findChromium() ?? (await playwrightChromium());
if (found) report(found);
console.log('No Chromium found: installing one.');
if (run('npx', ['playwright', 'install', 'chromium'])) {
  const installed = await playwrightChromium();
  if (installed) report(installed);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  run('apt-get', ['update', '-qq']);
  if (run('apt-get', ['install', '-y', '-qq', 'chromium'])) {
    const installed = findChromium();
    if (installed) report(installed);
  }
}
console.error(
  'Could not find or install Chromium. Install one (apt-get install chromium, or npx playwright install chromium) or set CHROMIUM_PATH.',
);
process.exit(1);
