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

/** Writes rows as CSV (CRLF after every row, quoted where needed), every cell formula-safe. */
export function toSafeCsv(rows: string[][]): string {
  if (rows.length === 0) return '';
  return `${Papa.unparse(
    rows.map((row) => row.map(formulaSafe)),
    { newline: '\r\n' },
  )}\r\n`;
}
