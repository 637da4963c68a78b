import { describe, expect, it } from 'vitest';
import { changeCells, withheldRow } from './count-change-cells';

const row = (before: number, after: number) => ({
  dimension: 'Cases',
  category: '',
  before,
  after,
});

describe('changeCells', () => {
  it.each([
    // [before, after, k, partsHidden, [on screen, compared, change]]
    [11, 10, null, false, ['11', '10', '−1']],
    [1, 0, null, false, ['1', '0', '−1']],
    [4, 6, null, false, ['4', '6', '+2']],
    [5, 5, null, true, ['5', '5', '0']],
    [11, 10, 5, false, ['11', '–', '< 5 fewer']],
    [8, 12, 5, false, ['8', '–', '< 5 more']],
    [11, 6, 5, false, ['11', '6', '−5']],
    [6, 0, 5, false, ['6', '0', '−6']],
    [0, 9, 5, false, ['0', '9', '+9']],
    [5, 4, 5, false, ['5', '< 5', '–']],
    [1, 0, 5, false, ['< 5', '0', '–']],
    [0, 3, 5, false, ['0', '< 5', '–']],
    [2, 3, 5, false, ['< 5', '< 5', '–']],
    [1, 6, 5, false, ['< 5', '6', '–']],
    [25, 25, 5, false, ['25', '25', '0']],
    [11, 6, 5, true, ['11', '–', '–']],
    [11, 10, 5, true, ['11', '–', '< 5 fewer']],
    [11, 3, 5, true, ['11', '< 5', '–']],
    [11, 10, 2, false, ['11', '–', '< 2 fewer']],
  ] as const)('%i → %i under k = %s (parts hidden: %s)', (before, after, k, parts, cells) => {
    const shown = changeCells(row(before, after), k, parts);
    expect([shown.before, shown.after, shown.change]).toEqual(cells);
  });
});

describe('withheldRow', () => {
  it.each([
    [1, 0, 5, true],
    [5, 4, 5, true],
    [0, 3, 5, true],
    [6, 5, 5, false],
    [0, 7, 5, false],
    [1, 0, null, false],
  ] as const)('%i → %i under k = %s: %s', (before, after, k, withheld) => {
    expect(withheldRow(row(before, after), k)).toBe(withheld);
  });
});
