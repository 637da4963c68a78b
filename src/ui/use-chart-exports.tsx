import { useState } from 'react';
import type { ChartModel } from '../query/model/chart-model';
import type { ChartAction } from './chart-actions-menu';
import type { ExportOutcome } from './chart-export';
import type { ImageLegend } from './chart-image';

/** What the last export said: an error (an alert) or that an image was copied (a status). */
export type ExportNote = { error: boolean; text: string } | null;

/** Options of {@link useChartExports}. */
export interface ChartExportOptions {
  /** No image can be made (nothing drawn, or the drawing failed): the image entries are off. */
  noImage: boolean;
  /** The chart's own CSV, where its table is not the model's tidy one (the co-occurrence's). */
  csv?: () => ExportOutcome;
  /** A colour key the drawing does not hold (the map's), drawn into the image under the marks. */
  legend?: ImageLegend;
}

/**
 * The export entries of a chart's action menu — Copy image, PNG at 2× and 1×, SVG, CSV — each
 * drawn from the chart's model (its words and numbers, masked by presenter-safe) and its drawing
 * (the marks); and what the last one said. The export code loads on first use.
 */
export function useChartExports(
  model: ChartModel,
  drawing: () => SVGSVGElement | null,
  { noImage, csv, legend }: ChartExportOptions,
): { actions: ChartAction[]; note: ExportNote } {
  const source = () => ({ model, drawing: drawing(), ...(legend ? { legend } : {}) });
  const [note, setNote] = useState<ExportNote>(null);
  const done = (outcome: ExportOutcome) =>
    setNote(outcome.ok ? null : { error: true, text: outcome.message });
  const exports = () => import('./chart-export');
  const actions: ChartAction[] = [
    {
      label: 'Copy image',
      disabled: noImage,
      onSelect: () =>
        void (async () => {
          setNote(null);
          const outcome = await (await exports()).copyChartImage(source());
          setNote({
            error: !outcome.ok,
            text: outcome.ok ? `${model.title} copied as an image.` : outcome.message,
          });
        })(),
    },
    {
      label: 'Download PNG',
      disabled: noImage,
      onSelect: () =>
        void (async () => done(await (await exports()).exportChartPng(source(), 2)))(),
    },
    {
      label: 'Download PNG (1×)',
      disabled: noImage,
      onSelect: () =>
        void (async () => done(await (await exports()).exportChartPng(source(), 1)))(),
    },
    {
      label: 'Download SVG',
      disabled: noImage,
      onSelect: () => void (async () => done((await exports()).exportChartSvg(source())))(),
    },
    {
      label: 'Download CSV',
      onSelect: () =>
        void (async () => done(csv ? csv() : (await exports()).exportChartCsv(model)))(),
    },
  ];
  return { actions, note };
}

/** The last export's word under the chart: an alert when it failed, a status when copied. */
export function ChartExportNote({ note }: { note: ExportNote }) {
  if (!note) return null;
  return note.error ? (
    <p role="alert">{note.text}</p>
  ) : (
    <p className="chart-export-note" role="status">
      {note.text}
    </p>
  );
}
