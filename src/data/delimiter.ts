/** The field separators a delimited file may use. */
export type CsvDelimiter = ',' | ';' | '\t';

/** Candidates in order of preference: a tie goes to the earlier one. */
const CANDIDATES: readonly CsvDelimiter[] = [',', ';', '\t'];
/** How many non-blank records are sampled. */
const SAMPLE_RECORDS = 20;
/** A bound on the text scanned, so a huge quoted field cannot make detection slow. */
const SAMPLE_CHARS = 256 * 1024;

const QUOTE = 34;
const SPACE = 32;

/** Per candidate, the characters that change the count: itself, a quote and the line breaks. */
const SPECIAL: Readonly<Record<CsvDelimiter, RegExp>> = {
  ',': /[,"\n\r]/g,
  ';': /[;"\n\r]/g,
  '\t': /[\t"\n\r]/g,
};

/** True when text[from, to) holds only spaces. */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== SPACE) return false;
  return true;
}

/**
 * Counts the fields of the first non-blank records when split on `delimiter`. Quotes are honoured
 * as a CSV parser would: only a quote at the start of a field opens a quoted field, and a doubled
 * quote inside it is a literal quote, so a delimiter or line break inside quotes does not count.
 * Jumps from one character that matters to the next (a regular expression finds it) rather than
 * visiting each: this runs three times on every load, over records that can be kilobytes long,
 * and visiting every character cost a tenth of a 1,000-case load's own work.
 */
function fieldCounts(text: string, delimiter: CsvDelimiter): number[] {
  const counts: number[] = [];
  const end = Math.min(text.length, SAMPLE_CHARS);
  const special = SPECIAL[delimiter];
  const separator = delimiter.charCodeAt(0);
  let fields = 1;
  let fieldStart = true;
  let blank = true;
  let i = 0;
  while (i < end && counts.length < SAMPLE_RECORDS) {
    special.lastIndex = i;
    const at = special.exec(text)?.index ?? end;
    const next = Math.min(at, end);
    if (next > i) {
      // Ordinary characters: the field has started, and is not blank unless they are spaces.
      fieldStart = false;
      if (blank && !onlySpaces(text, i, next)) blank = false;
      if (next === end) break;
    }
    const c = text.charCodeAt(next);
    i = next + 1;
    if (c === QUOTE && fieldStart) {
      blank = false;
      fieldStart = false;
      // The quoted field runs to the next quote that is not doubled.
      let close = text.indexOf('"', i);
      while (close !== -1 && close < end && text.charCodeAt(close + 1) === QUOTE) {
        close = text.indexOf('"', close + 2);
      }
      if (close === -1 || close >= end) break;
      i = close + 1;
    } else if (c === QUOTE) {
      blank = false;
    } else if (c === separator) {
      fields++;
      fieldStart = true;
      blank = false;
    } else {
      // A line break, LF or CR: the only other characters `special` finds.
      if (!blank) counts.push(fields);
      fields = 1;
      fieldStart = true;
      blank = true;
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
