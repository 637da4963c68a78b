import { chromium } from '@playwright/test';
import { findChromium } from '/work/main/scripts/chromium-path.mjs';
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.addInitScript(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
await page.goto('http://localhost:4206/?view=present');
await page.getByRole('button', { name: 'Load the briefing deck' }).click();
await page.getByRole('button', { name: 'Print handout' }).click();
await page.waitForFunction(() => window.__printed >= 1, null, { timeout: 30000 });
await page.setViewportSize({ width: 725, height: 965 }); await page.emulateMedia({ media: 'print' });
console.log(await page.evaluate(() => [...document.querySelectorAll('.handout-page')].map(p => [p.offsetWidth, p.offsetHeight, getComputedStyle(p).breakAfter, getComputedStyle(p).page])));
console.log(await page.evaluate(() => [document.body.scrollHeight, document.documentElement.className]));
const pdf = await page.pdf({ preferCSSPageSize: true });
console.log('pages', (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length);

await page.screenshot({ path: '/tmp/print-emul.png', fullPage: true });
await browser.close();
