import { expect, type Page } from '@playwright/test';

/** The rows of a data table as [label, count, percent, ...] text. */
export async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.getByRole('table', { name: caption });
  await expect(table).toBeAttached();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim()),
      ),
    );
}

/** Loads CSV text as a file named `name` through the "Load data files" input. */
export async function loadCsvText(page: Page, name: string, csv: string): Promise<void> {
  await page
    .getByLabel('Load data files')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
}

/**
 * Fails the test on any request to another origin, any WebSocket, and any console error.
 * Returns a function to call at the end of the test.
 */
export function guardPage(
  page: Page,
  origin = `http://localhost:${process.env.E2E_PORT ?? 4173}`,
): () => void {
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreign.push(url);
  });
  page.on('websocket', (socket) => foreign.push(socket.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return () => {
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
  };
}

/** Opens the header's dataset menu (Load data files, Use bundled dataset, Datasets). */
export async function openDatasetMenu(page: Page): Promise<void> {
  const chip = page.getByRole('button', { name: /\(dataset menu\)$/ });
  if ((await chip.getAttribute('aria-expanded')) !== 'true') await chip.click();
}

/** Chooses an entry of a chart's action menu: Show data, Copy image, Download PNG / SVG / CSV. */
export async function chartAction(page: Page, chart: string, action: string): Promise<void> {
  await page.getByRole('button', { name: `${chart}: data and export` }).click();
  await page
    .getByRole('menu', { name: `${chart}: data and export` })
    .getByText(action, { exact: true })
    .click();
}

/** Opens "Add filter" and unfolds one dimension; returns the group of its values. */
export async function openFilter(page: Page, dimension: string) {
  const bar = page.getByRole('region', { name: 'Filters' });
  const add = bar.getByRole('button', { name: 'Add filter' });
  if ((await add.getAttribute('aria-expanded')) !== 'true') await add.click();
  await bar
    .getByRole('list', { name: 'Filter by' })
    .getByRole('button', { name: new RegExp(`^${dimension}( \\d+ chosen)?$`) })
    .click();
  return bar.getByRole('group', { name: dimension, exact: true });
}
