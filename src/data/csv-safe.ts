import Papa from 'papaparse';

/**
 * A cell a spreadsheet may run as a formula (CSV injection): one whose first character that is
 * not white space (spaces, tabs, line breaks, no-break and ideographic spaces, which spreadsheets
 * skip) is = + - @ or their fullwidth (＝ ＋ － ＠) or small (﹦ ﹢ ﹣ ﹫) forms, which some
 * spreadsheet programs fold to the ASCII ones; or one that starts with a tab or carriage return.
 */
const formulaStart = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B])/;

/**
 * Neutralises a cell a spreadsheet would run as a formula by prefixing a single quote, so
 * `=HYPERLINK(...)`, ` =1+1` or `＝1+1` exported from the data opens as text.
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
