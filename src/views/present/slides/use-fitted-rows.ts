import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * How many of a table's body rows fit in a box on a slide: measured once the table is drawn
 * with every row, and again whenever `key` (what the fit depends on: the box's size, the
 * columns drawn) changes; null until measured, and while `ready` is false (nothing drawn yet).
 * With `belowLastRow`, what the table takes below its last body row (a totals row, the border
 * spacing) must fit too. At least one row is always kept.
 */
export function useFittedRows(
  key: string,
  ready: boolean,
  boxRef: RefObject<HTMLElement | null>,
  tableRef: RefObject<HTMLTableElement | null>,
  belowLastRow = false,
): number | null {
  const [fitted, setFitted] = useState<{ key: string; rows: number } | null>(null);
  const rowCount = fitted?.key === key ? fitted.rows : null;
  useLayoutEffect(() => {
    if (rowCount !== null || !ready || !boxRef.current || !tableRef.current) return;
    const bottom = boxRef.current.getBoundingClientRect().bottom;
    const rows = [...(tableRef.current.tBodies[0]?.rows ?? [])];
    const last = rows.at(-1)?.getBoundingClientRect().bottom;
    const tail =
      belowLastRow && last !== undefined
        ? tableRef.current.getBoundingClientRect().bottom - last
        : 0;
    const fits = rows.filter((row) => row.getBoundingClientRect().bottom + tail <= bottom + 0.5);
    setFitted({ key, rows: Math.max(1, fits.length) });
  }, [rowCount, ready, key, boxRef, tableRef, belowLastRow]);
  return rowCount;
}
