import { useRef, useState, type KeyboardEvent } from 'react';
import type { CoOccurrenceLayout, MatrixCell } from './co-occurrence-layout';
import './co-occurrence.css';

/** Props of {@link CoOccurrenceGrid}. */
export interface CoOccurrenceGridProps {
  layout: CoOccurrenceLayout;
  /** The grid's accessible name. */
  label: string;
  /** Id of the text stating the unit and n. */
  describedBy?: string;
  /** A cell was clicked or activated with Enter or Space. */
  onActivate?: (cell: MatrixCell) => void;
}

/** Where a key moves in an n × n grid (ARIA grid pattern); null for keys that do not move. */
export function moveInSquare(
  at: { row: number; column: number },
  key: string,
  ctrlKey: boolean,
  size: number,
): { row: number; column: number } | null {
  const last = size - 1;
  const clamp = (v: number) => Math.min(last, Math.max(0, v));
  switch (key) {
    case 'ArrowUp':
      return { row: clamp(at.row - 1), column: at.column };
    case 'ArrowDown':
      return { row: clamp(at.row + 1), column: at.column };
    case 'ArrowLeft':
      return { row: at.row, column: clamp(at.column - 1) };
    case 'ArrowRight':
      return { row: at.row, column: clamp(at.column + 1) };
    case 'Home':
      return ctrlKey ? { row: 0, column: 0 } : { row: at.row, column: 0 };
    case 'End':
      return ctrlKey ? { row: last, column: last } : { row: at.row, column: last };
    default:
      return null;
  }
}

/**
 * The theme × theme matrix as an ARIA grid: a row header per theme (numbered), a column header
 * per theme (its number on screen, its name for screen readers), and a cell per pair named by
 * both themes, the count and the measure. One tab stop; arrow keys, Home / End (with Ctrl, the
 * grid's corners) move; Enter, Space or a click activates.
 */
export function CoOccurrenceGrid({
  layout,
  label,
  describedBy,
  onActivate,
}: CoOccurrenceGridProps) {
  const size = layout.themes.length;
  const [active, setActive] = useState({ row: 0, column: 0 });
  const table = useRef<HTMLTableElement>(null);
  const current = {
    row: Math.min(active.row, size - 1),
    column: Math.min(active.column, size - 1),
  };
  const focusCell = (row: number, column: number) =>
    table.current?.querySelector<HTMLElement>(`[data-cell="${row}:${column}"]`)?.focus();
  const onKeyDown = (event: KeyboardEvent<HTMLElement>, cell: MatrixCell) => {
    if ((event.key === 'Enter' || event.key === ' ') && onActivate) {
      event.preventDefault();
      onActivate(cell);
      return;
    }
    const next = moveInSquare(current, event.key, event.ctrlKey || event.metaKey, size);
    if (!next) return;
    event.preventDefault();
    setActive(next);
    focusCell(next.row, next.column);
  };
  return (
    <div className="cooc-scroll">
      <table
        ref={table}
        className="cooc-grid"
        role="grid"
        aria-label={label}
        aria-describedby={describedBy}
        aria-rowcount={size + 1}
        aria-colcount={size + 1}
      >
        <thead>
          <tr>
            <th scope="col" className="cooc-corner">
              <span className="visually-hidden">Theme</span>
            </th>
            {layout.themes.map((theme) => (
              <th key={theme.id} scope="col" className="cooc-column-head" title={theme.label}>
                <span aria-hidden="true">{theme.number}</span>
                <span className="visually-hidden">{theme.label}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {layout.themes.map((theme, row) => (
            <tr key={theme.id}>
              <th scope="row" className="cooc-row-head">
                <span className="cooc-number" aria-hidden="true">
                  {theme.number}
                </span>{' '}
                {theme.label}
              </th>
              {layout.cells
                .filter((cell) => cell.row === row)
                .map((cell) => (
                  <td
                    key={cell.column}
                    role="gridcell"
                    data-cell={`${cell.row}:${cell.column}`}
                    tabIndex={cell.row === current.row && cell.column === current.column ? 0 : -1}
                    aria-label={cell.name}
                    aria-selected={cell.selected}
                    className={[
                      'cooc-cell',
                      cell.diagonal ? 'cooc-diagonal' : '',
                      cell.hidden ? 'cooc-hidden' : '',
                      cell.selected ? 'cooc-selected' : '',
                    ]
                      .filter(Boolean)
                      .join(' ')}
                    style={{ backgroundColor: cell.fill, color: cell.ink }}
                    title={cell.name}
                    onClick={() => {
                      setActive({ row: cell.row, column: cell.column });
                      onActivate?.(cell);
                    }}
                    onFocus={() => setActive({ row: cell.row, column: cell.column })}
                    onKeyDown={(event) => onKeyDown(event, cell)}
                  >
                    {cell.text}
                  </td>
                ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
