import type { CountChange } from '../../data/compare-datasets';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { changeCells } from './count-change-cells';

/** Props of {@link CountsTable}. */
export interface CountsTableProps {
  caption: string;
  rows: readonly CountChange[];
  /** A hidden number of cases added or removed adds up to the changes (see {@link changeCells}). */
  partsHidden?: boolean;
}

/**
 * Counts in the version on screen and in the compared one, with the change. While presenter-safe
 * is on, no count below k can be worked back from the table: see {@link changeCells}.
 */
export function CountsTable({ caption, rows, partsHidden = false }: CountsTableProps) {
  const safe = usePresenterSafe();
  const k = safe.enabled ? safe.threshold : null;
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
        {rows.map((row) => {
          const cells = changeCells(row, k, partsHidden);
          return (
            <tr key={`${row.dimension}|${row.category}`}>
              <th scope="row">
                {row.category ? `${row.dimension}: ${row.category}` : row.dimension}
              </th>
              <td>{cells.before}</td>
              <td>{cells.after}</td>
              <td>{cells.change}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
