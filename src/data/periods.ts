/** Ordering of period labels: years, halves, quarters and months in time order. */

/** A sortable key for a period label: [start year, start month], or undefined when unreadable. */
export function periodStart(label: string): [number, number] | undefined {
  const value = label.trim().toUpperCase();
  const year = /^(\d{4})$/.exec(value);
  if (year) return [Number(year[1]), 1];
  const quarter = /^(\d{4})[-\s/]?Q([1-4])$/.exec(value);
  if (quarter) return [Number(quarter[1]), (Number(quarter[2]) - 1) * 3 + 1];
  const quarterFirst = /^Q([1-4])[-\s/]?(\d{4})$/.exec(value);
  if (quarterFirst) return [Number(quarterFirst[2]), (Number(quarterFirst[1]) - 1) * 3 + 1];
  const half = /^(\d{4})[-\s/]?H([12])$/.exec(value);
  if (half) return [Number(half[1]), half[2] === '1' ? 1 : 7];
  const month = /^(\d{4})-(\d{1,2})$/.exec(value);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12)
    return [Number(month[1]), Number(month[2])];
  return undefined;
}

/** Compares two period labels in time order; unreadable labels sort after, alphabetically. */
export function comparePeriods(a: string, b: string): number {
  const ka = periodStart(a);
  const kb = periodStart(b);
  if (ka && kb) return ka[0] - kb[0] || ka[1] - kb[1] || a.localeCompare(b);
  if (ka) return -1;
  if (kb) return 1;
  return a.localeCompare(b);
}
