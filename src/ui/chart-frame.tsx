import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import type { ChartModel } from '../query/model/chart-model';
import { modelNotes, unitLine } from '../query/model/model-words';
import { ChartActionsMenu } from './chart-actions-menu';
import { ChartDataTable } from './chart-data-table';
import { ChartErrorBoundary } from './chart-error-boundary';
import type { ImageLegend } from './chart-image';
import { useRegisterChart } from './chart-registry';
import { ChartExportNote, useChartExports } from './use-chart-exports';

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
  /** The drawing is still loading (its code comes on first use): no image can be made yet. */
  drawingPending?: boolean;
  /** A colour key the drawing does not hold (the map's), for the exported image. */
  imageLegend?: ImageLegend;
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
  drawingPending = false,
  imageLegend,
  children,
}: ChartFrameProps) {
  const headingId = useId();
  const body = useRef<HTMLDivElement>(null);
  const [ownShowData, setOwnShowData] = useState(false);
  // The model the drawing failed on: a crashed chart shows its table and offers no image export.
  const [failedModel, setFailedModel] = useState<ChartModel | null>(null);
  const failed = failedModel === model;
  const visible = showData || ownShowData || failed;
  const { title } = model;
  const unit = unitLine(model);
  const drawing = useCallback(() => body.current?.querySelector('svg') ?? null, []);
  useRegisterChart(model, drawing);

  const noImage = !!emptyMessage || failed || drawingPending;
  const exports = useChartExports(model, drawing, {
    noImage,
    ...(imageLegend ? { legend: imageLegend } : {}),
  });
  const actions = [
    {
      label: 'Show data',
      checked: visible,
      disabled: showData || failed,
      onSelect: () => setOwnShowData((v) => !v),
    },
    ...exports.actions,
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
      <ChartExportNote note={exports.note} />
      <ChartDataTable model={model} hidden={!visible} />
    </section>
  );
}
