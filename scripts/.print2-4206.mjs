import { chromium } from '@playwright/test';
import { findChromium } from '/work/main/scripts/chromium-path.mjs';
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
const page = await ctx.newPage();
await page.addInitScript(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
await page.goto('http://localhost:4206/?view=present');
await page.getByRole('button', { name: 'Load the briefing deck' }).click();
await page.getByRole('button', { name: 'Print handout' }).click();
await page.waitForFunction(() => window.__printed >= 1, null, { timeout: 30000 });
const count = async (label) => { const pdf = await page.pdf({ preferCSSPageSize: true }); console.log(label, (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length); };
await count('as is');
await page.addStyleTag({ content: '@media print { .handout-page:not(:first-child) { display: none !important } }' });
await count('first only');
for (const [label, css] of [
  ['fixed height', '.handout-figure { height: 500px !important }'],
  ['monolithic', '.handout-figure { display: inline-block !important; width: 100% }'],
  ['no inner margin', '.handout-figure > div { margin-top: 0 !important }'],
  ['flow-root', '.handout-figure { display: flow-root !important }'],
]) {
  const handle = await page.addStyleTag({ content: '@media print { ' + css + ' }' });
  await count(label);
  await handle.evaluate((el) => el.remove());
}
await browser.close();
