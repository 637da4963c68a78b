import { chromium } from '@playwright/test';
import { findChromium } from '/work/main/scripts/chromium-path.mjs';
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto('http://localhost:4206/?view=present');
await page.getByRole('button', { name: 'Load the briefing deck' }).click();
await page.getByRole('button', { name: 'Present', exact: true }).click();
for (let n = 1; n <= 6; n++) {
  await page.getByText(`Slide ${n} of 6`, { exact: true }).waitFor();
  await page.waitForTimeout(800);
  const low = await page.locator('.slide-body').evaluate((show) => {
    const rgb = (c) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r = 0, g = 0, b = 0]) => { const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4); return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
    const bg = (el) => { for (let e = el; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; const v = rgb(c); if (!(v.length === 4 && v[3] === 0)) return c; } return 'rgb(255,255,255)'; };
    const out = new Set();
    for (const el of show.querySelectorAll('*')) {
      if (![...el.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim())) continue;
      if (el.closest('.visually-hidden')) continue;
      const isSvg = el instanceof SVGElement;
      const color = isSvg ? getComputedStyle(el).fill : getComputedStyle(el).color;
      const [a, b] = [lum(rgb(color)), lum(rgb(bg(isSvg ? el.closest('svg') : el)))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < 7) out.add(`${el.tagName.toLowerCase()}.${typeof el.className === 'string' ? el.className : ''} "${el.textContent.trim().slice(0, 30)}" ${color} ${ratio.toFixed(2)}`);
    }
    return [...out].slice(0, 12);
  });
  console.log('slide', n, low);
  await page.keyboard.press('ArrowRight');
}
await browser.close();
