import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import type { ChartModel } from '../query/model/chart-model';
import { modelNotes, unitLine } from '../query/model/model-words';
import { ChartActionsMenu } from './chart-actions-menu';
import { ChartDataTable } from './chart-data-table';
import { ChartErrorBoundary } from './chart-error-boundary';
import { useRegisterChart } from './chart-registry';

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
  const unit = unitLine(model);
  const drawing = useCallback(() => body.current?.querySelector('svg') ?? null, []);
  useRegisterChart(model, drawing);

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
      text: outcome.ok ? `${title} copied as an image.` : outcome.message,
    });
  };
  const exportCsv = async () => {
    const outcome = (await import('./chart-export')).exportChartCsv(model);
    setExportNote(outcome.ok ? null : { error: true, text: outcome.message });
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
    { label: 'Download PNG', disabled: noImage, onSelect: () => void exportPng(2) },
    { label: 'Download PNG (1×)', disabled: noImage, onSelect: () => void exportPng(1) },
    { label: 'Download SVG', disabled: noImage, onSelect: () => void exportSvg() },
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
