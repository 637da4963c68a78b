import { formatPercent } from '../query/percent';

/** One row of a chart's data table. */
export interface DataTableRow {
  label: string;
  count: number;
  percent: number | null;
  /** Optional further cells, e.g. the unfiltered total. */
  extra?: string[];
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
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td>{row.count}</td>
            <td>{formatPercent(row.percent)}</td>
            {(row.extra ?? []).map((cell, i) => (
              <td key={extraHeaders[i] ?? i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  // Hidden in a block wrapper: a table ignores `width: 1px` and would widen the page.
  return hidden ? <div className="visually-hidden">{table}</div> : table;
}
