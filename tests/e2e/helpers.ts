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
