/**
 * Neutral labels ("Case 1", "Case 2", …, "Case 100000") put in order fast. The collator the
 * screens sort labels with orders such labels by their number; comparing strings that way costs
 * a collator call per pair, a quarter of a second over 50,000 labels, where reading each label's
 * number once and comparing numbers costs milliseconds.
 */

/** The number a label ends with and how many digits it takes (0 when it ends with none). */
function trailingNumber(label: string): { number: number; digits: number } {
  let at = label.length;
  while (at > 0 && label.charCodeAt(at - 1) >= 48 && label.charCodeAt(at - 1) <= 57) at -= 1;
  const digits = label.length - at;
  return { number: digits === 0 ? -1 : Number(label.slice(at)), digits };
}

/**
 * Each label's number, when every label is the same words followed by a number (then ordering
 * by these numbers is ordering by the labels with a numeric collator); otherwise null.
 */
export function numberedLabelKeys(labels: ArrayLike<string>): Float64Array | null {
  const first = labels[0] ?? '';
  const words = first.slice(0, first.length - trailingNumber(first).digits);
  const keys = new Float64Array(labels.length);
  for (let i = 0; i < labels.length; i += 1) {
    const label = labels[i] ?? '';
    const { number, digits } = trailingNumber(label);
    if (digits === 0 || label.length - digits !== words.length || !label.startsWith(words))
      return null;
    keys[i] = number;
  }
  return keys;
}
