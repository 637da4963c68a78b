import type { CountChange } from '../../data/compare-datasets';
import { usePresenterSafe } from '../../state/use-presenter-safe';

const change = (c: CountChange) => {
  const d = c.after - c.before;
  return d === 0 ? '0' : d > 0 ? `+${d}` : `−${Math.abs(d)}`;
};

/** Props of {@link CountsTable}. */
export interface CountsTableProps {
  caption: string;
  rows: readonly CountChange[];
}

/**
 * Counts in the version on screen and in the compared one, with the change. While presenter-safe
 * is on, counts below k read "< k", and a change between hidden counts is not given.
 */
export function CountsTable({ caption, rows }: CountsTableProps) {
  const safe = usePresenterSafe();
  const hides = (count: number) => safe.count(count) !== String(count);
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
            <td>{safe.count(row.before)}</td>
            <td>{safe.count(row.after)}</td>
            <td>{hides(row.before) || hides(row.after) ? '–' : change(row)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
