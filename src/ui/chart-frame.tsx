import { useId, useRef, useState, type ReactNode } from 'react';
import { toSafeCsv } from '../data/csv-safe';
import { usePresenterSafe } from '../state/use-presenter-safe';
import { ChartDataTable, shownCells, type DataTableRow } from './chart-data-table';
import { ChartErrorBoundary } from './chart-error-boundary';
import { headedSvgMarkup, svgToPng } from './chart-export';
import { downloadBlob, downloadText, fileNameFor } from './download';

/** Props of {@link ChartFrame}. */
export interface ChartFrameProps {
  /** The chart's title: also its data table's caption and its export file name. */
  title: string;
  /** Unit and denominator, e.g. "Unit: cases. n = 11 cases." */
  unit: string;
  /** Further notes under the chart, e.g. provenance ("3 of 11 are inferred"). */
  notes?: ReactNode;
  legend?: ReactNode;
  /** Controls that change what the chart shows (e.g. a switch of year), above the chart. */
  controls?: ReactNode;
  /** Header of the data table's first column. */
  labelHeader: string;
  /** Headers of the count and percent columns (default "Count", "Percent"). */
  countHeader?: string;
  percentHeader?: string;
  rows: readonly DataTableRow[];
  extraHeaders?: string[];
  /** Shown instead of the chart when there is nothing to draw. */
  emptyMessage?: string;
  /** Show every chart's data table at once (the view's "Show data" switch). */
  showData?: boolean;
  children: ReactNode;
}

/**
 * The frame every chart sits in: title, unit and denominator, legend, notes, the accessible data
 * table (in the DOM always, on screen when "Show data" is on), and exports as SVG, PNG at 2× and
 * formula-safe CSV.
 */
export function ChartFrame({
  title,
  unit,
  notes,
  legend,
  controls,
  labelHeader,
  countHeader = 'Count',
  percentHeader = 'Percent',
  rows,
  extraHeaders = [],
  emptyMessage,
  showData = false,
  children,
}: ChartFrameProps) {
  const headingId = useId();
  const body = useRef<HTMLDivElement>(null);
  const [ownShowData, setOwnShowData] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  // The rows the drawing failed on: a crashed chart shows its table and offers no image export.
  const [failedRows, setFailedRows] = useState<readonly DataTableRow[] | null>(null);
  const failed = failedRows === rows;
  const safe = usePresenterSafe();
  const visible = showData || ownShowData || failed;
  const name = fileNameFor(title);
  const chartSvg = () => body.current?.querySelector('svg') ?? null;

  const exportSvg = () => {
    const svg = chartSvg();
    if (svg) downloadText(headedSvgMarkup(svg, title, unit).markup, `${name}.svg`, 'image/svg+xml');
  };
  const exportPng = async () => {
    const svg = chartSvg();
    if (!svg) return;
    const { markup, width, height } = headedSvgMarkup(svg, title, unit);
    try {
      setExportError(null);
      downloadBlob(await svgToPng(markup, width, height, 2), `${name}.png`);
    } catch (error) {
      setExportError(`The PNG could not be made: ${(error as Error).message}`);
    }
  };
  const exportCsv = () => {
    const header = [labelHeader, countHeader, percentHeader, ...extraHeaders];
    // The file holds what the table shows: presenter-safe masks it the same way.
    const lines = rows.map((r) => shownCells(r, safe));
    downloadText(toSafeCsv([header, ...lines]), `${name}.csv`, 'text/csv');
  };

  return (
    <section className="chart" aria-labelledby={headingId}>
      <div className="chart-header">
        <h2 id={headingId}>{title}</h2>
        <div className="chart-actions">
          <button
            type="button"
            aria-pressed={visible}
            onClick={() => setOwnShowData((v) => !v)}
            disabled={showData || failed}
          >
            Show data
          </button>
          <button
            type="button"
            onClick={exportSvg}
            aria-label={`Export ${title} as SVG`}
            disabled={!!emptyMessage || failed}
          >
            SVG
          </button>
          <button
            type="button"
            onClick={() => void exportPng()}
            aria-label={`Export ${title} as PNG`}
            disabled={!!emptyMessage || failed}
          >
            PNG
          </button>
          <button type="button" onClick={exportCsv} aria-label={`Export ${title} data as CSV`}>
            CSV
          </button>
        </div>
      </div>
      <p className="chart-unit">{unit}</p>
      {controls}
      {legend}
      <div ref={body} className="chart-body">
        {emptyMessage ? (
          <p className="chart-empty">{emptyMessage}</p>
        ) : (
          <ChartErrorBoundary resetKey={rows} onError={() => setFailedRows(rows)}>
            {children}
          </ChartErrorBoundary>
        )}
      </div>
      {notes && <div className="chart-notes">{notes}</div>}
      {exportError && <p role="alert">{exportError}</p>}
      <ChartDataTable
        caption={title}
        labelHeader={labelHeader}
        countHeader={countHeader}
        percentHeader={percentHeader}
        rows={rows}
        extraHeaders={extraHeaders}
        hidden={!visible}
      />
    </section>
  );
}
