import { formatPercent } from '../query/percent';
import { usePresenterSafe, type PresenterSafe } from '../state/use-presenter-safe';

/** One row of a chart's data table. */
export interface DataTableRow {
  label: string;
  count: number;
  percent: number | null;
  /** Optional further cells, e.g. the unfiltered total; numbers are counts (presenter-safe masks them). */
  extra?: Array<string | number>;
}

/** Props of {@link ChartDataTable}. */
export interface ChartDataTableProps {
  caption: string;
  rows: readonly DataTableRow[];
  /** Header of the label column, e.g. "Outcome". */
  labelHeader: string;
  countHeader?: string;
  percentHeader?: string;
  extraHeaders?: string[];
  hidden?: boolean;
}

/**
 * A row's cells as shown and exported: label, count, percentage and the extra cells, with counts
 * below k (and their percentages) hidden while presenter-safe is on.
 */
export function shownCells(
  row: DataTableRow,
  safe: Pick<PresenterSafe, 'count' | 'percent'>,
): string[] {
  return [
    row.label,
    safe.count(row.count),
    formatPercent(safe.percent(row.count, row.percent)),
    ...(row.extra ?? []).map((cell) => (typeof cell === 'number' ? safe.count(cell) : cell)),
  ];
}

/**
 * The accessible data table every chart carries (DESIGN.md "Contract"): caption = chart title,
 * label in the first column, count in the second, percentage of the stated denominator in the third.
 */
export function ChartDataTable({
  caption,
  rows,
  labelHeader,
  countHeader = 'Count',
  percentHeader = 'Percent',
  extraHeaders = [],
  hidden = false,
}: ChartDataTableProps) {
  const safe = usePresenterSafe();
  const table = (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col">{countHeader}</th>
          <th scope="col">{percentHeader}</th>
          {extraHeaders.map((h) => (
            <th scope="col" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const [label, count, percent, ...extra] = shownCells(row, safe);
          return (
            <tr key={row.label}>
              <th scope="row">{label}</th>
              <td>{count}</td>
              <td>{percent}</td>
              {extra.map((cell, i) => (
                <td key={extraHeaders[i] ?? i}>{cell}</td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  // Hidden in a block wrapper: a table ignores `width: 1px` and would widen the page.
  return hidden ? <div className="visually-hidden">{table}</div> : table;
}
