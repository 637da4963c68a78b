import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBit, emptyBitset, hasBit, type Bitset } from './bitset';
import {
  coOccurrence,
  coOccurrenceOrder,
  coOccurrencePairs,
  coOccurrenceValue,
  coOccurrenceValues,
} from './co-occurrence';

function bits(size: number, indices: readonly number[]): Bitset {
  const set = emptyBitset(size);
  for (const i of indices) addBit(set, i);
  return set;
}

// Eight cases; the selection leaves out case 7.
//   case:        0 1 2 3 4 5 6 7
//   A (coded all)  1 1 1 0 0 0 1 1
//   B (coded 0–5)  1 1 0 1 0 0 · ·
//   C (coded 0–4, 7) 1 0 0 0 1 · · 1
//   D (coded nowhere)
const matrix = coOccurrence({
  members: [bits(8, [0, 1, 2, 6, 7]), bits(8, [0, 1, 3]), bits(8, [0, 4, 7]), bits(8, [])],
  coded: [
    bits(8, [0, 1, 2, 3, 4, 5, 6, 7]),
    bits(8, [0, 1, 2, 3, 4, 5]),
    bits(8, [0, 1, 2, 3, 4, 7]),
    bits(8, []),
  ],
  selection: bits(8, [0, 1, 2, 3, 4, 5, 6]),
});

describe('coOccurrence', () => {
  it('counts each pair over the selected cases coded for both, and states that n', () => {
    // Cases with both (diagonal: with the theme) and the n each count is over.
    expect(Array.from(matrix.both)).toEqual([4, 2, 1, 0, 2, 3, 1, 0, 1, 1, 2, 0, 0, 0, 0, 0]);
    expect(Array.from(matrix.coded)).toEqual([7, 6, 5, 0, 6, 6, 5, 0, 5, 5, 5, 0, 0, 0, 0, 0]);
  });

  it.each([
    // A–B over cases 0–5: A in {0,1,2}, B in {0,1,3}, both {0,1}.
    [0, 1, 'count', 2],
    [0, 1, 'jaccard', 2 / 4],
    [0, 1, 'lift', (2 * 6) / (3 * 3)],
    // Expected = 6 · (4/7 of A's coded cases) · (3/6 of B's) = 12/7.
    [0, 1, 'observed-expected', 2 / (12 / 7)],
    // A–C over cases 0–4: A in {0,1,2}, C in {0,4}, both {0}.
    [0, 2, 'count', 1],
    [0, 2, 'jaccard', 1 / 4],
    [0, 2, 'lift', 5 / 6],
    [0, 2, 'observed-expected', 1 / ((5 * 4 * 2) / (7 * 5))],
    // B–C over cases 0–4: expected 5 · 1/2 · 2/5 = 1.
    [1, 2, 'observed-expected', 1],
    [2, 1, 'lift', 5 / 6],
    // The diagonal: cases with the theme; a ratio of a theme with itself has no meaning.
    [0, 0, 'count', 4],
    [0, 0, 'jaccard', 1],
    [0, 0, 'lift', Number.NaN],
  ] as const)('theme %i × theme %i, %s = %d', (a, b, measure, expected) => {
    const value = coOccurrenceValue(matrix, a, b, measure);
    if (Number.isNaN(expected)) expect(value).toBeNaN();
    else expect(value).toBeCloseTo(expected, 12);
  });

  it('gives no value (NaN), never 0, for a pair no selected case is coded for', () => {
    for (const measure of ['count', 'jaccard', 'lift', 'observed-expected'] as const) {
      expect(coOccurrenceValue(matrix, 0, 3, measure)).toBeNaN();
      expect(coOccurrenceValue(matrix, 3, 3, measure)).toBeNaN();
    }
  });

  it('lists each pair once for the data table, in the order given', () => {
    expect(coOccurrencePairs(matrix, 'jaccard', [2, 0, 1])).toEqual([
      { a: 2, b: 0, both: 1, n: 5, value: 1 / 4 },
      { a: 2, b: 1, both: 1, n: 5, value: 1 / 4 },
      { a: 0, b: 1, both: 2, n: 6, value: 1 / 2 },
    ]);
    expect(coOccurrencePairs(matrix, 'count')).toHaveLength(6);
  });

  it('matches a direct count of every pair on random cases, coded alike or not', () => {
    const theme = (size: number) =>
      fc.tuple(
        fc.array(fc.integer({ min: 0, max: size - 1 })),
        fc.array(fc.integer({ min: 0, max: size - 1 })),
      );
    const input = fc
      .integer({ min: 1, max: 100 })
      .chain((size) =>
        fc.tuple(
          fc.constant(size),
          fc.array(theme(size), { minLength: 1, maxLength: 5 }),
          fc.array(fc.integer({ min: 0, max: size - 1 })),
        ),
      );
    fc.assert(
      fc.property(input, ([size, themes, selected]) => {
        const members = themes.map(([m, c]) =>
          bits(
            size,
            [...m].filter((i) => c.includes(i)),
          ),
        );
        const coded = themes.map(([, c]) => bits(size, c));
        const selection = bits(size, selected);
        const result = coOccurrence({ members, coded, selection });
        const t = themes.length;
        for (let a = 0; a < t; a += 1) {
          for (let b = 0; b < t; b += 1) {
            let n = 0;
            let both = 0;
            for (let i = 0; i < size; i += 1) {
              if (!hasBit(selection, i) || !hasBit(coded[a]!, i) || !hasBit(coded[b]!, i)) continue;
              n += 1;
              if (hasBit(members[a]!, i) && hasBit(members[b]!, i)) both += 1;
            }
            expect(result.coded[a * t + b]).toBe(n);
            expect(result.both[a * t + b]).toBe(both);
          }
        }
      }),
    );
  });
});

describe('coOccurrenceOrder', () => {
  it('puts themes that go with the same others next to each other', () => {
    // Themes 0 and 2 always together (cases 0–4); themes 1 and 3 always together (cases 5–9).
    const all = bits(10, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const first = bits(10, [0, 1, 2, 3, 4]);
    const second = bits(10, [5, 6, 7, 8, 9]);
    const together = coOccurrence({
      members: [first, second, first, second],
      coded: [all, all, all, all],
      selection: all,
    });
    const order = Array.from(coOccurrenceOrder(together));
    expect(order).toHaveLength(4);
    expect(Math.abs(order.indexOf(0) - order.indexOf(2))).toBe(1);
    expect(Math.abs(order.indexOf(1) - order.indexOf(3))).toBe(1);
    expect(coOccurrenceValues(together, 'jaccard')[0 * 4 + 2]).toBe(1);
  });
});
