import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import type { ChartModel } from '../query/model/chart-model';
import { modelNotes, unitLine } from '../query/model/model-words';
import { modelTable } from '../query/model/model-table';
import { ChartActionsMenu } from './chart-actions-menu';
import { ChartDataTable } from './chart-data-table';
import { ChartErrorBoundary } from './chart-error-boundary';
import { headedSvgMarkup, svgToPng } from './chart-export';
import { useRegisterChart } from './chart-registry';
import { downloadBlob, downloadText, fileNameFor } from './download';

/** Props of {@link ChartFrame}. */
export interface ChartFrameProps {
  /** Everything the chart shows: title, unit, n, rows, notes. */
  model: ChartModel;
  legend?: ReactNode;
  /** Controls that change what the chart shows (e.g. a switch of year), above the chart. */
  controls?: ReactNode;
  /** Further notes that are not numbers of this chart (e.g. a stated figure to compare with). */
  notes?: ReactNode;
  /** Shown instead of the chart; by default when the field is absent or no case is in view. */
  emptyMessage?: string;
  /** Show every chart's data table at once (the view's "Show data" switch). */
  showData?: boolean;
  children: ReactNode;
}

/** What a chart shows instead of its drawing when there is nothing to draw. */
export function emptyMessageOf(model: ChartModel): string | undefined {
  if (model.absent) return `No ${model.noun} recorded in this dataset.`;
  if (model.n.value === 0) return 'No cases match the current filters.';
  return undefined;
}

/**
 * The frame every chart sits in, drawn from its model: title, unit and denominator, legend,
 * notes, the accessible data table (in the DOM always, on screen when "Show data" is on), and
 * one action menu (Show data, Copy image, PNG at 2×, SVG, formula-safe CSV). It enters the chart in the view's registry, so
 * the evidence pack and slides read the same model.
 */
export function ChartFrame({
  model,
  legend,
  controls,
  notes,
  emptyMessage = emptyMessageOf(model),
  showData = false,
  children,
}: ChartFrameProps) {
  const headingId = useId();
  const body = useRef<HTMLDivElement>(null);
  const [ownShowData, setOwnShowData] = useState(false);
  // What the last export said: an error (an alert) or that an image was copied (a status).
  const [exportNote, setExportNote] = useState<{ error: boolean; text: string } | null>(null);
  // The model the drawing failed on: a crashed chart shows its table and offers no image export.
  const [failedModel, setFailedModel] = useState<ChartModel | null>(null);
  const failed = failedModel === model;
  const visible = showData || ownShowData || failed;
  const { title } = model;
  const name = fileNameFor(title);
  const unit = unitLine(model);
  const drawing = useCallback(() => body.current?.querySelector('svg') ?? null, []);
  useRegisterChart(model, drawing);

  const exportSvg = () => {
    const svg = drawing();
    if (svg) downloadText(headedSvgMarkup(svg, title, unit).markup, `${name}.svg`, 'image/svg+xml');
  };
  const pngOf = (svg: SVGSVGElement) => {
    const { markup, width, height } = headedSvgMarkup(svg, title, unit);
    return svgToPng(markup, width, height, 2);
  };
  const exportPng = async () => {
    const svg = drawing();
    if (!svg) return;
    try {
      setExportNote(null);
      downloadBlob(await pngOf(svg), `${name}.png`);
    } catch (error) {
      setExportNote({
        error: true,
        text: `The PNG could not be made: ${(error as Error).message}`,
      });
    }
  };
  const copyImage = async () => {
    const svg = drawing();
    if (!svg) return;
    try {
      setExportNote(null);
      if (!navigator.clipboard?.write || typeof ClipboardItem === 'undefined')
        throw new Error('this browser does not let pages copy images; use PNG instead');
      // The item takes the image still being drawn, so the copy stays within the click.
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': pngOf(svg) })]);
      setExportNote({ error: false, text: `${title} copied as an image.` });
    } catch (error) {
      setExportNote({
        error: true,
        text: `The image could not be copied: ${(error as Error).message}`,
      });
    }
  };
  // The CSV writer (papaparse) comes with the first CSV asked for, not with the page.
  const exportCsv = async () => {
    const { toSafeCsv } = await import('../data/csv-safe');
    downloadText(toSafeCsv(modelTable(model)), `${name}.csv`, 'text/csv');
  };
  const noImage = !!emptyMessage || failed;
  const actions = [
    {
      label: 'Show data',
      checked: visible,
      disabled: showData || failed,
      onSelect: () => setOwnShowData((v) => !v),
    },
    { label: 'Copy image', disabled: noImage, onSelect: () => void copyImage() },
    { label: 'Download PNG', disabled: noImage, onSelect: () => void exportPng() },
    { label: 'Download SVG', disabled: noImage, onSelect: exportSvg },
    { label: 'Download CSV', onSelect: () => void exportCsv() },
  ];
  const noteLines = modelNotes(model);

  // A field the dataset does not record at all takes one line, not a panel of nothing.
  if (model.absent)
    return (
      <section className="chart chart-absent" aria-labelledby={headingId} data-chart={model.id}>
        <h2 id={headingId}>{title}</h2>
        <p className="chart-empty">{emptyMessage ?? emptyMessageOf(model)}</p>
        {controls}
        <ChartDataTable model={model} hidden />
      </section>
    );

  return (
    <section className="chart" aria-labelledby={headingId} data-chart={model.id}>
      <div className="chart-header">
        <h2 id={headingId}>{title}</h2>
        <ChartActionsMenu title={title} actions={actions} />
      </div>
      <p className="chart-unit">{unit}</p>
      {controls}
      {legend}
      <div ref={body} className="chart-body">
        {emptyMessage ? (
          <p className="chart-empty">{emptyMessage}</p>
        ) : (
          <ChartErrorBoundary resetKey={model} onError={() => setFailedModel(model)}>
            {children}
          </ChartErrorBoundary>
        )}
      </div>
      {(noteLines.length > 0 || notes) && (
        <div className="chart-notes">
          {noteLines.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {notes}
        </div>
      )}
      {exportNote &&
        (exportNote.error ? (
          <p role="alert">{exportNote.text}</p>
        ) : (
          <p className="chart-export-note" role="status">
            {exportNote.text}
          </p>
        ))}
      <ChartDataTable model={model} hidden={!visible} />
    </section>
  );
}
