import type { ChartModel } from '../query/model/chart-model';
import { tableCells, tableHeaders } from '../query/model/model-words';
import { TableFrame } from './table-frame';

/** Props of {@link ChartDataTable}. */
export interface ChartDataTableProps {
  model: ChartModel;
  hidden?: boolean;
}

/**
 * The accessible data table every chart carries (DESIGN.md "Contract"): caption = chart title,
 * label in the first column, count in the second, percentage of the stated denominator in the
 * third, its 95 % interval in the fourth. Read from the model, so a masked model shows "< k".
 */
export function ChartDataTable({ model, hidden = false }: ChartDataTableProps) {
  const headers = tableHeaders(model);
  const table = (
    <table className="data-table">
      <caption>{model.title}</caption>
      <thead>
        <tr>
          {headers.map((h, i) => (
            <th scope="col" key={`${i}-${h}`}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.rows.map((row) => {
          const [label, ...cells] = tableCells(row);
          return (
            <tr key={row.key}>
              <th scope="row">{label}</th>
              {cells.map((cell, i) => (
                <td key={headers[i + 1] ?? i}>{cell}</td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  // Hidden in a block wrapper: a table ignores `width: 1px` and would widen the page.
  return hidden ? (
    <div className="visually-hidden">{table}</div>
  ) : (
    <TableFrame label={model.title}>{table}</TableFrame>
  );
}
