/** How far into the text the row break is looked for. */
const SAMPLE_CHARS = 1024 * 1024;

/**
 * The character that ends a row of delimited text: `'\r'` for old Mac files (Excel for Mac's "CSV
 * (Mac)" still writes them, with `\n` inside quoted cells), otherwise `'\n'`. CRLF files also
 * split on `'\n'`: the parser drops the `'\r'` left before it, which also copes with files whose
 * line endings are mixed. The first line break outside quotes decides.
 */
export function detectRowBreak(text: string): '\n' | '\r' {
  const end = Math.min(text.length, SAMPLE_CHARS);
  let inQuotes = false;
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === '\n') return '\n';
    else if (!inQuotes && c === '\r') return text[i + 1] === '\n' ? '\n' : '\r';
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
