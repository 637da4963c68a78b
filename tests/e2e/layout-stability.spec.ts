import { expect, test, type Page } from '@playwright/test';
import { guardPage } from './helpers';

/** A `layout-shift` performance entry (not in TypeScript's DOM types). */
interface LayoutShiftEntry extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: readonly { node: Node | null }[];
}

/** Where the page keeps the shifts it has seen: [score, what moved]. */
type ShiftLog = [number, string][];

/**
 * Opens the app with the bundled dataset held back until the loading screen has been painted, so
 * the screen before the data and the screen after it are both seen, whatever the machine's speed.
 */
async function openWithHeldData(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: ShiftLog = [];
    (window as unknown as { shiftLog: ShiftLog }).shiftLog = log;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LayoutShiftEntry[]) {
        if (entry.hadRecentInput) continue;
        const moved = entry.sources.map((s) =>
          s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : String(s.node),
        );
        log.push([entry.value, moved.join(', ')]);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/vkpp-2019-11.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByText('Loading the bundled dataset…')).toBeVisible();
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  release();
  await expect(page.getByRole('region', { name: 'Filters' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Headline figures' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Cases by region' })).toBeAttached();
  // Anything that would still move does so within a frame or two of the charts being drawn.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

for (const [device, viewport] of [
  ['desk', { width: 1440, height: 900 }],
  ['phone', { width: 412, height: 915 }],
] as const) {
  test.describe(`on a ${device} screen`, () => {
    test.use({ viewport });

    test('nothing on screen moves as the data arrives (cumulative layout shift under 0.05)', async ({
      page,
    }) => {
      const check = guardPage(page);
      await openWithHeldData(page);
      const log = await page.evaluate(() => (window as unknown as { shiftLog: ShiftLog }).shiftLog);
      const total = log.reduce((sum, [value]) => sum + value, 0);
      expect(total, `layout shifts: ${JSON.stringify(log)}`).toBeLessThan(0.05);
      check();
    });
  });
}
