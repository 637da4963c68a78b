/** The field separators a delimited file may use. */
export type CsvDelimiter = ',' | ';' | '\t';

/** Candidates in order of preference: a tie goes to the earlier one. */
const CANDIDATES: readonly CsvDelimiter[] = [',', ';', '\t'];
/** How many non-blank records are sampled. */
const SAMPLE_RECORDS = 20;
/** A bound on the text scanned, so a huge quoted field cannot make detection slow. */
const SAMPLE_CHARS = 256 * 1024;

/**
 * Counts the fields of the first non-blank records when split on `delimiter`. Quotes are honoured
 * as a CSV parser would: only a quote at the start of a field opens a quoted field, and a doubled
 * quote inside it is a literal quote, so a delimiter or line break inside quotes does not count.
 */
function fieldCounts(text: string, delimiter: CsvDelimiter): number[] {
  const counts: number[] = [];
  const end = Math.min(text.length, SAMPLE_CHARS);
  let fields = 1;
  let fieldStart = true;
  let inQuotes = false;
  let blank = true;
  for (let i = 0; i < end && counts.length < SAMPLE_RECORDS; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') i++;
      else if (c === '"') inQuotes = false;
      continue;
    }
    if (c === '"' && fieldStart) {
      inQuotes = true;
      blank = false;
      fieldStart = false;
    } else if (c === delimiter) {
      fields++;
      fieldStart = true;
      blank = false;
    } else if (c === '\n' || c === '\r') {
      if (!blank) counts.push(fields);
      fields = 1;
      fieldStart = true;
      blank = true;
    } else {
      fieldStart = false;
      if (c !== ' ') blank = false;
    }
  }
  if (!blank && counts.length < SAMPLE_RECORDS) counts.push(fields);
  return counts;
}

/** The most common count and the share of records that have it. */
function modalCount(counts: readonly number[]): { count: number; share: number } {
  const tally = new Map<number, number>();
  let best = { count: 1, times: 0 };
  for (const count of counts) {
    const times = (tally.get(count) ?? 0) + 1;
    tally.set(count, times);
    if (times > best.times || (times === best.times && count > best.count)) best = { count, times };
  }
  return { count: best.count, share: counts.length === 0 ? 0 : best.times / counts.length };
}

/**
 * Guesses the field separator of delimited text from its first 20 non-blank records: the candidate
 * (comma, semicolon, tab) that splits them into the most consistent number of columns, more than
 * one. A semicolon file with decimal commas (`1,5;2,5`) splits consistently on `;` only. Ties, and
 * text with a single column, go to the comma.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let chosen: CsvDelimiter = ',';
  let bestShare = 0;
  for (const delimiter of CANDIDATES) {
    const { count, share } = modalCount(fieldCounts(text, delimiter));
    if (count > 1 && share > bestShare) {
      chosen = delimiter;
      bestShare = share;
    }
  }
  return chosen;
}
