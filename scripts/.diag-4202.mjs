import { chromium } from '@playwright/test';
import { findChromium } from '/work/main/scripts/chromium-path.mjs';
const themeLabels = Array.from({length: 20}, (_, i) => `Theme label number ${i}`);
function syntheticCsv(cases) {
  const lines = [['Case review title', 'Outcome', 'Police force', ...themeLabels].join(',')];
  let seed = 7;
  const next = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  for (let i = 1; i <= cases; i += 1) {
    const ticks = themeLabels.map((_, t) => (next() < 0.12 + (t % 5) * 0.05 ? 'yes' : ''));
    lines.push([`Synthetic area ${i}: Child ${i}`, i % 3 === 0 ? 'Significant harm' : 'Death', `Force ${i % 40}`, ...ticks].join(','));
  }
  return `${lines.join('\n')}\n`;
}
const phase = process.argv[2] ?? 'render';
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.addInitScript(() => {
  window.longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
});
await page.goto(`http://localhost:4202/`);
await page.getByLabel('Load data files').setInputFiles({ name: 's.csv', mimeType: 'text/csv', buffer: Buffer.from(syntheticCsv(5000)) });
await page.waitForFunction(() => document.body.textContent.includes('5000'), null, { timeout: 30000 });
await page.waitForTimeout(800);
await page.evaluate(() => window.longTasks.splice(0));
const client = await page.context().newCDPSession(page);
await client.send('Profiler.enable');
await client.send('Profiler.setSamplingInterval', { interval: 100 });
if (phase === 'scroll') {
  await page.getByRole('link', { name: 'Themes', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('[role=grid]')?.getAttribute('aria-rowcount') === '5003');
  await page.waitForTimeout(800);
  await page.evaluate(() => window.longTasks.splice(0));
}
await client.send('Profiler.start');
if (phase === 'render') {
  await page.getByRole('link', { name: 'Themes', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('[role=grid]')?.getAttribute('aria-rowcount') === '5003');
  await page.waitForTimeout(800);
} else {
  const grid = page.getByRole('grid', { name: 'Themes by case' });
  await grid.hover();
  for (let step = 0; step < 25; step += 1) { await page.mouse.wheel(0, 900); await page.waitForTimeout(30); }
  await page.waitForTimeout(300);
}
const { profile } = await client.send('Profiler.stop');
console.log(JSON.stringify(await page.evaluate(() => window.longTasks)));
const self = new Map();
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)); });
console.log([...self].sort((a,b)=>b[1]-a[1]).slice(0,30).map(([k,v])=>`${(v/1000).toFixed(1)}ms ${k}`).join('\n'));
await browser.close();
