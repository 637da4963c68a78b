import { auditDisclosure, possibleValues } from './audit';
import { disclose } from './disclose';
import type { DisclosureState } from './disclosure-types';
import { breakdown, filterLinks, filteredView } from './generated-views';
import { distinctEquations, suppressState } from './suppress-state';

/** The 11 cases of the example, by force: 10 in the 7 forces ticked, 1 in the eighth. */
const forceCounts = [4, 2, 1, 1, 1, 0, 1, 1];
const forceChart = breakdown(
  'force',
  ['n', 11],
  forceCounts.map((v, i) => [`force=${i}`, v] as const),
);
/** Forces 0–6 ticked: "Showing 10 of 11", and the force chart (its own filter aside) shows all 8. */
const sevenOfEight: DisclosureState = {
  cells: [
    { quantity: 'selected', value: 10, role: 'total', chart: 'headline' },
    { quantity: 'n', value: 11, role: 'total', chart: 'headline' },
    ...forceChart.cells,
  ],
  equations: [
    ...forceChart.equations,
    { total: 'selected', parts: forceCounts.slice(0, 7).map((_, i) => `force=${i}`) },
  ],
};
/** No force ticked: "Showing 11 of 11". */
const unfiltered: DisclosureState = {
  cells: [{ quantity: 'n', value: 11, role: 'total', chart: 'headline' }, ...forceChart.cells],
  equations: forceChart.equations,
};

describe('disclose', () => {
  it('with no neighbour, hides what suppressState hides', () => {
    expect(disclose({ current: sevenOfEight, neighbours: [], k: 5 })).toEqual(
      suppressState(sevenOfEight, 5),
    );
  });

  it('"Showing 10 of 11" after ticking 7 of 8 forces no longer gives the eighth as 1', () => {
    const hidden = disclose({ current: sevenOfEight, neighbours: [unfiltered], k: 5 });
    expect([...hidden]).toEqual([
      ...[0, 1, 2, 3, 4, 6, 7].map((i) => [`force=${i}`, 'primary']),
      ['n', 'secondary'],
      ['selected', 'secondary'],
    ]);
    const screens = [
      { cells: sevenOfEight.cells, hidden },
      { cells: unfiltered.cells, hidden: suppressState(unfiltered, 5) },
    ];
    const equations = distinctEquations([sevenOfEight.equations, unfiltered.equations]);
    expect(auditDisclosure(screens, equations, 5)).toEqual([]);
    expect(possibleValues(screens, equations, 5, 'force=7').values).toEqual([1, 2, 3, 4]);
  });

  it('stops two filter states differencing to a count under k that neither shows', () => {
    // Rows: Kent, other forces; columns: death, harm. Unfiltered, harm is 7; under Kent, 6:
    // one harm case outside Kent, unless the Kent screen hides its harm count.
    const joint = [
      [25, 6],
      [14, 1],
    ];
    const kent = filteredView(joint, [0]);
    const all = filteredView(joint, [0, 1]);
    const links = filterLinks(joint, [0]);
    expect(suppressState(kent, 5).size).toBe(0);
    const hidden = disclose({ current: kent, neighbours: [all], k: 5, links });
    expect([...hidden]).toEqual([
      ['y=1|0', 'secondary'],
      ['y=0|0', 'secondary'],
    ]);
    const screens = [
      { cells: kent.cells, hidden },
      { cells: all.cells, hidden: suppressState(all, 5) },
    ];
    const equations = distinctEquations([kent.equations, all.equations, links]);
    expect(auditDisclosure(screens, equations, 5)).toEqual([]);
    expect(possibleValues(screens, equations, 5, 'y=1|rest|0').values).toEqual([0, 1, 2]);
  });

  it('withholds every chart when its work runs out, whatever was computed before', () => {
    const starved = { workLimit: 10 };
    const hidden = disclose({ current: sevenOfEight, neighbours: [unfiltered], k: 5 }, starved);
    expect([...hidden.keys()].sort()).toEqual(
      [...new Set(sevenOfEight.cells.map((c) => c.quantity))].sort(),
    );
    expect([...hidden.values()].every((reason) => reason === 'withheld')).toBe(true);
    // The neighbour's own suppression is now remembered; the answer is the same.
    expect(disclose({ current: sevenOfEight, neighbours: [unfiltered], k: 5 }, starved)).toEqual(
      hidden,
    );
  });

  it('gives the same answer whether the neighbours were suppressed before or not', () => {
    const copy = (s: DisclosureState): DisclosureState => ({ ...s, cells: [...s.cells] });
    const request = () => ({ current: copy(sevenOfEight), neighbours: [copy(unfiltered)], k: 5 });
    const warm = request();
    suppressState(warm.neighbours[0] as DisclosureState, 5);
    for (const workLimit of [10, 2_000, 300_000])
      expect(disclose(warm, { workLimit })).toEqual(disclose(request(), { workLimit }));
  });

  it('refuses a threshold under 3', () => {
    expect(() => disclose({ current: sevenOfEight, neighbours: [unfiltered], k: 2 })).toThrow(
      RangeError,
    );
  });
});
