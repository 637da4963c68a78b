import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent, percentHalfUp, percentsLargestRemainder } from './percent';

describe('percentHalfUp', () => {
  it.each([
    [6, 11, 55],
    [5, 11, 45],
    [11, 36, 31],
    [1, 8, 13],
    [3, 36, 8],
    [0, 5, 0],
    [1, 0, null],
  ])('%i of %i is %s%', (count, denominator, percent) => {
    expect(percentHalfUp(count, denominator)).toBe(percent);
  });
});

describe('percentsLargestRemainder', () => {
  it('reproduces the briefing’s screening percentages, which sum to 100', () => {
    expect(percentsLargestRemainder([11, 6, 5, 4, 6, 3, 1], 36)).toEqual([
      30, 17, 14, 11, 17, 8, 3,
    ]);
  });
  it('gives ties to the first and handles an empty denominator', () => {
    expect(percentsLargestRemainder([1, 1, 1], 3)).toEqual([34, 33, 33]);
    expect(percentsLargestRemainder([1], 0)).toEqual([null]);
  });
  it('formats', () => {
    expect(formatPercent(55)).toBe('55%');
    expect(formatPercent(null)).toBe('–');
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [11, '11'],
    [999, '999'],
    [1000, '1,000'],
    [54996, '54,996'],
    [100000, '100,000'],
  ])('shows %i as "%s"', (count, shown) => {
    expect(formatCount(count)).toBe(shown);
  });
});
