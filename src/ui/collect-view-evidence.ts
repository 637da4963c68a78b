import { toSafeCsv } from '../data/csv-safe';
import { modelTable } from '../query/model/model-table';
import { svgToPng } from './chart-export';
import { composeChartImage } from './chart-image';
import type { RegisteredChart, RegisteredTable } from './chart-registry';
import type { EvidenceChart, EvidenceTable } from './evidence-pack';

/** Renders a chart's SVG markup to PNG bytes at 2×. */
export type PngRenderer = (markup: string, width: number, height: number) => Promise<Uint8Array>;

const renderPng: PngRenderer = async (markup, width, height) =>
  new Uint8Array(await (await svgToPng(markup, width, height, 2)).arrayBuffer());

/**
 * Collects the charts a view shows from its registry: each chart's numbers as formula-safe CSV
 * from its model, and its drawing as a finished image (title, filters, n, notes, source, date) in SVG and PNG at 2×. Nothing is
 * read off the page's text: renaming a class or a heading changes no number in the pack.
 */
export async function collectViewEvidence(
  charts: readonly RegisteredChart[],
  otherTables: readonly RegisteredTable[] = [],
  toPng: PngRenderer = renderPng,
): Promise<{ charts: EvidenceChart[]; tables: EvidenceTable[] }> {
  const images: EvidenceChart[] = [];
  const tables: EvidenceTable[] = otherTables.map((t) => ({
    caption: t.caption,
    csv: toSafeCsv(t.rows()),
  }));
  for (const { model, drawing } of charts) {
    tables.push({ caption: model.title, csv: toSafeCsv(modelTable(model)) });
    const svg = drawing();
    if (!svg) continue;
    const { markup, width, height } = composeChartImage({ model, drawing: svg });
    try {
      images.push({ title: model.title, svg: markup, png: await toPng(markup, width, height) });
    } catch (error) {
      // The pack is still made; its README says which PNG is missing and why.
      images.push({
        title: model.title,
        svg: markup,
        png: null,
        pngError: (error as Error).message,
      });
    }
  }
  return { charts: images, tables };
}
