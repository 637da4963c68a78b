import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import { toSafeCsv } from '../../data/csv-safe';
import type { CoOccurrenceMeasure } from '../../query/co-occurrence';
import type { ChartModel } from '../../query/model/chart-model';
import { coOccurrenceTable } from '../../query/model/co-occurrence-model';
import { modelNotes, unitLine } from '../../query/model/model-words';
import { emptyMessageOf } from '../../ui/chart-frame';
import { ChartActionsMenu } from '../../ui/chart-actions-menu';
import type { ExportOutcome } from '../../ui/chart-export';
import { useRegisterChart } from '../../ui/chart-registry';
import { ChartExportNote, useChartExports } from '../../ui/use-chart-exports';
import { coOccurrenceDrawing } from './co-occurrence-drawing';
import { downloadText, fileNameFor } from '../../ui/download';
import { CoOccurrenceGrid } from './co-occurrence-grid';
import { CoOccurrencePairsTable } from './co-occurrence-pairs-table';
import { layoutCoOccurrence, type MatrixCell } from './co-occurrence-layout';

/** Props of {@link CoOccurrenceChart}. */
export interface CoOccurrenceChartProps {
  model: ChartModel;
  measure: CoOccurrenceMeasure;
  controls?: ReactNode;
  /** Further notes below the matrix (e.g. the cases of the chosen pair). */
  notes?: ReactNode;
  showData?: boolean;
  onActivate?: (cell: MatrixCell) => void;
}

/**
 * "Theme co-occurrence": the matrix as an ARIA grid in a chart's frame, drawn from its model —
 * title, unit and n, legend, notes, the data table (theme A, theme B, cases with both, measure)
 * and its CSV — and entered in the view's registry so the evidence pack and slides read it.
 */
export function CoOccurrenceChart({
  model,
  measure,
  controls,
  notes,
  showData = false,
  onActivate,
}: CoOccurrenceChartProps) {
  const headingId = useId();
  const unitId = useId();
  const [ownShowData, setOwnShowData] = useState(false);
  const visible = showData || ownShowData;
  const layout = useMemo(() => layoutCoOccurrence(model, measure), [model, measure]);
  // The grid on screen is HTML: the images (and the evidence pack) draw the same layout as SVG.
  const drawing = useCallback(() => coOccurrenceDrawing(layout), [layout]);
  useRegisterChart(model, drawing);
  const table = useMemo(() => coOccurrenceTable(model), [model]);
  const empty = emptyMessageOf(model);
  // Its CSV is its data table (theme A, theme B, cases with both, measure, …), formula-safe.
  const exportCsv = (): ExportOutcome => {
    const name = `${fileNameFor(model.title)}.csv`;
    downloadText(toSafeCsv(table), name, 'text/csv');
    return { ok: true, message: `Saved ${name}.` };
  };
  const exports = useChartExports(model, drawing, { noImage: !!empty, csv: exportCsv });
  const actions = [
    {
      label: 'Show data',
      checked: visible,
      disabled: showData,
      onSelect: () => setOwnShowData((v) => !v),
    },
    ...exports.actions,
  ];
  const dataTable = (
    <CoOccurrencePairsTable model={model} table={table} className="data-table cooc-table" />
  );
  return (
    <section className="chart cooc-chart" aria-labelledby={headingId} data-chart={model.id}>
      <div className="chart-header">
        <h2 id={headingId}>{model.title}</h2>
        <ChartActionsMenu title={model.title} actions={actions} />
      </div>
      <p className="chart-unit" id={unitId}>
        {unitLine(model)}
      </p>
      {controls}
      {empty ? (
        <p className="chart-empty">{empty}</p>
      ) : (
        <>
          <div className="cooc-legend">
            <ul aria-label={`Legend: ${layout.legendTitle}`}>
              <li className="cooc-legend-title">{layout.legendTitle}:</li>
              {layout.legend.map((entry) => (
                <li key={`${entry.kind}-${entry.label}`}>
                  <span
                    className={entry.kind === 'masked' ? 'cooc-swatch cooc-hidden' : 'cooc-swatch'}
                    style={{ backgroundColor: entry.fill }}
                    aria-hidden="true"
                  />
                  {entry.label}
                </li>
              ))}
              <li>dashed: the diagonal (cases with the theme)</li>
            </ul>
          </div>
          <CoOccurrenceGrid
            layout={layout}
            label={model.title}
            describedBy={unitId}
            {...(onActivate ? { onActivate } : {})}
          />
        </>
      )}
      <div className="chart-notes">
        {modelNotes(model).map((line) => (
          <p key={line}>{line}</p>
        ))}
        {notes}
      </div>
      <ChartExportNote note={exports.note} />
      {visible ? dataTable : <div className="visually-hidden">{dataTable}</div>}
    </section>
  );
}
