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
