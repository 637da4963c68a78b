import { toSafeCsv } from '../data/csv-safe';
import { svgMarkup, svgSize, svgToPng } from './chart-export';
import type { EvidenceChart, EvidenceTable } from './evidence-pack';

/** Renders a chart's SVG markup to PNG bytes at 2×. */
export type PngRenderer = (markup: string, width: number, height: number) => Promise<Uint8Array>;

const renderPng: PngRenderer = async (markup, width, height) =>
  new Uint8Array(await (await svgToPng(markup, width, height, 2)).arrayBuffer());

const cellText = (cell: Element): string => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A table's header and body rows as formula-safe CSV. */
export function tableToCsv(table: HTMLTableElement): string {
  const rows = [...table.rows].map((row) => [...row.cells].map(cellText));
  return toSafeCsv(rows);
}

/**
 * Collects the charts and tables a view shows: each chart frame's SVG (and a PNG at 2×), and
 * each captioned table as CSV. Tables marked `data-evidence="skip"` (virtualised or paged ones,
 * which show only part of their rows) are left out: their rows go into the pack in full.
 */
export async function collectViewEvidence(
  container: ParentNode,
  toPng: PngRenderer = renderPng,
): Promise<{ charts: EvidenceChart[]; tables: EvidenceTable[] }> {
  const charts: EvidenceChart[] = [];
  for (const frame of container.querySelectorAll('section.chart')) {
    const svg = frame.querySelector<SVGSVGElement>('.chart-body svg');
    const title = cellText(frame.querySelector('h2') ?? frame);
    if (!svg || title === '') continue;
    const markup = svgMarkup(svg, title);
    const { width, height } = svgSize(svg);
    try {
      charts.push({ title, svg: markup, png: await toPng(markup, width, height) });
    } catch (error) {
      // The pack is still made; its README says which PNG is missing and why.
      charts.push({ title, svg: markup, png: null, pngError: (error as Error).message });
    }
  }
  const tables: EvidenceTable[] = [];
  for (const table of container.querySelectorAll<HTMLTableElement>('table')) {
    const caption = table.caption ? cellText(table.caption) : '';
    if (caption === '' || table.dataset.evidence === 'skip') continue;
    tables.push({ caption, csv: tableToCsv(table) });
  }
  return { charts, tables };
}
