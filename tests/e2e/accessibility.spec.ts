import AxeBuilder from '@axe-core/playwright';
import { test } from '@playwright/test';

const views = ['overview', 'themes', 'learning', 'check', 'method', 'trends', 'present', 'case&case=kent-child-h'];
test('scan', async ({ page }) => {
  for (const v of views) {
    await page.goto(`/?view=${v}`);
    await page.waitForTimeout(1500);
    const r = await new AxeBuilder({ page }).analyze();
    console.log('VIEW', v, JSON.stringify(r.violations.map((x) => ({ id: x.id, impact: x.impact, help: x.help, nodes: x.nodes.map((n) => [n.target.join(' '), n.failureSummary?.slice(0, 300)]).slice(0, 6), count: x.nodes.length })), null, 1));
  }
});
