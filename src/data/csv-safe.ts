import Papa from 'papaparse';

/** Characters that make a spreadsheet read a cell as a formula (CSV injection). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Neutralises a cell a spreadsheet would run as a formula by prefixing a single quote, so
 * `=HYPERLINK(...)` exported from the data opens as text.
 */
export function formulaSafe(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/**
 * Writes rows as CSV (CRLF after every row, quoted where needed), every text cell formula-safe;
 * numbers stay numbers (a spreadsheet reads -0.5 as a number, not a formula).
 */
export function toSafeCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  if (rows.length === 0) return '';
  return `${Papa.unparse(
    rows.map((row) =>
      row.map((cell) => (typeof cell === 'number' ? String(cell) : formulaSafe(cell))),
    ),
    { newline: '\r\n' },
  )}\r\n`;
}
