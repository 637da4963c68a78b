import AxeBuilder from '@axe-core/playwright';
import { test, type Page } from '@playwright/test';

async function scan(page: Page, label: string) {
  const r = await new AxeBuilder({ page }).analyze();
  console.log('STATE', label, JSON.stringify(r.violations.map((x) => ({ id: x.id, impact: x.impact, help: x.help, count: x.nodes.length, nodes: x.nodes.map((n) => [n.target.join(' '), n.html.slice(0, 200), n.failureSummary?.slice(0, 300)]).slice(0, 4) })), null, 1));
}
async function showAllData(page: Page) {
  for (let i = 0; i < 40; i += 1) {
    const button = page.getByRole('button', { name: /^Show (all )?data( tables)?$/, pressed: false }).and(page.locator(':enabled')).first();
    if ((await button.count()) === 0) return;
    await button.click();
  }
}
test('scan', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/?view=check');
  await page.getByRole('tablist').waitFor();
  const tabs = await page.getByRole('tab').all();
  for (const tab of tabs) {
    await tab.click();
    await page.waitForTimeout(500);
    await showAllData(page);
    await scan(page, `check tab ${await tab.textContent()}`);
  }
  await page.goto('/');
  await page.getByLabel('Load data files').setInputFiles('tests/fixtures/bad-values.csv');
  await page.waitForTimeout(1500);
  await scan(page, 'warnings');
  await page.getByLabel('Load data files').setInputFiles('tests/fixtures/empty.csv');
  await page.waitForTimeout(1500);
  await scan(page, 'refused');
  await page.goto('/?view=check');
  await page.getByRole('tablist').waitFor();
  for (const tab of await page.getByRole('tab').all()) {
    await tab.click();
    await page.waitForTimeout(300);
    await scan(page, `check-after-load tab ${await tab.textContent()}`);
  }
  await page.setViewportSize({ width: 700, height: 900 });
  for (const v of ['overview', 'themes', 'learning', 'check', 'trends', 'present']) {
    await page.goto(`/?view=${v}`);
    await page.waitForTimeout(1000);
    await scan(page, `narrow ${v}`);
  }
});
