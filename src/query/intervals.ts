/** z for a two-sided 95 % interval. */
const z95 = 1.959963984540054;

/**
 * The Wilson score interval (Wilson 1927) for `successes` of `trials`, 95 % by default: unlike the
 * simple ±1.96·SE interval it stays within 0 and 1 and behaves on small bases and at 0 or n.
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  z = z95,
): { low: number; high: number } {
  if (trials <= 0) return { low: 0, high: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const centre = p + z2 / (2 * trials);
  const spread = z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  const denominator = 1 + z2 / trials;
  return {
    low: Math.max(0, (centre - spread) / denominator),
    high: Math.min(1, (centre + spread) / denominator),
  };
}

/**
 * Newcombe's hybrid score interval (Newcombe 1998, method 10) for the difference of two
 * independent proportions `x1/n1 − x2/n2`, 95 % by default: the two Wilson intervals combined,
 * so it stays within −1 and 1 and behaves on small bases. Undefined when either base is 0.
 */
export function newcombeInterval(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  z = z95,
): { difference: number; low: number; high: number } | undefined {
  if (n1 <= 0 || n2 <= 0) return undefined;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const a = wilsonInterval(x1, n1, z);
  const b = wilsonInterval(x2, n2, z);
  const difference = p1 - p2;
  return {
    difference,
    low: difference - Math.sqrt((p1 - a.low) ** 2 + (b.high - p2) ** 2),
    high: difference + Math.sqrt((a.high - p1) ** 2 + (p2 - b.low) ** 2),
  };
}
