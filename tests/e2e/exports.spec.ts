import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { chartAction, guardPage } from './helpers';

/*
 * Finished exports (issue 17): a chart's PNG and SVG carry its title, filters, n, notes, source
 * and date inside white margins, without interactive decoration; its CSV is tidy and numeric
 * under a header block, and every file is named by its chart and filters.
 */

/** Clicks an export button of a chart; returns the download. */
/** Downloads a chart's export through its action menu ("Download PNG", "Download CSV", …). */
async function exportOf(chart: Locator, page: Page, action: string): Promise<Download> {
  const title = (await chart.getByRole('heading', { level: 2 }).first().textContent()) ?? '';
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    chartAction(page, title.trim(), action),
  ]);
  return download;
}

/** Decodes a PNG in the page: its size, and whether its margin bands are plain white. */
async function openPng(page: Page, bytes: Buffer, margin: number) {
  return page.evaluate(
    async ({ base64, margin }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no canvas');
      context.drawImage(image, 0, 0);
      const white = (x: number, y: number, w: number, h: number) =>
        context.getImageData(x, y, w, h).data.every((v) => v === 255);
      const { width, height } = canvas;
      return {
        width,
        height,
        margins: {
          top: white(0, 0, width, margin),
          left: white(0, 0, margin, height),
          right: white(width - margin, 0, margin, height),
          bottom: white(0, height - margin, width, margin),
        },
        inked: !white(margin, margin, width - 2 * margin, height - 2 * margin),
      };
    },
    { base64: bytes.toString('base64'), margin },
  );
}

test('PNG at 1× and 2× and SVG: titled, with filters, n, notes, source and date, in margins', async ({
  page,
}, testInfo) => {
  const check = guardPage(page);
  await page.goto('/?f.outcome=death');
  const chart = page.getByRole('region', { name: 'Initial police contact' });
  await expect(chart.getByRole('button', { name: 'Missing child: 3 cases' })).toBeVisible();
  const drawn = await chart
    .getByRole('group', { name: 'Initial police contact' })
    .evaluate((svg) => Number(svg.getAttribute('width')));

  const png = await exportOf(chart, page, 'Download PNG');
  expect(png.suggestedFilename()).toBe('initial-police-contact_outcome-death@2x.png');
  const bytes = readFileSync(await png.path());
  writeFileSync(testInfo.outputPath('initial-police-contact@2x.png'), bytes);
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const opened = await openPng(page, bytes, 2 * 20);
  // Twice the drawing, plus 24 px margins each side (48 px at 2×), and words above and below.
  expect(opened.width).toBeGreaterThanOrEqual(2 * (drawn + 48));
  expect(opened.width % 2).toBe(0);
  expect(opened.margins).toEqual({ top: true, left: true, right: true, bottom: true });
  expect(opened.inked).toBe(true);

  const svg = await exportOf(chart, page, 'Download SVG');
  expect(svg.suggestedFilename()).toBe('initial-police-contact_outcome-death.svg');
  const markup = readFileSync(await svg.path(), 'utf8');
  writeFileSync(testInfo.outputPath('initial-police-contact.svg'), markup);
  for (const words of [
    '<title>Initial police contact</title>',
    '>Filters: Outcome: Death<',
    '>n = 6 of 11 cases. Percentages are of the cases coded.<',
    'Small base (6 cases coded, under 30)',
    '>Source: Learning for the police from reviews of death or serious harm: November 2019.',
    'Made with Case Review Explorer on ',
    '3 (50%)',
  ])
    expect(markup).toContain(words);
  for (const decoration of ['text-decoration', 'focus-ring', 'tabindex', 'role="button"'])
    expect(markup).not.toContain(decoration);
  // The inferred shares are hatched by a pattern the file carries with it.
  expect(markup).toMatch(/<pattern [^>]*id="([^"]+)"[\s\S]*fill="url\(#\1\)"/);

  // The same image at 1× is half the size.
  const size = await page.evaluate(async (text) => {
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    await image.decode();
    return { width: image.naturalWidth, height: image.naturalHeight };
  }, markup);
  expect(opened).toMatchObject({ width: size.width * 2, height: size.height * 2 });
  // Every label lies inside the chart's area of the image: none is cut at its edge.
  const labels = await page.evaluate((text) => {
    const holder = document.createElement('div');
    holder.append(new DOMParser().parseFromString(text, 'image/svg+xml').documentElement);
    document.body.append(holder);
    const outer = holder.querySelector('svg');
    const inner = outer?.querySelector('svg');
    const box = inner?.getBoundingClientRect();
    const out = [...(inner?.querySelectorAll('text') ?? [])].filter((t) => {
      const r = t.getBoundingClientRect();
      return !box || r.left < box.left - 0.5 || r.right > box.right + 0.5;
    });
    const width = outer?.getBoundingClientRect().width ?? 0;
    holder.remove();
    return { cut: out.map((t) => t.textContent), inside: !!box && box.right <= width - 23 };
  }, markup);
  expect(labels).toEqual({ cut: [], inside: true });
  check();
});

test('CSV: header block, then a tidy table with numbers in number columns, named by the filters', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/');
  const chart = page.getByRole('region', { name: 'Initial police contact' });
  const all = await exportOf(chart, page, 'Download CSV');
  expect(all.suggestedFilename()).toBe('initial-police-contact.csv');

  await page.getByRole('button', { name: 'Death: 6 cases', exact: true }).click();
  await expect(chart.getByRole('button', { name: 'Missing child: 3 cases' })).toBeVisible();
  const death = await exportOf(chart, page, 'Download CSV');
  expect(death.suggestedFilename()).toBe('initial-police-contact_outcome-death.csv');
  const lines = readFileSync(await death.path(), 'utf8').split('\r\n');
  const skip = Number(/skip the (\d+) lines/.exec(lines[0] ?? '')?.[1]);
  expect(skip).toBeGreaterThan(4);
  expect(lines.slice(0, skip).every((line) => /^"?# /.test(line))).toBe(true);
  expect(lines).toContain('# Filters: Outcome: Death');
  expect(lines.slice(skip, skip + 3)).toEqual([
    'Initial police contact,Category id,Cases,Share,Interval low (95%),Interval high (95%),Share base,n,Of which inferred,Hidden',
    'Missing child,missing-child,3,0.5,0.187616,0.812384,6,6,3,',
    'Domestic incident at home,domestic-incident-at-home,2,0.333333,0.096771,0.700007,6,6,2,',
  ]);
  check();
});

test('presenter-safe exports read the masked model: no small count in any file', async ({
  page,
}) => {
  const check = guardPage(page);
  await page.goto('/?safe=5');
  const chart = page.getByRole('region', { name: 'Initial police contact' });
  await expect(chart).toBeVisible();
  const csv = await exportOf(chart, page, 'Download CSV');
  expect(csv.suggestedFilename()).toBe('initial-police-contact_presenter-safe.csv');
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text).toMatch(/^Crime by parent,crime-by-parent,,,,,/m);
  expect(text).toMatch(/count < 5/);
  const svg = await exportOf(chart, page, 'Download SVG');
  const markup = readFileSync(await svg.path(), 'utf8');
  expect(markup).toContain('Presenter-safe: counts from 1 to 4 read');
  expect(markup).not.toMatch(/>2 \(18%\)</);
  check();
});
