import { describe, expect, it } from 'vitest';
import { newcombeInterval, wilsonInterval } from './intervals';

/**
 * Reference values from the published examples. Newcombe RG (1998), "Two-sided confidence
 * intervals for the single proportion: comparison of seven methods", Stat Med 17:857–872 (the
 * Wilson score method, without continuity correction); and Newcombe RG (1998), "Interval
 * estimation for the difference between independent proportions: comparison of eleven methods",
 * Stat Med 17:873–890, Table II, method 10 (hybrid score). Example (a) is quoted from the paper in
 * issue 15; example (d) and the single proportions are also the published figures the R package
 * ratesci pins in its tests (tests/testthat/test3.R, "match published examples").
 */
describe('wilsonInterval', () => {
  it.each([
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i: %f to %f (Newcombe 1998, single proportion)', (x, n, low, high) => {
    const interval = wilsonInterval(x, n);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });
});

describe('newcombeInterval (hybrid score, method 10)', () => {
  it.each([
    ['(a)', 56, 70, 48, 80, 0.0524, 0.3339],
    ['(d)', 5, 56, 0, 29, -0.0381, 0.1926],
  ])('example %s: %i/%i − %i/%i is %f to %f', (_, x1, n1, x2, n2, low, high) => {
    const interval = newcombeInterval(x1, n1, x2, n2);
    expect(interval?.low).toBeCloseTo(low, 4);
    expect(interval?.high).toBeCloseTo(high, 4);
  });

  it('holds the difference inside its interval and within −1 and 1, and has none for an empty base', () => {
    for (const [x1, n1, x2, n2] of [
      [0, 10, 0, 20],
      [10, 10, 0, 20],
      [4, 10, 25, 40],
      [1, 1, 0, 1],
    ] as const) {
      const interval = newcombeInterval(x1, n1, x2, n2);
      if (!interval) throw new Error('expected an interval');
      expect(interval.low).toBeLessThanOrEqual(interval.difference);
      expect(interval.high).toBeGreaterThanOrEqual(interval.difference);
      expect(interval.low).toBeGreaterThanOrEqual(-1);
      expect(interval.high).toBeLessThanOrEqual(1);
    }
    expect(newcombeInterval(1, 0, 1, 4)).toBeUndefined();
  });
});
