import type { ChartModel } from '../../query/model/chart-model';

/** Props of {@link CoOccurrencePairsTable}. */
export interface CoOccurrencePairsTableProps {
  model: ChartModel;
  /** `coOccurrenceTable(model)`: the header row, then a row per pair. */
  table: readonly (readonly string[])[];
  className?: string;
}

/**
 * Every pair of the co-occurrence as the contract's table has it (theme A, theme B, cases with
 * both, measure, …), captioned by the chart's title: the chart's data table and the slide's
 * table for screen readers.
 */
export function CoOccurrencePairsTable({ model, table, className }: CoOccurrencePairsTableProps) {
  const [header = [], ...rows] = table;
  return (
    <table className={className}>
      <caption>{model.title}</caption>
      <thead>
        <tr>
          {header.map((h, i) => (
            <th key={`${i}-${h}`} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          <tr key={model.rows[i]?.key ?? i}>
            <th scope="row">{cells[0]}</th>
            {cells.slice(1).map((cell, j) => (
              <td key={j}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
