/** How far into the text the row break is looked for. */
const SAMPLE_CHARS = 1024 * 1024;

/**
 * The line break that ends a row of delimited text, judged by the first line break outside quotes:
 * CRLF (Windows), LF, or CR alone (old Mac files; Excel for Mac's "CSV (Mac)" still writes them,
 * with LF inside quoted cells). The parser splits CRLF and LF files alike at LF, so a file mixing
 * the two is read row by row; in a CR file, rows ended by LF are not split (they show up as rows
 * with too many fields).
 */
export function detectRowBreak(text: string): '\r\n' | '\n' | '\r' {
  const end = Math.min(text.length, SAMPLE_CHARS);
  let inQuotes = false;
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === '\n') return '\n';
    else if (!inQuotes && c === '\r') return text[i + 1] === '\n' ? '\r\n' : '\r';
  }
  return '\n';
}

function countBetween(
  text: string,
  char: string,
  from: number,
  to: number,
  skipBeforeLf: boolean,
): number {
  let count = 0;
  let at = text.indexOf(char, from);
  while (at !== -1 && at < to) {
    if (!skipBeforeLf || text[at + 1] !== '\n') count++;
    at = text.indexOf(char, at + 1);
  }
  return count;
}

/**
 * Returns a function giving the 1-based line number of a character offset, counting line breaks the
 * way text editors do (CRLF, LF and a lone CR each end one line), so "row 7" in a message is the
 * line 7 a person sees, also when quoted values span lines. Offsets are best asked in increasing
 * order: each call then scans only the text since the previous one.
 */
export function createLineCounter(text: string): (offset: number) => number {
  const hasCarriageReturn = text.includes('\r');
  let scanned = 0;
  let line = 1;
  return (offset) => {
    if (offset < scanned) {
      scanned = 0;
      line = 1;
    }
    line += countBetween(text, '\n', scanned, offset, false);
    if (hasCarriageReturn) line += countBetween(text, '\r', scanned, offset, true);
    scanned = offset;
    return line;
  };
}
