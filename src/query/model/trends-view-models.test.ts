import { describe, expect, it } from 'vitest';
import { resolveTrendChoice } from './trends-view-models';

const periods = [
  { code: 0, id: '2019-Q2', label: '2019-Q2' },
  { code: 1, id: '2019-Q3', label: '2019-Q3' },
  { code: 2, id: '2020-Q1', label: '2020-Q1' },
];

describe('resolveTrendChoice', () => {
  it.each([
    [{}, { by: 'outcome', from: '2019-Q3', to: '2020-Q1' }],
    [
      { trendBy: 'themes', compareFrom: '2019-Q2', compareTo: '2019-Q3' },
      { by: 'themes', from: '2019-Q2', to: '2019-Q3' },
    ],
    // A hand-made or stale link: an unknown list or period gives way to the default.
    [
      { trendBy: 'constructor', compareFrom: '1999-Q1', compareTo: '2019-Q2' },
      { by: 'outcome', from: '2019-Q3', to: '2019-Q2' },
    ],
  ])('reads %o as %o', (choice, expected) => {
    expect(resolveTrendChoice(periods, choice)).toEqual(expected);
  });
});
