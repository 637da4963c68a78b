/** How whole-number percentages are rounded. */
export type RoundingRule = 'half-up' | 'largest-remainder';

/** Human names of the rounding rules, as the Check view states them. */
export const roundingRuleNames: ReadonlyMap<RoundingRule, string> = new Map([
  ['half-up', 'half up to a whole percent'],
  ['largest-remainder', 'largest remainder (whole percents summing to 100)'],
]);

/**
 * `count / denominator` as a whole percent, halves rounded up. The tiny epsilon stops binary
 * floating point turning an exact half (e.g. 1/8 = 12.5%) into 12.4999….
 */
export function percentHalfUp(count: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.floor((count * 100) / denominator + 0.5 + 1e-9);
}

/**
 * Whole percents of several counts over one denominator that add up to 100 (Hamilton's method):
 * floor every share, then give the leftover points to the largest remainders, ties to the first.
 */
export function percentsLargestRemainder(
  counts: readonly number[],
  denominator: number,
): Array<number | null> {
  if (denominator <= 0) return counts.map(() => null);
  const exact = counts.map((c) => (c * 100) / denominator);
  const floors = exact.map((e) => Math.floor(e + 1e-9));
  const target = Math.round((counts.reduce((a, b) => a + b, 0) * 100) / denominator);
  let left = target - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, i) => ({ i, remainder: e - (floors[i] ?? 0) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  const out = [...floors];
  for (const { i } of order) {
    if (left <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    left -= 1;
  }
  return out;
}

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/**
 * A count as shown: "11", "54,996" (thousands grouped, so a projector's back row reads 100,000
 * rather than counting zeros). Files (CSV) carry the number itself, never this text.
 */
export function formatCount(count: number): string {
  return grouped.format(count);
}

/** Formats a whole percent for display: "55%", or an en dash when there is none. */
export function formatPercent(percent: number | null): string {
  return percent === null ? '–' : `${percent}%`;
}
