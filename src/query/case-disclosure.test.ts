import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runToEnd } from '../data/run-steps';
import {
  caseShows,
  discloseCases,
  discloseCasesSteps,
  discloseList,
  discloseNothing,
  maxAttributes,
  type AttributeColumn,
  type CaseDisclosure,
} from './case-disclosure';

/** Columns from rows of values ('' is "not recorded"): one column per position. */
function columnsOf(rows: readonly string[][], ids: readonly string[]): AttributeColumn[] {
  return ids.map((id, a) => {
    const codes = new Map<string, number>();
    return {
      id,
      codes: rows.map((row) => {
        const value = row[a] ?? '';
        if (value === '') return -1;
        if (!codes.has(value)) codes.set(value, codes.size);
        return codes.get(value) ?? -1;
      }),
    };
  });
}

/** How many of `population` share case `i`'s values of the attributes in `mask` (brute force). */
function bruteGroup(
  columns: readonly AttributeColumn[],
  population: readonly number[],
  i: number,
  mask: number,
): number {
  return population.filter((j) =>
    columns.every((c, a) => (mask & (1 << a)) === 0 || c.codes[j] === c.codes[i]),
  ).length;
}

/** Each case's shown attributes, by dataset index, as sorted id lists. */
function shownOf(disclosure: CaseDisclosure): string[][] {
  const shows = caseShows(disclosure);
  return disclosure.cases.map((i) => [...shows(i)].sort());
}

describe('discloseCases', () => {
  it.each<{ name: string; rows: string[][]; k: number; shown?: string[][]; first?: string[] }>([
    {
      name: 'a combination shared by k cases is shown whole',
      rows: [
        ['death', 'kent'],
        ['death', 'kent'],
        ['death', 'kent'],
      ],
      k: 3,
      shown: [
        ['force', 'outcome'],
        ['force', 'outcome'],
        ['force', 'outcome'],
      ],
    },
    {
      name: 'the attribute whose removal enlarges the group most goes first',
      // Without force, case 0 shares "death" with 3; without outcome, "kent" with 2 only.
      rows: [
        ['death', 'kent'],
        ['death', 'dorset'],
        ['death', 'essex'],
        ['harm', 'kent'],
      ],
      k: 3,
      shown: [['outcome'], ['outcome'], ['outcome'], []],
    },
    {
      name: 'among equal removals, the rarer value goes first, then the later attribute',
      // Case 0: dropping the outcome or the route leaves 2 each; "death" (2 cases) is rarer
      // than "missing child" (3), so the outcome goes. Then the route or the force leaves 3;
      // both values are held by 3 cases, so the later attribute (force) goes.
      rows: [
        ['death', 'missing child', 'kent'],
        ['death', 'crime by parent', 'kent'],
        ['harm', 'crime by parent', 'essex'],
        ['harm', 'crime by parent', 'essex'],
        ['harm', 'missing child', 'kent'],
        ['harm', 'missing child', 'dorset'],
      ],
      k: 3,
      first: ['contactRoute'],
    },
    {
      name: 'not recorded is a value like any other',
      rows: [
        ['death', ''],
        ['death', ''],
        ['death', ''],
        ['death', 'kent'],
      ],
      k: 3,
      shown: [['force', 'outcome'], ['force', 'outcome'], ['force', 'outcome'], ['outcome']],
    },
    {
      name: 'with fewer than k cases nothing is shown',
      rows: [
        ['death', 'kent'],
        ['death', 'kent'],
      ],
      k: 3,
      shown: [[], []],
    },
  ])('$name', ({ rows, k, shown, first }) => {
    const names =
      rows[0]?.length === 3 ? ['outcome', 'contactRoute', 'force'] : ['outcome', 'force'];
    const disclosure = discloseCases(columnsOf(rows, names), rows.length, k);
    if (shown) expect(shownOf(disclosure)).toEqual(shown);
    if (first) expect(shownOf(disclosure)[0]).toEqual(first);
  });

  it('gives back a value lost on the way down once the others went', () => {
    // Case 0 is unique. Kent (its rarest value) goes first, then 2018 (its removal leaves
    // "death, missing child" to 2 cases), then the route and the outcome (2 each): nothing is
    // left. Given back alone, 2018 is shared by 3 cases, so it is shown after all.
    const rows = [
      ['death', 'missing child', 'kent', '2018'],
      ['harm', 'crime by parent', 'essex', '2020'],
      ['harm', 'unknown', 'essex', '2019'],
      ['death', 'missing child', 'dorset', '2019'],
      ['harm', 'crime by parent', 'dorset', '2018'],
      ['harm', 'crime by parent', 'essex', '2018'],
    ];
    const columns = columnsOf(rows, ['outcome', 'contactRoute', 'force', 'publishedYear']);
    const disclosure = discloseCases(columns, rows.length, 3);
    expect(shownOf(disclosure)[0]).toEqual(['publishedYear']);
    expect(disclosure.groupSize[0]).toBe(3);
  });

  it('refuses more attributes than a mask holds', () => {
    const columns = Array.from({ length: maxAttributes + 1 }, (_, a) => ({
      id: `a${a}`,
      codes: [0],
    }));
    expect(() => discloseCases(columns, 1, 3)).toThrow(RangeError);
  });
});

describe('discloseCasesSteps and discloseNothing', () => {
  // 10,000 cases over three attributes of 2, 7 and 50 values, some rare.
  const n = 10_000;
  const columns: AttributeColumn[] = [
    { id: 'outcome', codes: Array.from({ length: n }, (_, i) => i % 2) },
    { id: 'route', codes: Array.from({ length: n }, (_, i) => (i % 11 === 0 ? -1 : i % 7)) },
    { id: 'force', codes: Array.from({ length: n }, (_, i) => (i % 97 === 0 ? i % 50 : i % 5)) },
  ];

  it('decides in several steps exactly what discloseCases decides at once', () => {
    const steps = discloseCasesSteps(columns, n, 5);
    let count = 0;
    let next = steps.next();
    while (!next.done) {
      count += 1;
      next = steps.next();
    }
    expect(count).toBeGreaterThan(2);
    const once = discloseCases(columns, n, 5);
    expect(next.value.masks).toEqual(once.masks);
    expect(runToEnd(discloseCasesSteps(columns, n, 5)).groupSize).toEqual(once.groupSize);
    // Some cases do lose a value: the rare forces.
    expect(once.masks.some((m) => m !== 0b111)).toBe(true);
  });

  it('shows nothing of any case while the real disclosure is worked out', () => {
    const nothing = discloseNothing(columns, n, 5);
    expect(nothing.attributes).toEqual(['outcome', 'route', 'force']);
    const shows = caseShows(nothing);
    for (const i of [0, 97, n - 1]) expect(shows(i).size).toBe(0);
  });
});

describe('discloseList', () => {
  const rows = [
    ['death', 'kent'],
    ['death', 'kent'],
    ['death', 'kent'],
    ['harm', 'kent'],
    ['harm', 'kent'],
    ['harm', 'kent'],
  ];
  const columns = columnsOf(rows, ['outcome', 'force']);
  const dataset = discloseCases(columns, rows.length, 3);

  it('keeps each combination shared by k cases of the list, not only of the dataset', () => {
    // All six show both; in a list of two deaths and a harm, each keeps only what 3 share.
    const list = discloseList(dataset, columns, [0, 1, 3]);
    expect(shownOf(list)).toEqual([['force'], ['force'], ['force']]);
  });

  it('shows nothing of a list of fewer than k cases', () => {
    const list = discloseList(dataset, columns, [0, 1]);
    expect(list.tooSmall).toBe(true);
    expect(shownOf(list)).toEqual([[], []]);
  });

  it('never shows in a list what the dataset withholds, unless the whole list shares it', () => {
    const uneven = discloseCases(columns, rows.length, 4);
    // Six share "kent"; no outcome is shared by 4.
    expect(shownOf(uneven)[0]).toEqual(['force']);
    const mixed = discloseList(uneven, columns, [0, 1, 2, 3]);
    expect(shownOf(mixed)).toEqual([['force'], ['force'], ['force'], ['force']]);
  });

  it('shows what every listed case shares, such as "death" in a list of deaths', () => {
    // Case 0 alone keeps its year (2018 and death are equally common; the outcome is listed
    // later, so it goes). In the list of the three deaths, "death" is the list's own criterion.
    const years = [
      ['2018', 'death'],
      ['2019', 'death'],
      ['2019', 'death'],
      ['2018', 'harm'],
      ['2018', 'harm'],
    ];
    const yearColumns = columnsOf(years, ['publishedYear', 'outcome']);
    const all = discloseCases(yearColumns, years.length, 3);
    expect(shownOf(all)[0]).toEqual(['publishedYear']);
    const deaths = discloseList(all, yearColumns, [0, 1, 2]);
    expect(shownOf(deaths)).toEqual([['outcome'], ['outcome'], ['outcome']]);
  });
});

/** A random dataset: n cases, m attributes of small cardinality (-1 is not recorded), and k. */
const datasets = fc
  .record({
    n: fc.integer({ min: 0, max: 40 }),
    m: fc.integer({ min: 1, max: 6 }),
    k: fc.integer({ min: 3, max: 7 }),
    seed: fc.infiniteStream(fc.integer({ min: -1, max: 4 })),
  })
  .map(({ n, m, k, seed }) => {
    const values = seed.take(n * m + 1)[Symbol.iterator]();
    const columns = Array.from({ length: m }, (_, a) => ({
      id: `a${a}`,
      codes: Array.from({ length: n }, () => 0 as number),
    }));
    for (let i = 0; i < n; i += 1)
      for (const column of columns) column.codes[i] = values.next().value ?? -1;
    return { n, k, columns };
  });

/** The properties every disclosure of a population must hold. */
function holds(
  disclosure: CaseDisclosure,
  columns: readonly AttributeColumn[],
  start: (position: number) => number,
): void {
  const population = disclosure.cases;
  population.forEach((i, at) => {
    const mask = disclosure.masks[at] ?? 0;
    const group = bruteGroup(columns, population, i, mask);
    // Shown: a subset of what it started from.
    expect(mask & ~start(at)).toBe(0);
    if (population.length < disclosure.k) {
      expect(mask).toBe(0);
      return;
    }
    // Every combination shown is shared by at least k cases, and the group size is right.
    expect(group).toBeGreaterThanOrEqual(disclosure.k);
    expect(disclosure.groupSize[at]).toBe(group);
    // Nothing withheld could come back alone without breaking the rule.
    for (let a = 0; a < columns.length; a += 1) {
      const bit = 1 << a;
      if ((start(at) & bit) === 0 || (mask & bit) !== 0) continue;
      expect(bruteGroup(columns, population, i, mask | bit)).toBeLessThan(disclosure.k);
    }
  });
}

describe('disclosure properties', () => {
  it('shows, for random datasets, only combinations shared by at least k cases', () => {
    fc.assert(
      fc.property(datasets, ({ n, k, columns }) => {
        const disclosure = discloseCases(columns, n, k);
        holds(disclosure, columns, () => 2 ** columns.length - 1);
      }),
      { numRuns: 300 },
    );
  });

  it('decides the same whatever the codes are (large, negative or not whole: read through a map)', () => {
    fc.assert(
      fc.property(datasets, ({ n, k, columns }) => {
        const relabelled = columns.map((c) => ({
          id: c.id,
          codes: Array.from(c.codes, (code) => (code === -1 ? -7.5 : 100_000 + code * 3)),
        }));
        const plain = discloseCases(columns, n, k);
        const mapped = discloseCases(relabelled, n, k);
        expect(mapped.masks).toEqual(plain.masks);
        expect(mapped.groupSize).toEqual(plain.groupSize);
      }),
      { numRuns: 100 },
    );
  });

  it('shows, in any list, only combinations shared by k of the list, shown on their own or by all', () => {
    fc.assert(
      fc.property(datasets, fc.infiniteStream(fc.boolean()), ({ n, k, columns }, picks) => {
        const dataset = discloseCases(columns, n, k);
        const chosen = picks.take(n)[Symbol.iterator]();
        const members = Array.from({ length: n }, (_, i) => i).filter(
          () => chosen.next().value === true,
        );
        const list = discloseList(dataset, columns, members);
        // A value every member of the list has is what the list's count says already: it may
        // show though the dataset-wide disclosure withholds it.
        let byAll = 0;
        columns.forEach(({ codes }, a) => {
          if (members.every((m) => codes[m] === codes[members[0] ?? 0])) byAll |= 1 << a;
        });
        holds(list, columns, (at) => (dataset.masks[members[at] ?? 0] ?? 0) | byAll);
      }),
      { numRuns: 300 },
    );
  });

  it('lets a list show a value all its members share (seed 1251401288 once found it)', () => {
    const columns = [
      { id: 'a0', codes: [4, 1, 3, 1, 0, 4] },
      { id: 'a1', codes: [2, 4, 1, 2, 4, 4] },
      { id: 'a2', codes: [1, 1, 0, -1, 4, 1] },
    ];
    const dataset = discloseCases(columns, 6, 3);
    // Dataset-wide, a2 = 1 is shared by three cases, but not alongside anything else.
    const list = discloseList(dataset, columns, [0, 1, 5]);
    expect(Array.from(list.masks)).toEqual([0b100, 0b100, 0b100]);
    expect(Array.from(list.groupSize)).toEqual([3, 3, 3]);
  });
});
