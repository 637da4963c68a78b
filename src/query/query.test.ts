import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseRecord, Dataset } from '../data/types';
import { countDimension, headlineFigures } from './aggregate';
import { casesBehind } from './cases-behind';
import { bitsToIndices, countBits, fullBitset } from './bitset';
import { buildDatasetIndex } from './dataset-index';
import { selectCases, sanitiseFilters, type FilterState } from './selection';

function dataset(cases: Array<Partial<CaseRecord> & { id: string }>): Dataset {
  const full = cases.map((c) => ({ title: c.id, themes: [], attributes: [], inferred: [], ...c }));
  return {
    meta: { title: 't', source: 's', periods: [], notes: '' },
    codebook: {
      outcomes: [
        { id: 'death', label: 'Death', subcategories: [{ id: 'suicide', label: 'Suicide' }] },
        {
          id: 'significant-harm',
          label: 'Significant harm',
          subcategories: [{ id: 'neglect', label: 'Neglect' }],
        },
      ],
      contactRoutes: [
        { id: 'missing-child', label: 'Missing child' },
        { id: 'unknown', label: 'Unknown' },
      ],
      themes: [
        { id: 'info', label: 'Information sharing' },
        { id: 'risk', label: 'Risk assessment' },
      ],
      barriers: [],
      fields: [],
      derived: false,
    },
    cases: full,
    learning: [],
    published: [],
    screening: [],
  };
}

const sample = dataset([
  {
    id: 'a',
    outcome: 'death',
    outcomeSubcategory: 'suicide',
    contactRoute: 'missing-child',
    force: 'kent',
    region: 'se',
    themes: ['info'],
  },
  {
    id: 'b',
    outcome: 'death',
    contactRoute: 'unknown',
    force: 'kent',
    region: 'se',
    themes: ['info', 'risk'],
    inferred: ['contactRoute'],
  },
  {
    id: 'c',
    outcome: 'significant-harm',
    outcomeSubcategory: 'neglect',
    force: 'dorset',
    region: 'sw',
    themes: [],
  },
  {
    id: '__proto__',
    outcome: 'significant-harm',
    contactRoute: 'missing-child',
    force: 'constructor',
    region: 'sw',
    themes: ['risk'],
  },
]);

const filters = (
  entries: Array<[string, string[]]>,
  themeMatch: 'any' | 'all' = 'any',
): FilterState => ({
  values: new Map(entries),
  themeMatch,
});

describe('selection and counts', () => {
  const index = buildDatasetIndex(sample);

  it('counts each dimension in codebook order, with not-recorded and inferred', () => {
    const counts = countDimension(index.dimensions.get('contactRoute')!, fullBitset(index.size));
    expect(counts.categories.map((c) => [c.id, c.count, c.inferred])).toEqual([
      ['missing-child', 2, 0],
      ['unknown', 1, 1],
    ]);
    expect(counts.notRecorded).toBe(1);
    expect(counts.total).toBe(4);
  });

  it('treats __proto__ and constructor as ordinary values', () => {
    const counts = countDimension(index.dimensions.get('force')!, fullBitset(index.size));
    expect(counts.categories.map((c) => [c.id, c.count])).toEqual([
      ['kent', 2],
      ['dorset', 1],
      ['constructor', 1],
    ]);
    expect(index.caseIndex.get('__proto__')).toBe(3);
  });

  it.each([
    [[['outcome', ['death']]], 'any', ['a', 'b']],
    [[['outcome', ['death', 'significant-harm']]], 'any', ['a', 'b', 'c', '__proto__']],
    [
      [
        ['outcome', ['death']],
        ['contactRoute', ['missing-child']],
      ],
      'any',
      ['a'],
    ],
    [[['themes', ['info', 'risk']]], 'any', ['a', 'b', '__proto__']],
    [[['themes', ['info', 'risk']]], 'all', ['b']],
    [[['force', ['nowhere']]], 'any', []],
  ] as const)('filters %j (%s) select %j', (entries, match, ids) => {
    const selection = selectCases(
      index,
      filters(
        entries.map(([d, v]) => [d, [...v]]),
        match,
      ),
    );
    expect(bitsToIndices(selection).map((i) => sample.cases[i]?.id)).toEqual(ids);
  });

  it('leaves out the chart’s own dimension (crossfilter)', () => {
    const state = filters([
      ['outcome', ['death']],
      ['contactRoute', ['missing-child']],
    ]);
    expect(countBits(selectCases(index, state, 'outcome'))).toBe(2);
    expect(countBits(selectCases(index, state, 'contactRoute'))).toBe(2);
  });

  it('gives the headline figures', () => {
    expect(headlineFigures(index, fullBitset(index.size))).toEqual({
      cases: 4,
      deaths: 2,
      significantHarm: 2,
      forces: 3,
      regions: 2,
    });
    const deaths = selectCases(index, filters([['outcome', ['death']]]));
    expect(headlineFigures(index, deaths)).toEqual({
      cases: 2,
      deaths: 2,
      significantHarm: 0,
      forces: 1,
      regions: 1,
    });
  });

  it('drops unknown dimensions and values from filters, naming them', () => {
    const { filters: clean, dropped } = sanitiseFilters(
      index,
      filters([
        ['outcome', ['death', 'bogus']],
        ['colour', ['red']],
      ]),
    );
    expect([...clean.values]).toEqual([['outcome', ['death']]]);
    expect(dropped).toEqual([{ dimension: 'outcome', value: 'bogus' }, { dimension: 'colour' }]);
  });
});

describe('counts equal a naive recount for random data and filters', () => {
  const caseArb = fc.record({
    outcome: fc.constantFrom(undefined, 'death', 'significant-harm'),
    contactRoute: fc.constantFrom(undefined, 'missing-child', 'unknown', 'other'),
    force: fc.constantFrom(undefined, 'f1', 'f2', '__proto__'),
    themes: fc.uniqueArray(fc.constantFrom('info', 'risk', 'x'), { maxLength: 3 }),
  });
  const filterArb = fc.record({
    outcome: fc.subarray(['death', 'significant-harm']),
    contactRoute: fc.subarray(['missing-child', 'unknown', 'other']),
    force: fc.subarray(['f1', 'f2', '__proto__']),
    themes: fc.subarray(['info', 'risk', 'x']),
    match: fc.constantFrom<'any' | 'all'>('any', 'all'),
  });

  it('for every dimension, under every filter but its own', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 80 }), filterArb, (rows, f) => {
        const data = dataset(
          rows.map((r, i) => {
            const c: Partial<CaseRecord> & { id: string } = { id: `c${i}`, themes: r.themes };
            if (r.outcome) c.outcome = r.outcome;
            if (r.contactRoute) c.contactRoute = r.contactRoute;
            if (r.force) c.force = r.force;
            return c;
          }),
        );
        const index = buildDatasetIndex(data);
        const state = filters(
          (['outcome', 'contactRoute', 'force', 'themes'] as const).map((d) => [d, [...f[d]]]),
          f.match,
        );
        const passes = (c: CaseRecord, except: string) =>
          (['outcome', 'contactRoute', 'force', 'themes'] as const).every((d) => {
            const chosen = f[d];
            if (d === except || chosen.length === 0) return true;
            if (d === 'themes')
              return f.match === 'all'
                ? chosen.every((t) => c.themes.includes(t))
                : chosen.some((t) => c.themes.includes(t));
            return chosen.includes(c[d] as string);
          });
        for (const d of ['outcome', 'contactRoute', 'force', 'themes'] as const) {
          const counts = countDimension(index.dimensions.get(d)!, selectCases(index, state, d));
          for (const category of counts.categories) {
            const naive = data.cases.filter(
              (c) =>
                passes(c, d) &&
                (d === 'themes' ? c.themes.includes(category.id) : c[d] === category.id),
            ).length;
            expect(category.count).toBe(naive);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('every Overview chart, headline figure and case list equals a naive recount', () => {
  const single = [
    'outcome',
    'outcomeSubcategory',
    'contactRoute',
    'force',
    'region',
    'publishedYear',
  ] as const;
  const values: Record<(typeof single)[number], string[]> = {
    outcome: ['death', 'significant-harm'],
    outcomeSubcategory: ['suicide', 'neglect', 'extra'],
    contactRoute: ['missing-child', 'unknown'],
    force: ['f1', 'constructor'],
    region: ['r1', '__proto__'],
    publishedYear: ['2018', '2019'],
  };
  const valueOf = (c: CaseRecord, d: (typeof single)[number]) =>
    d === 'publishedYear'
      ? c.publishedYear === undefined
        ? undefined
        : String(c.publishedYear)
      : c[d];
  const caseArb = fc.record({
    ...Object.fromEntries(single.map((d) => [d, fc.constantFrom(undefined, ...values[d])])),
    themes: fc.uniqueArray(fc.constantFrom('info', 'risk'), { maxLength: 2 }),
  }) as fc.Arbitrary<Record<(typeof single)[number], string | undefined> & { themes: string[] }>;
  const filterArb = fc.record(
    Object.fromEntries([
      ...single.map((d) => [d, fc.subarray(values[d])]),
      ['themes', fc.subarray(['info', 'risk'])],
    ]),
  ) as fc.Arbitrary<Record<(typeof single)[number] | 'themes', string[]>>;

  it('for random cases and filters', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 60 }), filterArb, (rows, f) => {
        const data = dataset(
          rows.map((r, i) => {
            const c: Partial<CaseRecord> & { id: string } = { id: `c${i}`, themes: r.themes };
            for (const d of single) {
              const v = r[d];
              if (v === undefined) continue;
              if (d === 'publishedYear') c.publishedYear = Number(v);
              else c[d] = v;
            }
            return c;
          }),
        );
        const index = buildDatasetIndex(data);
        const state = filters(Object.entries(f).map(([d, v]) => [d, [...v]]));
        const passes = (c: CaseRecord, except?: string) =>
          single.every(
            (d) => d === except || f[d].length === 0 || f[d].includes(valueOf(c, d) ?? '\u0000'),
          ) &&
          (except === 'themes' ||
            f.themes.length === 0 ||
            f.themes.some((t) => c.themes.includes(t)));
        const ids = (indices: number[]) => indices.map((i) => data.cases[i]?.id);
        for (const d of single) {
          const counts = countDimension(index.dimensions.get(d)!, selectCases(index, state, d));
          const inChart = data.cases.filter((c) => passes(c, d));
          expect(counts.total).toBe(inChart.length);
          expect(counts.notRecorded).toBe(
            inChart.filter((c) => valueOf(c, d) === undefined).length,
          );
          for (const category of counts.categories) {
            const naive = inChart.filter((c) => valueOf(c, d) === category.id).map((c) => c.id);
            expect(category.count).toBe(naive.length);
            expect(
              ids(
                casesBehind(index, state, { except: d, dimension: d, categories: [category.id] }),
              ),
            ).toEqual(naive);
          }
          expect(
            ids(casesBehind(index, state, { except: d, dimension: d, categories: [] })),
          ).toEqual(inChart.filter((c) => valueOf(c, d) === undefined).map((c) => c.id));
        }
        const selected = data.cases.filter((c) => passes(c));
        const distinct = (d: 'force' | 'region') =>
          new Set(selected.map((c) => c[d]).filter((v) => v !== undefined)).size;
        expect(headlineFigures(index, selectCases(index, state))).toEqual({
          cases: selected.length,
          deaths: selected.filter((c) => c.outcome === 'death').length,
          significantHarm: selected.filter((c) => c.outcome === 'significant-harm').length,
          forces: distinct('force'),
          regions: distinct('region'),
        });
        expect(ids(casesBehind(index, state, { dimension: '', categories: [] }))).toEqual(
          selected.map((c) => c.id),
        );
      }),
      { numRuns: 150 },
    );
  });
});
