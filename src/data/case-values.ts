/** Parsing of the free-form values of case cells: ages, dates, years. */

const unitMonths: ReadonlyArray<[RegExp, number]> = [
  [/(\d+(?:\.\d+)?)\s*(?:years?|yrs?|y)\b/, 12],
  [/(\d+(?:\.\d+)?)\s*(?:months?|mths?|mo)\b/, 1],
  [/(\d+(?:\.\d+)?)\s*(?:weeks?|wks?)\b/, 12 / 52],
  [/(\d+(?:\.\d+)?)\s*(?:days?)\b/, 12 / 365],
];

/**
 * Reads a child's age as written ("17 years", "20 months", "2 years 3 months", "6") into months,
 * or undefined when the text gives no number ("infant").
 */
export function parseAgeMonths(text: string): number | undefined {
  // A decimal comma ("1,5 years", from a semicolon-separated export) is a decimal point.
  const folded = text
    .trim()
    .toLowerCase()
    .replace(/(\d),(\d)/g, '$1.$2');
  if (/^\d+(\.\d+)?$/.test(folded)) return Math.round(Number(folded) * 12);
  let months = 0;
  let found = false;
  for (const [pattern, factor] of unitMonths) {
    const match = pattern.exec(folded);
    if (match?.[1] !== undefined) {
      months += Number(match[1]) * factor;
      found = true;
    }
  }
  return found ? Math.round(months * 10) / 10 : undefined;
}

const monthNames = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/**
 * Normalises an incident date to `YYYY` or `YYYY-MM`. Accepts `2017`, `2017-3`, `2017-03`,
 * `03/2017`, `March 2017`, `2017-03-14`; returns undefined for anything else.
 */
export function normaliseIncidentDate(text: string): string | undefined {
  const value = text.trim();
  const pad = (month: number): string => String(month).padStart(2, '0');
  const valid = (year: number, month?: number): boolean =>
    year >= 1900 && year <= 2100 && (month === undefined || (month >= 1 && month <= 12));
  let match = /^(\d{4})$/.exec(value);
  if (match) return valid(Number(match[1])) ? value : undefined;
  match = /^(\d{4})[-/](\d{1,2})(?:[-/]\d{1,2})?$/.exec(value);
  if (match) {
    const [year, month] = [Number(match[1]), Number(match[2])];
    return valid(year, month) ? `${year}-${pad(month)}` : undefined;
  }
  match = /^(?:\d{1,2}\/)?(\d{1,2})\/(\d{4})$/.exec(value);
  if (match) {
    const [month, year] = [Number(match[1]), Number(match[2])];
    return valid(year, month) ? `${year}-${pad(month)}` : undefined;
  }
  match = /^([a-z]+)\.?\s+(\d{4})$/i.exec(value);
  if (match?.[1] && match[2]) {
    const month = monthNames.indexOf(match[1].slice(0, 3).toLowerCase()) + 1;
    const year = Number(match[2]);
    return month > 0 && valid(year, month) ? `${year}-${pad(month)}` : undefined;
  }
  return undefined;
}

/** Reads a four-digit year between 1900 and 2100, or undefined. */
export function parseYear(text: string): number | undefined {
  const value = text.trim();
  if (!/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= 1900 && year <= 2100 ? year : undefined;
}

/**
 * Reads a count or percentage cell: "12", "45%", "4,5" (decimal comma); undefined otherwise, and
 * for numbers too large to hold exactly (beyond 2^53), which would otherwise change silently.
 */
export function parseNumberCell(text: string): number | undefined {
  const value = text.trim().replace(/%$/, '').trim();
  if (value === '') return undefined;
  const normalised = /^-?\d+,\d+$/.test(value) ? value.replace(',', '.') : value;
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return undefined;
  const number = Number(normalised);
  return Math.abs(number) <= Number.MAX_SAFE_INTEGER ? number : undefined;
}

/** Reads a page number: a whole number from 1 up; undefined otherwise. */
export function parsePage(text: string): number | undefined {
  const page = parseNumberCell(text);
  return page !== undefined && Number.isInteger(page) && page > 0 ? page : undefined;
}
