import type { CountChange } from '../../data/compare-datasets';
import { useMemo } from 'react';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { useRegisterTable } from '../../ui/chart-registry';
import { changeCells } from './count-change-cells';

/** Props of {@link CountsTable}. */
export interface CountsTableProps {
  caption: string;
  rows: readonly CountChange[];
  /** A hidden number of cases added or removed adds up to the changes (see {@link changeCells}). */
  partsHidden?: boolean;
}

const countsHeader = ['Count', 'On screen', 'Compared version', 'Change'] as const;

/**
 * Counts in the version on screen and in the compared one, with the change. While presenter-safe
 * is on, no count below k can be worked back from the table: see {@link changeCells}.
 */
export function CountsTable({ caption, rows, partsHidden = false }: CountsTableProps) {
  const safe = usePresenterSafe();
  const k = safe.enabled ? safe.threshold : null;
  const lines = rows.map((row) => ({
    key: `${row.dimension}|${row.category}`,
    label: row.category ? `${row.dimension}: ${row.category}` : row.dimension,
    cells: changeCells(row, k, partsHidden),
  }));
  // The evidence pack takes the same cells the table shows, computed, not read off the page.
  const table = useMemo(
    () => ({
      caption,
      rows: () => [
        [...countsHeader],
        ...lines.map((l) => [l.label, l.cells.before, l.cells.after, l.cells.change]),
      ],
    }),
    [caption, lines],
  );
  useRegisterTable(table);
  return (
    <table className="data-table compare-counts">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {countsHeader.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lines.map(({ key, label, cells }) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td>{cells.before}</td>
            <td>{cells.after}</td>
            <td>{cells.change}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
