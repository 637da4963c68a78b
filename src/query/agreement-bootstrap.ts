import { quantileSorted } from 'd3-array';
import type { CodePatterns, StatisticValue } from './agreement-patterns';

/** How the intervals are drawn: a percentile bootstrap over cases, seeded so it repeats. */
export interface BootstrapSettings {
  /** Resamples of the cases (with replacement). */
  resamples: number;
  /** Seed of the pseudo-random generator (mulberry32). */
  seed: number;
}

/** The settings used unless the caller says otherwise. */
export const defaultBootstrap: BootstrapSettings = { resamples: 1000, seed: 1 };

/**
 * An interval is given only when at least this share of the resamples had a value: a statistic
 * undefined in many resamples (a rare code, a few cases) has no honest percentile interval.
 */
export const minimumUsableShare = 0.95;

/** A 95 % interval from the bootstrap, or why there is none. */
export type BootstrapInterval =
  { ok: true; lower: number; upper: number; usable: number } | { ok: false; usable: number };

/** The method in words, as a result states it. */
export function bootstrapMethod(settings: BootstrapSettings): string {
  const resamples = settings.resamples.toLocaleString('en-GB');
  return (
    `95% percentile bootstrap over cases: ${resamples} resamples of the cases with replacement, ` +
    `seed ${settings.seed} (the same data always give the same interval)`
  );
}

/** Mulberry32: a small seeded pseudo-random generator, the same numbers for the same seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Percentile bootstrap intervals of several statistics at once: each resample draws as many cases
 * as there are, with replacement, counts how often each code pattern was drawn, and evaluates
 * every statistic on those counts. Resamples where a statistic is undefined are left out of its
 * interval; under {@link minimumUsableShare} of them usable, it has none.
 */
export function bootstrapIntervals(
  patterns: CodePatterns,
  statistics: ReadonlyArray<(patterns: CodePatterns, weights: Float64Array) => StatisticValue>,
  settings: BootstrapSettings = defaultBootstrap,
): BootstrapInterval[] {
  const cases = patterns.patternOf.length;
  const samples = statistics.map(() => [] as number[]);
  const random = seededRandom(settings.seed);
  const weights = new Float64Array(patterns.observed.length);
  for (let r = 0; r < settings.resamples && cases > 0; r += 1) {
    weights.fill(0);
    for (let i = 0; i < cases; i += 1) {
      const p = patterns.patternOf[Math.floor(random() * cases)] ?? 0;
      weights[p] = (weights[p] ?? 0) + 1;
    }
    statistics.forEach((statistic, s) => {
      const result = statistic(patterns, weights);
      if (result.ok) samples[s]?.push(result.value);
    });
  }
  return samples.map((values) => {
    const usable = values.length;
    if (usable === 0 || usable < minimumUsableShare * settings.resamples)
      return { ok: false, usable };
    values.sort((a, b) => a - b);
    return {
      ok: true,
      lower: quantileSorted(values, 0.025) ?? Number.NaN,
      upper: quantileSorted(values, 0.975) ?? Number.NaN,
      usable,
    };
  });
}
