import { describe, expect, it } from 'vitest';
import { mergeDatasets } from './merge-datasets';
import { comparePeriods } from './periods';
import type { CaseRecord, Dataset, LearningItem } from './types';

function part(
  period: string,
  themes: Dataset['codebook']['themes'],
  cases: Array<Partial<CaseRecord> & { id: string; title: string }>,
): Dataset {
  return {
    meta: { title: period, source: 'test', periods: [period], notes: '' },
    codebook: {
      outcomes: [{ id: 'death', label: 'Death', subcategories: [] }],
      contactRoutes: [],
      themes,
      barriers: [],
      fields: [],
      derived: false,
    },
    cases: cases.map((c) => ({ themes: [], attributes: [], inferred: [], ...c })),
    learning: [],
    published: [],
    screening: [],
  };
}

describe('mergeDatasets', () => {
  const q3 = part(
    '2019-Q3',
    [
      {
        id: 'engagement',
        label: 'Engagement with children and/or their families',
        aliases: ['Engagement with children and families'],
      },
    ],
    [{ id: 'a', title: 'Kent: Child H', themes: ['engagement'], outcome: 'death' }],
  );
  const q2 = part(
    '2019-Q2',
    [
      { id: 'eng', label: 'Engagement with children and families' },
      { id: 'info', label: 'Info sharing' },
    ],
    [
      { id: 'b', title: 'Dorset: Child T', themes: ['eng', 'info'], outcome: 'death' },
      { id: 'a', title: 'Kent: Child H again' },
    ],
  );

  it('merges themes written differently through labels and aliases, and lists what it could not merge', () => {
    const { dataset, unmerged, problems } = mergeDatasets([
      { name: 'q3.json', dataset: q3 },
      { name: 'q2.json', dataset: q2 },
    ]);
    expect(dataset.codebook.themes.map((t) => t.id)).toEqual(['engagement', 'info-sharing']);
    expect(dataset.cases.find((c) => c.id === 'b')?.themes).toEqual(['engagement', 'info-sharing']);
    expect(unmerged).toEqual([{ list: 'theme', label: 'Info sharing', file: 'q2.json' }]);
    expect(problems.find((p) => p.code === 'unmerged-category')).toMatchObject({
      severity: 'info',
      file: 'q2.json',
    });
  });

  it('keeps each case’s period, orders periods in time, and does not count a repeated id twice', () => {
    const { dataset, problems } = mergeDatasets([
      { name: 'q3.json', dataset: q3 },
      { name: 'q2.json', dataset: q2 },
    ]);
    expect(dataset.cases.map((c) => c.id)).toEqual(['a', 'b']);
    expect(dataset.meta.periods).toEqual(['2019-Q2', '2019-Q3']);
    const label = (id?: string) =>
      dataset.codebook.fields.find((f) => f.field === 'period')?.categories.find((c) => c.id === id)
        ?.label;
    expect(dataset.cases.map((c) => label(c.period))).toEqual(['2019-Q3', '2019-Q2']);
    expect(problems.find((p) => p.code === 'duplicate-across-files')).toMatchObject({
      file: 'q2.json',
      row: 2,
      column: 'id',
    });
  });

  it('says how many learning items of a repeated case it left out', () => {
    const item: Omit<LearningItem, 'id' | 'caseId' | 'themeId'> = {
      barrier: '',
      kind: 'good-practice',
      summary: 's',
      inferred: [],
    };
    const withLearning: Dataset = {
      ...q2,
      learning: [
        { ...item, id: 'L1', caseId: 'a', themeId: 'eng' },
        { ...item, id: 'L2', caseId: 'b', themeId: 'eng' },
      ],
    };
    const { dataset, problems } = mergeDatasets([
      { name: 'q3.json', dataset: q3 },
      { name: 'q2.json', dataset: withLearning },
    ]);
    expect(dataset.learning.map((l) => l.caseId)).toEqual(['b']);
    expect(problems.filter((p) => p.column === 'learning')).toEqual([
      expect.objectContaining({
        code: 'duplicate-across-files',
        severity: 'warning',
        file: 'q2.json',
        message: '1 learning item of cases already loaded from another file was not loaded twice.',
      }),
    ]);
  });

  it('reports the same title in the same period from two files as a duplicate', () => {
    const again = part('2019-Q3', [], [{ id: 'z', title: 'KENT: child h' }]);
    const { dataset, problems } = mergeDatasets([
      { name: 'q3.json', dataset: q3 },
      { name: 'copy.json', dataset: again },
    ]);
    expect(dataset.cases).toHaveLength(1);
    expect(problems.find((p) => p.code === 'duplicate-across-files')).toMatchObject({
      column: 'title',
    });
  });
});

describe('comparePeriods', () => {
  it('orders quarters, years, halves and months in time, unreadable labels last', () => {
    const periods = [
      '2020-Q1',
      'spring',
      '2019-Q3',
      '2019',
      '2019-Q2',
      '2019-11',
      'Q4 2019',
      '2019-H2',
    ];
    expect([...periods].sort(comparePeriods)).toEqual([
      '2019',
      '2019-Q2',
      '2019-H2',
      '2019-Q3',
      'Q4 2019',
      '2019-11',
      '2020-Q1',
      'spring',
    ]);
  });
});
