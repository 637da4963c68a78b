import type { CountChange } from '../../data/compare-datasets';

const change = (c: CountChange) => {
  const d = c.after - c.before;
  return d === 0 ? '0' : d > 0 ? `+${d}` : `−${Math.abs(d)}`;
};

/** Props of {@link CountsTable}. */
export interface CountsTableProps {
  caption: string;
  rows: readonly CountChange[];
}

/** Counts in the version on screen and in the compared one, with the change. */
export function CountsTable({ caption, rows }: CountsTableProps) {
  return (
    <table className="data-table compare-counts">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Count</th>
          <th scope="col">On screen</th>
          <th scope="col">Compared version</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.dimension}|${row.category}`}>
            <th scope="row">
              {row.category ? `${row.dimension}: ${row.category}` : row.dimension}
            </th>
            <td>{row.before}</td>
            <td>{row.after}</td>
            <td>{change(row)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
