import { useState, type ReactNode } from 'react';
import type { ChartModel } from '../query/model/chart-model';
import type { ChartAction } from './chart-actions-menu';

/** What a chart's export actions are and what the last one said. */
export interface ChartExports {
  /** Copy image, PNG at 2× and 1×, SVG, and the formula-safe CSV of the model. */
  actions: ChartAction[];
  /** The last export's error (an alert) or confirmation (a status), to show under the chart. */
  note: ReactNode;
}

/**
 * The export actions of a chart, every one drawn from its model (the numbers) and its drawing
 * (the image): the chart frame's menu and the period comparison's use the same. `noImage`
 * disables the image actions, e.g. while there is nothing drawn.
 */
export function useChartExports(
  model: ChartModel,
  drawing: () => SVGSVGElement | null,
  noImage: boolean,
): ChartExports {
  // What the last export said: an error (an alert) or that an image was copied (a status).
  const [exportNote, setExportNote] = useState<{ error: boolean; text: string } | null>(null);
  // The export code loads on first use (it is not needed to show a chart): a smaller first load.
  const exportSvg = async () => {
    const source = { model, drawing: drawing() };
    const outcome = (await import('./chart-export')).exportChartSvg(source);
    setExportNote(outcome.ok ? null : { error: true, text: outcome.message });
  };
  const exportPng = async (scale: 1 | 2) => {
    const source = { model, drawing: drawing() };
    const outcome = await (await import('./chart-export')).exportChartPng(source, scale);
    setExportNote(outcome.ok ? null : { error: true, text: outcome.message });
  };
  const copyImage = async () => {
    setExportNote(null);
    const source = { model, drawing: drawing() };
    const outcome = await (await import('./chart-export')).copyChartImage(source);
    setExportNote({
      error: !outcome.ok,
      text: outcome.ok ? `${model.title} copied as an image.` : outcome.message,
    });
  };
  const exportCsv = async () => {
    const outcome = (await import('./chart-export')).exportChartCsv(model);
    setExportNote(outcome.ok ? null : { error: true, text: outcome.message });
  };
  const actions: ChartAction[] = [
    { label: 'Copy image', disabled: noImage, onSelect: () => void copyImage() },
    { label: 'Download PNG', disabled: noImage, onSelect: () => void exportPng(2) },
    { label: 'Download PNG (1×)', disabled: noImage, onSelect: () => void exportPng(1) },
    { label: 'Download SVG', disabled: noImage, onSelect: () => void exportSvg() },
    { label: 'Download CSV', onSelect: () => void exportCsv() },
  ];
  const note =
    exportNote &&
    (exportNote.error ? (
      <p role="alert">{exportNote.text}</p>
    ) : (
      <p className="chart-export-note" role="status">
        {exportNote.text}
      </p>
    ));
  return { actions, note };
}
