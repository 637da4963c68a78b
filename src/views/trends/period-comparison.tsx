import { useCallback, useId, useRef, type ReactNode } from 'react';
import { PeriodComparisonChart } from '../../charts/comparison/period-comparison-chart';
import type { ChartModel, ChartRow } from '../../query/model/chart-model';
import { smallBaseOf } from '../../query/model/model-words';
import { periodChanges, readingText } from '../../query/model/period-changes';
import type { PeriodColumn } from '../../query/trends';
import { ChartActionsMenu } from '../../ui/chart-actions-menu';
import { useRegisterChart } from '../../ui/chart-registry';
import { TableFrame } from '../../ui/table-frame';
import { ChartExportNote, useChartExports } from '../../ui/use-chart-exports';

/** Props of {@link PeriodComparison}. */
export interface PeriodComparisonProps {
  /** The comparison's model (masked while presenter-safe is on); absent for unknown periods. */
  model: ChartModel | undefined;
  /** Cases by period, for each period's n (masked alike). */
  periodModel: ChartModel | undefined;
  periods: readonly PeriodColumn[];
  from: string;
  to: string;
  onFrom: (id: string) => void;
  onTo: (id: string) => void;
  /** The header of the categories' column: "Theme", "Outcome". */
  column: string;
  /** Draw each share's 95 % interval on the comparison's bars. */
  intervals: boolean;
}

function casesText(shown: string): string {
  return `${shown} ${shown === '1' ? 'case' : 'cases'}`;
}

/** A side of a row: count, share, its interval and the cases coded it is of. */
function sideCells(row: ChartRow) {
  return (
    <>
      <td>{row.count.text}</td>
      <td>{row.share.text}</td>
      <td>{row.interval.text}</td>
      <td>{row.base.text}</td>
    </>
  );
}

/** The headers of each period's columns (the period's name is read before each). */
const sideHeaders = ['Cases', 'Percent', '95% interval', 'n coded'];

/**
 * Any two periods compared category by category, drawn from the comparison's model: bars of each
 * period's share of its cases coded for the category (with its 95 % interval as a line, on
 * request), and a table of each period's count, share, interval and n coded with the change in
 * percentage points and Newcombe's 95 % interval, read as "no clear change" when the interval
 * spans 0; small bases flagged with the threshold. Entered in the view's registry, so its CSV,
 * the evidence pack and a slide carry the same model.
 */
export function PeriodComparison(props: PeriodComparisonProps) {
  const { model, periods, from, to } = props;
  const uid = useId();
  const picker = (id: string, label: string, value: string, set: (v: string) => void) => (
    <label htmlFor={id}>
      {label}{' '}
      <select id={id} value={value} onChange={(event) => set(event.currentTarget.value)}>
        {periods.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
    </label>
  );
  const pickers = (
    <div className="comparison-pickers">
      {picker(`${uid}-from`, 'From period', from, props.onFrom)}
      {picker(`${uid}-to`, 'To period', to, props.onTo)}
    </div>
  );
  if (model) return <ComparisonShown {...props} model={model} pickers={pickers} />;
  return (
    <section className="chart period-comparison" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>Compare two periods</h2>
      {pickers}
    </section>
  );
}

/** The comparison once both periods are known: chart, words, table and exports. */
function ComparisonShown(props: PeriodComparisonProps & { model: ChartModel; pickers: ReactNode }) {
  const { model, periodModel, from, to, column, intervals, pickers } = props;
  const uid = useId();
  const body = useRef<HTMLDivElement>(null);
  const drawing = useCallback(() => body.current?.querySelector('svg') ?? null, []);
  useRegisterChart(model, drawing);
  const changes = periodChanges(model);
  const drawn = changes.length > 0 && from !== to;
  const exports = useChartExports(model, drawing, { noImage: !drawn });
  // The same menu as every chart's: its table is always on screen, so "Show data" is on and fixed.
  const actions = [
    { label: 'Show data', checked: true, disabled: true, onSelect: () => undefined },
    ...exports.actions,
  ];
  const fromLabel = changes[0]?.from.column?.label ?? from;
  const toLabel = changes[0]?.to.column?.label ?? to;
  const periodN = (id: string) =>
    periodModel?.rows.find((r) => r.categoryId === id)?.count.text ?? '–';
  const smallBase = smallBaseOf(model);
  const small = changes.filter((c) => c.small);
  const smallest = Math.min(
    ...small.flatMap((c) => [c.from.base.value ?? Infinity, c.to.base.value ?? Infinity]),
  );
  const lines =
    intervals && changes.some((c) => c.from.interval.low !== null || c.to.interval.low !== null);
  return (
    <section
      className="chart period-comparison"
      aria-labelledby={`${uid}-title`}
      data-chart={model.id}
    >
      <div className="chart-header">
        <h2 id={`${uid}-title`}>Compare two periods</h2>
        <ChartActionsMenu title={model.title} actions={actions} />
      </div>
      {pickers}
      <p className="chart-unit">
        Unit: cases. {fromLabel} n = {casesText(periodN(from))}, {toLabel} n ={' '}
        {casesText(periodN(to))}. Each percentage is of the period’s cases coded for the{' '}
        {column.toLowerCase()} (n coded), with its 95% interval; not coded is not absent, so a
        period where none is coded says “not coded”. The change is in percentage points, with
        Newcombe’s 95% interval, and reads “no clear change” when that interval includes 0.
        {model.overlapping && ' A case can have several themes, so columns do not sum to 100%.'}
      </p>
      {small.length > 0 && (
        <p className="comparison-caution">
          <strong>Small base:</strong>{' '}
          {small.length === changes.length ? 'every row rests' : `${small.length} rows rest`} on
          fewer than {smallBase} cases coded in a period
          {Number.isFinite(smallest) ? ` (as few as ${smallest})` : ''}: one case moves a percentage
          by {Number.isFinite(smallest) ? Math.round(100 / smallest) : 'several'} points or more, so
          read the changes with their intervals.
        </p>
      )}
      {drawn && (
        <div ref={body} className="chart-body">
          <PeriodComparisonChart
            model={model}
            fromLabel={fromLabel}
            toId={to}
            toLabel={toLabel}
            intervals={intervals}
          />
          {lines && (
            <p className="chart-notes">
              Lines show 95% intervals (Wilson) of each period’s percentage; the table lists them. A
              count presenter-safe hides has none.
            </p>
          )}
        </div>
      )}
      <TableFrame label="Period comparison">
        <table className="data-table comparison-table">
          <caption>{model.title}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {column}
              </th>
              <th scope="colgroup" colSpan={4}>
                {fromLabel}
              </th>
              <th scope="colgroup" colSpan={4}>
                {toLabel}
              </th>
              <th scope="colgroup" colSpan={3}>
                Change, {fromLabel} to {toLabel}
              </th>
            </tr>
            <tr>
              {[fromLabel, toLabel].flatMap((label) =>
                sideHeaders.map((header) => (
                  <th key={`${label}-${header}`} scope="col">
                    <span className="visually-hidden">{label} </span>
                    {header}
                  </th>
                )),
              )}
              <th scope="col">Points</th>
              <th scope="col">95% interval</th>
              <th scope="col">Reading</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.categoryId}>
                <th scope="row">{change.label}</th>
                {sideCells(change.from)}
                {sideCells(change.to)}
                <td>{change.change.text}</td>
                <td>{change.interval.text}</td>
                <td>{readingText(change)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All cases in the period (n)</th>
              <td>{periodN(from)}</td>
              <td colSpan={3} />
              <td>{periodN(to)}</td>
              <td colSpan={6} />
            </tr>
          </tfoot>
        </table>
      </TableFrame>
      <ChartExportNote note={exports.note} />
    </section>
  );
}
