import { possibleValues } from './audit';
import type { DisclosureResult, DisclosureState } from './disclosure-types';
import { breakdown, table, together } from './generated-views';
import { suppressState } from './suppress-state';

/** What a reader can make of `quantity` on the screen `state` shows with `hidden` hidden. */
function valuesOf(state: DisclosureState, hidden: DisclosureResult, k: number, quantity: string) {
  return possibleValues([{ cells: state.cells, hidden }], state.equations, k, quantity).values;
}

describe('suppressState', () => {
  it.each([
    {
      name: 'a breakdown of 10 and 1 with its total 11: the 10 is hidden with the 1',
      state: breakdown(
        'force',
        ['n', 11],
        [
          ['force=A', 10],
          ['force=B', 1],
        ],
      ),
      hidden: [
        ['force=B', 'primary'],
        ['force=A', 'secondary'],
      ],
      protectedCount: 'force=B',
      values: [1, 2, 3, 4],
    },
    {
      name: 'Cases 11, Deaths 9, Significant harm 2 (the headline shows the same 11)',
      state: together(
        breakdown(
          'outcome',
          ['cases', 11],
          [
            ['death', 9],
            ['harm', 2],
          ],
        ),
        breakdown('headline', ['cases', 11], []),
      ),
      hidden: [
        ['harm', 'primary'],
        ['death', 'secondary'],
      ],
      protectedCount: 'harm',
      values: [1, 2, 3, 4],
    },
    {
      // Hiding the 5 would not do: it is at least k, so the 1 would be 6 − 5.
      name: 'a breakdown of 1 and 5: the total is hidden, since no part will do',
      state: breakdown(
        'route',
        ['n', 6],
        [
          ['route=a', 1],
          ['route=b', 5],
        ],
      ),
      hidden: [
        ['route=a', 'primary'],
        ['n', 'secondary'],
      ],
      protectedCount: 'route=a',
      values: [1, 2, 3, 4],
    },
    {
      name: 'a breakdown with only large counts hides nothing',
      state: breakdown(
        'force',
        ['n', 60],
        [
          ['force=A', 25],
          ['force=B', 35],
          ['force=C', 0],
        ],
      ),
      hidden: [],
    },
  ])('$name', ({ state, hidden, protectedCount, values }) => {
    const result = suppressState(state, 5);
    expect([...result]).toEqual(hidden);
    if (protectedCount) expect(valuesOf(state, result, 5, protectedCount)).toEqual(values);
  });

  it('hides a rectangle of the screening funnel, so "NSPCC (< 5)" beside 36 and 34 is not 2', () => {
    // Stages (referred, screened in) × sources (police, NSPCC, school), with every total shown.
    const funnel = table('funnel', [
      [20, 2, 14],
      [12, 1, 9],
    ]);
    const result = suppressState(funnel, 5);
    expect([...result]).toEqual([
      ['funnel|r0|c1', 'primary'],
      ['funnel|r1|c1', 'primary'],
      ['funnel|c1', 'primary'],
      ['funnel|r0|c2', 'secondary'],
      ['funnel|r1|c2', 'secondary'],
      ['funnel|c2', 'secondary'],
    ]);
    expect(valuesOf(funnel, result, 5, 'funnel|r0|c1')).toEqual([1, 2, 3]);
    expect(valuesOf(funnel, result, 5, 'funnel|r1|c1')).toEqual([1, 2, 3]);
  });

  it('protects sub-categories nested in outcomes, and the outcome they sum to', () => {
    const view = together(
      breakdown(
        'outcome',
        ['n', 40],
        [
          ['death', 30],
          ['harm', 10],
        ],
      ),
      breakdown(
        'subcategory',
        ['death', 30],
        [
          ['death|a', 27],
          ['death|b', 3],
        ],
      ),
      breakdown(
        'subcategory',
        ['harm', 10],
        [
          ['harm|a', 6],
          ['harm|b', 4],
        ],
      ),
    );
    const result = suppressState(view, 5);
    expect([...result]).toEqual([
      ['death|b', 'primary'],
      ['harm|b', 'primary'],
      ['death|a', 'secondary'],
      ['harm|a', 'secondary'],
    ]);
    expect(valuesOf(view, result, 5, 'death|b')).toEqual([1, 2, 3, 4]);
    expect(valuesOf(view, result, 5, 'harm|b')).toEqual([1, 2, 3, 4]);
  });

  it('withholds the charts when the markers alone give the counts away', () => {
    // k = 3: a total "< 3" with two parts "< 3", each at least 1, can only be 1 + 1 = 2.
    const view = together(
      breakdown(
        'outcome',
        ['n', 2],
        [
          ['death', 1],
          ['harm', 1],
          ['other', 0],
        ],
      ),
      breakdown('route', ['n', 2], [['route=a', 2]]),
    );
    const result = suppressState(view, 3);
    expect([...result.values()].every((reason) => reason === 'withheld')).toBe(true);
    expect([...result.keys()].sort()).toEqual(['death', 'harm', 'n', 'other', 'route=a']);
    expect(valuesOf(view, result, 3, 'death').length).toBeGreaterThanOrEqual(2);
  });

  it('hides more, never less, when the solver runs out of budget', () => {
    const state = breakdown(
      'force',
      ['n', 51],
      [
        ['force=A', 1],
        ['force=B', 20],
        ['force=C', 30],
      ],
    );
    expect([...suppressState(state, 5)]).toEqual([
      ['force=A', 'primary'],
      ['force=B', 'secondary'],
    ]);
    const starved = suppressState(state, 5, { workBudget: 1 });
    expect([...starved.keys()].sort()).toEqual(['force=A', 'force=B', 'force=C', 'n']);
  });

  it('withholds every chart when its work runs out', () => {
    const funnel = table('funnel', [
      [7, 1, 3, 30],
      [2, 9, 1, 11],
    ]);
    const starved = suppressState(funnel, 5, { workLimit: 1 });
    expect(starved.size).toBe(funnel.cells.length);
    expect([...starved.values()].every((reason) => reason === 'withheld')).toBe(true);
  });

  it('gives the same answer for the same input', () => {
    const funnel = table('funnel', [
      [7, 1, 3, 30],
      [2, 9, 1, 11],
      [0, 4, 16, 2],
    ]);
    expect([...suppressState(funnel, 5)]).toEqual([...suppressState(funnel, 5)]);
  });

  it.each([2, 0, 4.5])(
    'refuses a threshold of %s (a hidden count needs two possible values)',
    (k) => {
      expect(() => suppressState(breakdown('c', ['n', 1], [['a', 1]]), k)).toThrow(RangeError);
    },
  );
});
