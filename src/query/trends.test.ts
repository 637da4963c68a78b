import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseRecord, Dataset } from '../data/types';
import { buildDatasetIndex } from './dataset-index';
import type { FilterState } from './selection';
import {
  casesBehindTrend,
  casesByPeriod,
  comparePeriodCounts,
  periodsInOrder,
  periodsWithCases,
  trendsByPeriod,
} from './trends';

// Listed out of time order on purpose; `timeOrder` is the order they must come out in.
const periodLabels = ['2020-Q1', '2019-Q3', '2019-11', '2018', '2019-Q2'];
const timeOrder = ['2018', '2019-Q2', '2019-Q3', '2019-11', '2020-Q1'];

function dataset(cases: Array<Partial<CaseRecord> & { id: string }>): Dataset {
  const periods = [...new Set(cases.flatMap((c) => (c.period ? [c.period] : [])))];
  return {
    meta: { title: 't', source: 's', periods, notes: '' },
    codebook: {
      outcomes: [
        { id: 'death', label: 'Death', subcategories: [] },
        { id: 'harm', label: 'Significant harm', subcategories: [] },
      ],
      contactRoutes: [],
      themes: [
        { id: 'info', label: 'Information sharing' },
        { id: 'risk', label: 'Risk assessment' },
        { id: 'unused', label: 'Never coded' },
      ],
      barriers: [],
      // Codebook order is deliberately not time order.
      fields: [
        {
          field: 'period',
          label: 'Period',
          categories: periods.map((id) => ({ id, label: id })),
        },
      ],
      derived: false,
    },
    cases: cases.map((c) => ({ title: c.id, themes: [], attributes: [], inferred: [], ...c })),
    learning: [],
    published: [],
    screening: [],
  };
}

const filters = (entries: Array<[string, string[]]>, themeMatch: 'any' | 'all' = 'any') =>
  ({ values: new Map(entries), themeMatch }) satisfies FilterState;

const sample = dataset([
  { id: 'a', period: '2019-Q3', outcome: 'death', themes: ['info'] },
  { id: 'b', period: '2019-Q3', outcome: 'harm', themes: ['info', 'risk'] },
  { id: 'c', period: '2019-Q3', outcome: 'death' },
  { id: 'd', period: '2020-Q1', outcome: 'harm', themes: ['risk'] },
  { id: 'e', period: '2019-Q2', outcome: 'death', themes: ['info'] },
  { id: 'f', outcome: 'harm' },
]);
const index = buildDatasetIndex(sample);

describe('periodsInOrder', () => {
  it('orders periods in time, not codebook, order', () => {
    expect(periodsInOrder(index).map((p) => p.label)).toEqual(['2019-Q2', '2019-Q3', '2020-Q1']);
    expect(periodsWithCases(index)).toBe(3);
  });
});

describe('casesByPeriod', () => {
  it('counts every selected case per period, percent of all selected cases', () => {
    expect(casesByPeriod(index, filters([]))).toEqual({
      periods: [
        { id: '2019-Q2', label: '2019-Q2', count: 1, percent: 17, selected: false },
        { id: '2019-Q3', label: '2019-Q3', count: 3, percent: 50, selected: false },
        { id: '2020-Q1', label: '2020-Q1', count: 1, percent: 17, selected: false },
      ],
      notRecorded: 1,
      total: 6,
    });
  });

  it('ignores its own filter (and marks the chosen period) but applies the others', () => {
    const result = casesByPeriod(
      index,
      filters([
        ['period', ['2019-Q3']],
        ['outcome', ['death']],
      ]),
    );
    expect(result.total).toBe(3);
    expect(result.periods.map((p) => [p.label, p.count, p.percent, p.selected])).toEqual([
      ['2019-Q2', 1, 33, false],
      ['2019-Q3', 2, 67, true],
      ['2020-Q1', 0, 0, false],
    ]);
  });
});

describe('trendsByPeriod', () => {
  it('gives counts and shares per period, leaving out categories no case holds', () => {
    const trends = trendsByPeriod(index, filters([]), 'themes');
    expect(trends?.multi).toBe(true);
    expect(trends?.periods.map((p) => [p.label, p.total, p.notRecorded])).toEqual([
      ['2019-Q2', 1, 0],
      ['2019-Q3', 3, 1],
      ['2020-Q1', 1, 0],
    ]);
    expect(trends?.series.map((s) => [s.label, s.cells.map((c) => [c.count, c.percent])])).toEqual([
      [
        'Information sharing',
        [
          [1, 100],
          [2, 67],
          [0, 0],
        ],
      ],
      [
        'Risk assessment',
        [
          [0, 0],
          [1, 33],
          [1, 100],
        ],
      ],
    ]);
  });

  it('ignores the filters on its own dimension and on period', () => {
    const trends = trendsByPeriod(
      index,
      filters([
        ['outcome', ['death']],
        ['period', ['2019-Q2']],
        ['themes', ['risk']],
      ]),
      'outcome',
    );
    expect(trends?.series.map((s) => [s.id, s.cells.map((c) => c.count)])).toEqual([
      ['death', [0, 0, 0]],
      ['harm', [0, 1, 1]],
    ]);
  });

  it('is undefined for a dimension the index lacks', () => {
    expect(trendsByPeriod(index, filters([]), 'nowhere')).toBeUndefined();
  });
});

describe('comparePeriodCounts', () => {
  it('compares counts, percents and percentage points, with denominators and small-period flags', () => {
    const comparison = comparePeriodCounts(index, filters([]), 'outcome', '2019-Q2', '2019-Q3');
    expect(comparison?.from).toEqual({
      id: '2019-Q2',
      label: '2019-Q2',
      total: 1,
      smallPeriod: true,
    });
    expect(comparison?.to.total).toBe(3);
    const death = comparison?.rows.find((r) => r.id === 'death');
    expect(death).toMatchObject({ fromCount: 1, toCount: 2, fromPercent: 100, toPercent: 67 });
    expect(death?.change).toBeCloseTo(-33.333, 2);
    expect(comparison?.rows.find((r) => r.id === 'harm')?.change).toBeCloseTo(33.333, 2);
  });

  it('has no change for an empty period and no comparison for an unknown one', () => {
    const comparison = comparePeriodCounts(
      index,
      filters([['themes', ['risk']]]),
      'outcome',
      '2019-Q2',
      '2020-Q1',
    );
    expect(comparison?.from.total).toBe(0);
    expect(comparison?.rows.every((r) => r.change === null)).toBe(true);
    expect(comparePeriodCounts(index, filters([]), 'outcome', 'x', '2019-Q2')).toBeUndefined();
  });
});

describe('casesBehindTrend', () => {
  it("lists the cases of a category in a period under the breakdown's filters", () => {
    const ids = (indices: number[]) => indices.map((i) => sample.cases[i]?.id);
    const none = filters([]);
    expect(ids(casesBehindTrend(index, none, 'outcome', 'death', '2019-Q3'))).toEqual(['a', 'c']);
    const f = filters([
      ['themes', ['info']],
      ['outcome', ['harm']],
    ]);
    expect(ids(casesBehindTrend(index, f, 'outcome', 'death', '2019-Q3'))).toEqual(['a']);
    expect(casesBehindTrend(index, none, 'outcome', 'nope', '2019-Q3')).toEqual([]);
  });
});

describe('trends agree with a naive recount of the case rows', () => {
  const caseArb = fc.record({
    period: fc.option(fc.constantFrom(...periodLabels), { nil: undefined }),
    outcome: fc.option(fc.constantFrom('death', 'harm'), { nil: undefined }),
    themes: fc.subarray(['info', 'risk']),
  });
  const filterArb = fc.record({
    outcome: fc.subarray(['death', 'harm']),
    themes: fc.subarray(['info', 'risk']),
    period: fc.subarray(periodLabels),
    themeMatch: fc.constantFrom('any' as const, 'all' as const),
  });

  it('for every dimension, period and filter', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 70 }), filterArb, (rows, f) => {
        const data = dataset(rows.map((r, i) => ({ id: `c${i}`, ...r })));
        const idx = buildDatasetIndex(data);
        const state = filters(
          [
            ['outcome', f.outcome],
            ['themes', f.themes],
            ['period', f.period],
          ],
          f.themeMatch,
        );
        const passes = (c: CaseRecord, skip: string[]) =>
          (skip.includes('outcome') ||
            f.outcome.length === 0 ||
            (c.outcome !== undefined && f.outcome.includes(c.outcome))) &&
          (skip.includes('period') ||
            f.period.length === 0 ||
            (c.period !== undefined && f.period.includes(c.period))) &&
          (skip.includes('themes') ||
            f.themes.length === 0 ||
            (f.themeMatch === 'any'
              ? f.themes.some((t) => c.themes.includes(t))
              : f.themes.every((t) => c.themes.includes(t))));

        const byPeriod = casesByPeriod(idx, state);
        const selected = data.cases.filter((c) => passes(c, ['period']));
        expect(byPeriod.total).toBe(selected.length);
        for (const p of byPeriod.periods)
          expect(p.count).toBe(selected.filter((c) => c.period === p.id).length);
        const labels = byPeriod.periods.map((p) => p.label);
        expect(labels).toEqual(timeOrder.filter((l) => labels.includes(l)));

        for (const dim of ['outcome', 'themes'] as const) {
          const trends = trendsByPeriod(idx, state, dim);
          const inDim = data.cases.filter((c) => passes(c, [dim, 'period']));
          trends?.periods.forEach((p, i) => {
            const inPeriod = inDim.filter((c) => c.period === p.id);
            expect(p.total).toBe(inPeriod.length);
            for (const s of trends.series) {
              const naive = inPeriod.filter((c) =>
                dim === 'outcome' ? c.outcome === s.id : c.themes.includes(s.id),
              ).length;
              expect(s.cells[i]?.count).toBe(naive);
            }
          });
        }
      }),
      { numRuns: 150 },
    );
  });
});
