import { trimmed, type ProblemLog } from './table';

/**
 * Tells free text from categories in an extra column. Extra columns become filter dimensions
 * (DESIGN.md "Data"), but a column of summaries or notes holds a different value on almost every
 * row: as a dimension it would be a menu of thousands of one-case categories and cost a bitset
 * per value (100,000 cases × 100,000 values of bits). Such a column is kept as text instead.
 */

/** At least this share of the non-blank values differ from each other: mostly unique. */
export const FREE_TEXT_MIN_DISTINCT_SHARE = 0.5;
/** Values this long on average (characters) are sentences, not category labels. */
export const FREE_TEXT_MIN_MEAN_LENGTH = 40;
/** More distinct values than this make a useless filter menu, however short they are. */
export const FREE_TEXT_MAX_CATEGORIES = 500;

/**
 * How many values of a column are looked at: a sample spread evenly over the rows decides as well
 * as the whole column would (the shares are what matter), at a fixed cost however long the file.
 */
export const FREE_TEXT_SAMPLE = 2000;

/** What a column's values look like, for the load report. */
export interface ColumnProfile {
  nonBlank: number;
  distinct: number;
  meanLength: number;
}

/** Values longer than this (characters) are paragraphs: costly to compare, so fewer are. */
export const FREE_TEXT_LONG_VALUE = 96;
/**
 * At most about this many long values of the sample are compared for distinctness, spread evenly
 * through it; their share of distinct values stands for the rest. Comparing means hashing every
 * character, and a sample of 2,000 paragraphs cost more than reading the rest of the column.
 */
export const FREE_TEXT_LONG_COMPARED = 250;

/**
 * Distinct paragraphs, counted without hashing them. A `Set` of strings hashes every character of
 * each value, and values fresh from the parser carry no hash yet: 250 paragraphs cost a few tenths
 * of a millisecond on every load. Two strings of different length, or different characters at a
 * few spread positions, differ; only values alike on those are compared in full, and `===` stops
 * at their first difference.
 */
class LongValueSet {
  private readonly buckets = new Map<number, string[]>();
  size = 0;

  add(value: string): void {
    const n = value.length;
    let key = n;
    for (let k = 1; k < 8; k += 1) key = Math.imul(key, 31) + value.charCodeAt((n * k) >> 3);
    const bucket = this.buckets.get(key);
    if (bucket === undefined) this.buckets.set(key, [value]);
    else if (!bucket.includes(value)) bucket.push(value);
    else return;
    this.size += 1;
  }
}

/**
 * Counts the non-blank values (trimmed), the distinct ones, and their mean length, among `count`
 * values read by `valueAt`: all of them, or `sample` spread evenly when there are more. Long
 * values are compared for distinctness on an even share of them (see FREE_TEXT_LONG_COMPARED).
 */
export function profileValues(
  count: number,
  valueAt: (i: number) => string | undefined,
  sample: number = FREE_TEXT_SAMPLE,
): ColumnProfile {
  const seen = new Set<string>();
  const seenLong = new LongValueSet();
  const step = Math.max(1, count / sample);
  const longStride = Math.max(1, Math.ceil(Math.min(count, sample) / FREE_TEXT_LONG_COMPARED));
  let nonBlank = 0;
  let length = 0;
  let long = 0;
  let longCompared = 0;
  for (let at = 0; at < count; at += step) {
    const value = trimmed(valueAt(Math.floor(at)) ?? '');
    if (value === '') continue;
    nonBlank += 1;
    length += value.length;
    if (value.length <= FREE_TEXT_LONG_VALUE) seen.add(value);
    else if (long++ % longStride === 0) {
      longCompared += 1;
      seenLong.add(value);
    }
  }
  const longDistinct = longCompared === 0 ? 0 : (seenLong.size / longCompared) * long;
  return {
    nonBlank,
    distinct: seen.size + Math.round(longDistinct),
    meanLength: nonBlank === 0 ? 0 : length / nonBlank,
  };
}

/**
 * True when values are free text: mostly unique, and either long (sentences) or too many to be
 * categories. A column of short repeated values (a lead agency, a yes/no) stays categorical.
 */
export function isFreeText(profile: ColumnProfile): boolean {
  if (profile.nonBlank === 0) return false;
  const mostlyUnique = profile.distinct / profile.nonBlank >= FREE_TEXT_MIN_DISTINCT_SHARE;
  return (
    mostlyUnique &&
    (profile.meanLength >= FREE_TEXT_MIN_MEAN_LENGTH || profile.distinct > FREE_TEXT_MAX_CATEGORIES)
  );
}

/** Tells the user (as information) that a column is kept as text and why it is not a filter. */
export function reportFreeText(
  log: ProblemLog,
  label: string,
  column: string,
  profile: ColumnProfile,
  row?: number,
): void {
  log.add(
    'info',
    'free-text-column',
    `"${label}" holds free text (values of ${Math.round(profile.meanLength)} characters on average that differ from case to case), so it is kept with each case as written and is not offered as a filter.`,
    {
      ...(row === undefined ? {} : { row }),
      column,
      hint: 'To filter by it, give it a short list of categories that repeat across cases.',
    },
  );
}
