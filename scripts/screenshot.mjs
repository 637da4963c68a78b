/**
 * Screenshots views of the built app for review: `node scripts/screenshot.mjs URL OUT.png
 * [width height scale]`. Expects `npm run preview` (or any server) to be running.
 */
import { chromium } from '@playwright/test';
import { findChromium } from './chromium-path.mjs';

const [
  url = 'http://localhost:4173/',
  out = 'screenshot.png',
  width = '1440',
  height = '900',
  scale = '1',
] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(height) },
  deviceScaleFactor: Number(scale),
});
await page.goto(url);
await page.waitForLoadState('networkidle');
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`wrote ${out}`);
