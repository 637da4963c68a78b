import { auditDisclosure, possibleValues, type DisclosureDisplay } from './audit';
import type { DisclosureResult, DisclosureState, HiddenReason } from './disclosure-types';
import { breakdown, table, together } from './generated-views';
import { suppressState } from './suppress-state';

/** Presenter-safe as it was: counts 1 … k − 1 read "< k", nothing else hidden. */
function primaryOnly(state: DisclosureState, k: number): DisclosureResult {
  return new Map<string, HiddenReason>(
    state.cells.filter((c) => c.value > 0 && c.value < k).map((c) => [c.quantity, 'primary']),
  );
}

const screen = (state: DisclosureState, hidden: DisclosureResult): DisclosureDisplay => ({
  cells: state.cells,
  hidden,
});

const reproductions = [
  {
    name: 'a breakdown of 10 and 1 beside its total 11',
    state: breakdown(
      'force',
      ['n', 11],
      [
        ['force=A', 10],
        ['force=B', 1],
      ],
    ),
    leaked: 'force=B',
    value: 1,
  },
  {
    name: 'Cases 11 and Deaths 9 give Significant harm 2',
    state: breakdown(
      'outcome',
      ['cases', 11],
      [
        ['death', 9],
        ['harm', 2],
      ],
    ),
    leaked: 'harm',
    value: 2,
  },
  {
    name: '"NSPCC (< 5)" beside 36 and 34 in the screening funnel',
    state: table('funnel', [
      [20, 2, 14],
      [12, 1, 9],
    ]),
    leaked: 'funnel|r0|c1',
    value: 2,
  },
];

describe('auditDisclosure', () => {
  it.each(reproductions)('finds the issue’s leak: $name', ({ state, leaked, value }) => {
    const findings = auditDisclosure([screen(state, primaryOnly(state, 5))], state.equations, 5);
    expect(findings).toContainEqual({
      quantity: leaked,
      values: [value],
      small: true,
      onScreen: true,
      exhausted: false,
    });
  });

  it.each(reproductions)('finds nothing once suppressState has run: $name', ({ state }) => {
    expect(auditDisclosure([screen(state, suppressState(state, 5))], state.equations, 5)).toEqual(
      [],
    );
  });

  it('reads a secondary marker as "k or more", so hiding the 5 beside a 1 is not enough', () => {
    const state = breakdown(
      'route',
      ['n', 6],
      [
        ['a', 1],
        ['b', 5],
      ],
    );
    const hidden = new Map<string, HiddenReason>([
      ['a', 'primary'],
      ['b', 'secondary'],
    ]);
    expect(auditDisclosure([screen(state, hidden)], state.equations, 5)).toEqual([
      { quantity: 'a', values: [1], small: true, onScreen: true, exhausted: false },
      { quantity: 'b', values: [5], small: false, onScreen: true, exhausted: false },
    ]);
  });

  it('reads a withheld cell as anything from 0 up', () => {
    const state = together(
      breakdown(
        'outcome',
        ['n', 2],
        [
          ['death', 1],
          ['harm', 1],
        ],
      ),
    );
    const withheld = new Map<string, HiddenReason>(
      state.cells.map((c) => [c.quantity, 'withheld']),
    );
    expect(possibleValues([screen(state, withheld)], state.equations, 3, 'death')).toEqual({
      values: [0, 1, 2],
      complete: false,
    });
  });

  it('reports a question the solver could not finish as a finding', () => {
    const state = breakdown(
      'force',
      ['n', 51],
      [
        ['a', 1],
        ['b', 20],
        ['c', 30],
      ],
    );
    const findings = auditDisclosure(
      [screen(state, suppressState(state, 5))],
      state.equations,
      5,
      1,
    );
    expect(findings.map((f) => [f.quantity, f.exhausted])).toEqual([
      ['a', true],
      ['b', true],
    ]);
  });
});
