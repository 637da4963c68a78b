import { chartCsv } from '../query/model/chart-csv';
import type { ChartModel } from '../query/model/chart-model';
import { exportFileName } from '../query/model/export-words';
import { composeChartImage, type ChartImageSource } from './chart-image';
import { downloadBlob, downloadText } from './download';

export type { ChartImageSource } from './chart-image';

/** How an export went: done (with what to tell the user), or refused with a reason to show. */
export type ExportOutcome = { ok: true; message: string } | { ok: false; message: string };

/** Renders SVG markup to a PNG at `scale` times its size (2 for crisp print and slides). */
export async function svgToPng(
  markup: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the chart to an image.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The finished chart (title, filters, n, notes, source, date) as a PNG at `scale` (1 or 2). */
export async function chartPng(source: ChartImageSource, scale = 2): Promise<Blob> {
  const { markup, width, height } = composeChartImage(source);
  return svgToPng(markup, width, height, scale);
}

/** Saves the finished chart as an SVG file named by its title and filters. */
export function exportChartSvg(source: ChartImageSource): ExportOutcome {
  const name = exportFileName(source.model, 'svg');
  downloadText(composeChartImage(source).markup, name, 'image/svg+xml');
  return { ok: true, message: `Saved ${name}.` };
}

/**
 * Saves the finished chart as a PNG at `scale` times its size on screen (2 by default, for
 * print and slides; 1 for the web). A browser that cannot draw it gets a reason, not a throw.
 */
export async function exportChartPng(source: ChartImageSource, scale = 2): Promise<ExportOutcome> {
  const name = exportFileName(source.model, 'png', scale);
  try {
    downloadBlob(await chartPng(source, scale), name);
    return { ok: true, message: `Saved ${name}.` };
  } catch (error) {
    return { ok: false, message: `The PNG could not be made: ${(error as Error).message}` };
  }
}

/**
 * Puts the finished chart on the clipboard as a PNG at 2×, for pasting into PowerPoint or Word.
 * Where the browser refuses (no clipboard images, no permission, the page not focused) the
 * outcome says so and what to do instead; nothing is thrown.
 */
export async function copyChartImage(source: ChartImageSource, scale = 2): Promise<ExportOutcome> {
  const fallback = 'Use PNG to save the image and insert it instead.';
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write)
    return {
      ok: false,
      message: `This browser does not let a page put images on the clipboard. ${fallback}`,
    };
  try {
    // The item is made at once with a promise of the image: Safari accepts a clipboard write only
    // while the click that asked for it is still being handled.
    const item = new ClipboardItem({ 'image/png': chartPng(source, scale) });
    await navigator.clipboard.write([item]);
    return {
      ok: true,
      message: `Copied “${source.model.title}” as an image: paste it into a slide or a document.`,
    };
  } catch (error) {
    const reason = (error as Error).message || (error as Error).name;
    return { ok: false, message: `The browser did not copy the image (${reason}). ${fallback}` };
  }
}

/**
 * Saves a chart's data as CSV: a header block (title, filters, n, notes, source, date) and the
 * tidy numeric table of its model (docs/exports.md), named by its title and filters.
 */
export function exportChartCsv(model: ChartModel, made = new Date()): ExportOutcome {
  const name = exportFileName(model, 'csv');
  downloadText(chartCsv(model, made), name, 'text/csv');
  return { ok: true, message: `Saved ${name}.` };
}
