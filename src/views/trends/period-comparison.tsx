import { useId } from 'react';
import { toSafeCsv } from '../../data/csv-safe';
import type { ChartModel, ChartRow } from '../../query/model/chart-model';
import { defaultSmallBase } from '../../query/model/model-words';
import {
  periodChanges,
  periodChangesTable,
  type PeriodChange,
} from '../../query/model/period-changes';
import type { PeriodColumn } from '../../query/trends';
import { downloadText, fileNameFor } from '../../ui/download';
import { TableFrame } from '../../ui/table-frame';

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

function reading(change: PeriodChange): string {
  return change.small ? `${change.words}; small base` : change.words;
}

/**
 * Any two periods compared category by category, drawn from the comparison's model: each
 * period's count and share of its cases coded for the category, with its 95 % interval and n
 * coded; the change in percentage points with Newcombe's 95 % interval, read as "no clear
 * change" when the interval spans 0; small bases flagged; a CSV of the same table.
 */
export function PeriodComparison(props: PeriodComparisonProps) {
  const { model, periodModel, periods, from, to, column } = props;
  const uid = useId();
  const changes = model ? periodChanges(model) : [];
  const fromLabel = changes[0]?.from.column?.label ?? from;
  const toLabel = changes[0]?.to.column?.label ?? to;
  const periodN = (id: string) =>
    periodModel?.rows.find((r) => r.categoryId === id)?.count.text ?? '–';
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
  const small = changes.filter((c) => c.small);
  const smallest = Math.min(
    ...small.flatMap((c) => [c.from.base.value ?? Infinity, c.to.base.value ?? Infinity]),
  );
  const exportCsv = () =>
    model &&
    downloadText(
      toSafeCsv(periodChangesTable(changes, column)),
      `${fileNameFor(model.title)}.csv`,
      'text/csv',
    );
  return (
    <section className="chart period-comparison" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>Compare two periods</h2>
      <div className="comparison-pickers">
        {picker(`${uid}-from`, 'From period', from, props.onFrom)}
        {picker(`${uid}-to`, 'To period', to, props.onTo)}
      </div>
      {model && (
        <>
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
              fewer than {defaultSmallBase} cases coded in a period
              {Number.isFinite(smallest) ? ` (as few as ${smallest})` : ''}: one case moves a
              percentage by {Number.isFinite(smallest) ? Math.round(100 / smallest) : 'several'}{' '}
              points or more, so read the changes with their intervals.
            </p>
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
                    <td>{reading(change)}</td>
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
          <p>
            <button type="button" onClick={exportCsv}>
              Download the comparison as CSV
            </button>
          </p>
        </>
      )}
    </section>
  );
}
