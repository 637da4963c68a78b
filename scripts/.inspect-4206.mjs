import { chromium } from '@playwright/test';
import { findChromium } from '/work/main/scripts/chromium-path.mjs';
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(process.argv[2]);
await page.waitForTimeout(1500);
console.log(await page.evaluate(process.argv[3]));
await browser.close();
