import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseRecord, Dataset } from '../data/types';
import { buildDatasetIndex } from './dataset-index';
import type { FilterState } from './selection';
import type { ChartModel } from './model/chart-model';
import { periodChanges } from './model/period-changes';
import { periodBreakdownModel, periodComparisonModel } from './model/trends-models';
import { casesBehindTrend, casesByPeriod, periodsInOrder, periodsWithCases } from './trends';

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

const names = { title: 'By period', column: 'Category', noun: 'categories' };

/** A breakdown model's rows as [series, period, count, share text, base]. */
function breakdownRows(
  model: ChartModel,
): Array<[string, string, number | null, string, number | null]> {
  return model.rows.map((r) => [
    r.series?.label ?? '',
    r.column?.label ?? '',
    r.count.value,
    r.share.text,
    r.base.value,
  ]);
}

describe('periodBreakdownModel', () => {
  it('gives counts and shares per period, leaving out categories no case holds', () => {
    const model = periodBreakdownModel(
      { index, dataset: sample, filters: filters([]) },
      'themes',
      names,
    );
    expect(model.overlapping).toBe(true);
    expect(breakdownRows(model)).toEqual([
      ['Information sharing', '2019-Q2', 1, '100%', 1],
      ['Information sharing', '2019-Q3', 2, '67%', 3],
      ['Information sharing', '2020-Q1', 0, '0%', 1],
      ['Risk assessment', '2019-Q2', 0, '0%', 1],
      ['Risk assessment', '2019-Q3', 1, '33%', 3],
      ['Risk assessment', '2020-Q1', 1, '100%', 1],
    ]);
  });

  it('ignores the filters on its own dimension and on period', () => {
    const model = periodBreakdownModel(
      {
        index,
        dataset: sample,
        filters: filters([
          ['outcome', ['death']],
          ['period', ['2019-Q2']],
          ['themes', ['risk']],
        ]),
      },
      'outcome',
      names,
    );
    expect(model.rows.map((r) => [r.categoryId, r.column?.id, r.count.value])).toEqual([
      ['death', '2019-Q2', 0],
      ['death', '2019-Q3', 0],
      ['death', '2020-Q1', 0],
      ['harm', '2019-Q2', 0],
      ['harm', '2019-Q3', 1],
      ['harm', '2020-Q1', 1],
    ]);
  });

  it('is absent for a dimension the index lacks', () => {
    const model = periodBreakdownModel(
      { index, dataset: sample, filters: filters([]) },
      'nowhere',
      names,
    );
    expect(model.absent).toBe(true);
    expect(model.rows).toEqual([]);
  });
});

describe('periodComparisonModel and periodChanges', () => {
  it('compares counts, shares and percentage points, with their bases and intervals', () => {
    const breakdown = periodBreakdownModel(
      { index, dataset: sample, filters: filters([]) },
      'outcome',
      names,
    );
    const model = periodComparisonModel(breakdown, 'Outcome', '2019-Q2', '2019-Q3');
    if (!model) throw new Error('expected a comparison');
    const death = periodChanges(model).find((c) => c.categoryId === 'death');
    expect([death?.from.count.value, death?.from.base.value, death?.from.share.text]).toEqual([
      1,
      1,
      '100%',
    ]);
    expect([death?.to.count.value, death?.to.base.value, death?.to.share.text]).toEqual([
      2,
      3,
      '66.7%',
    ]);
    expect(death?.change.value).toBeCloseTo(-1 / 3, 6);
    expect(death?.change.text).toBe('−33.3 pp');
    expect(death).toMatchObject({ reading: 'no clear change', small: true });
    expect(periodChanges(model).find((c) => c.categoryId === 'harm')?.change.value).toBeCloseTo(
      1 / 3,
      6,
    );
  });

  it('has no change for an empty period and no comparison for an unknown one', () => {
    const context = { index, dataset: sample, filters: filters([['themes', ['risk']]]) };
    const breakdown = periodBreakdownModel(context, 'outcome', names);
    const model = periodComparisonModel(breakdown, 'Outcome', '2019-Q2', '2020-Q1');
    if (!model) throw new Error('expected a comparison');
    expect(periodChanges(model).map((c) => [c.change.text, c.reading])).toEqual([
      ['–', 'none'],
      ['–', 'none'],
    ]);
    expect(periodComparisonModel(breakdown, 'Outcome', 'x', '2019-Q2')).toBeUndefined();
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
          const model = periodBreakdownModel(
            { index: idx, dataset: data, filters: state },
            dim,
            names,
          );
          const inDim = data.cases.filter((c) => passes(c, [dim, 'period']));
          for (const row of model.rows) {
            const inPeriod = inDim.filter((c) => c.period === row.column?.id);
            const naive = inPeriod.filter((c) =>
              dim === 'outcome'
                ? c.outcome === row.categoryId
                : c.themes.includes(row.categoryId ?? ''),
            ).length;
            expect(row.count.value).toBe(naive);
            // Outcome shares are of the cases with an outcome; themes (no coding status here) of all.
            const base =
              dim === 'outcome' ? inPeriod.filter((c) => c.outcome).length : inPeriod.length;
            expect(row.base.value).toBe(base);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
