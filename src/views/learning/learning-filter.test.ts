import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../data/types';
import { buildDatasetIndex } from '../../query/dataset-index';
import type { FilterState } from '../../query/selection';
import { learningEntry, learningLookups } from '../../ui/learning-entries';
import { learningCsv } from './learning-export';
import { filterLearning, noBarrierValue, type LearningQuery } from '../../ui/learning-filter';

const data: Dataset = {
  meta: { title: 't', source: 's', periods: [], notes: '' },
  codebook: {
    outcomes: [{ id: 'death', label: 'Death', subcategories: [] }],
    contactRoutes: [],
    themes: [
      { id: 'info', label: 'Information sharing' },
      { id: 'risk', label: 'Risk assessment' },
    ],
    barriers: [{ id: 'resourcing', label: 'Resourcing' }],
    fields: [],
    derived: false,
  },
  cases: [
    { id: 'a', title: 'Kent: Child H', outcome: 'death' },
    { id: 'b', title: 'Dorset: Child T' },
  ].map((c) => ({ ...c, themes: [], attributes: [], inferred: [] })),
  learning: [
    {
      id: 'L1',
      caseId: 'a',
      themeId: 'info',
      barrier: 'resourcing',
      summary: 'No officers were available.',
    },
    {
      id: 'L2',
      caseId: '',
      themeId: 'risk',
      barrier: '',
      summary: '=HYPERLINK("x") DASH not shared',
    },
    {
      id: 'L3',
      caseId: 'b',
      themeId: 'risk',
      barrier: 'resourcing',
      summary: 'A DASH form',
      kind: 'good-practice' as const,
    },
    { id: 'L4', caseId: 'ghost', themeId: 'info', barrier: '', summary: 'Unknown case' },
  ].map((l) => ({
    kind: 'missed-opportunity' as const,
    inferred: l.id === 'L1' ? ['caseId'] : [],
    ...l,
  })),
  published: [],
  screening: [],
};
const index = buildDatasetIndex(data);
const lookups = learningLookups(data);
const anything: LearningQuery = { theme: '', barrier: '', kind: '', text: '' };
const noFilters: FilterState = { values: new Map(), themeMatch: 'any' };
const ids = (filters: FilterState, query: Partial<LearningQuery> = {}) =>
  filterLearning(data, index, filters, { ...anything, ...query }, lookups).items.map((i) => i.id);

describe('filterLearning', () => {
  it.each<[string, Partial<LearningQuery>, string[]]>([
    ['nothing', {}, ['L1', 'L2', 'L3', 'L4']],
    ['theme', { theme: 'risk' }, ['L2', 'L3']],
    ['barrier', { barrier: 'resourcing' }, ['L1', 'L3']],
    ['no barrier', { barrier: noBarrierValue }, ['L2', 'L4']],
    ['kind', { kind: 'good-practice' }, ['L3']],
    ['words in any order, any case', { text: 'dash SHARED' }, ['L2']],
    ['the case title', { text: 'kent' }, ['L1']],
    ['the theme label', { text: 'risk assessment' }, ['L2', 'L3']],
  ])('by %s', (_, query, expected) => {
    expect(ids(noFilters, query)).toEqual(expected);
  });

  it('applies case filters through the case and leaves out items naming no case', () => {
    const filters: FilterState = { values: new Map([['outcome', ['death']]]), themeMatch: 'any' };
    const result = filterLearning(data, index, filters, anything, lookups);
    expect(result.items.map((i) => i.id)).toEqual(['L1']);
    expect(result.hiddenUnnamed).toBe(2);
  });

  it('applies the global theme and barrier filters to the item itself', () => {
    const filters: FilterState = {
      values: new Map([
        ['themes', ['info']],
        ['barrier', ['resourcing']],
      ]),
      themeMatch: 'all',
    };
    expect(ids(filters)).toEqual(['L1']);
  });
});

describe('learning entries and CSV', () => {
  it('resolves labels, the case and its provenance; an unknown case reads as none', () => {
    const [l1, , , l4] = data.learning;
    expect(learningEntry(lookups, l1!)).toMatchObject({
      caseTitle: 'Kent: Child H',
      caseInferred: true,
      themeLabel: 'Information sharing',
      barrierLabel: 'Resourcing',
    });
    expect(learningEntry(lookups, l4!).caseTitle).toBeUndefined();
  });

  it('writes every item with labels, and neutralises formulas', () => {
    const csv = learningCsv(data.learning, lookups);
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[0]).toEqual([
      'ID',
      'Case ID',
      'Case title',
      'Case link',
      'Theme',
      'Barrier',
      'Kind',
      'Summary',
      'Page',
      'Section',
      'Inferred',
    ]);
    expect(rows[1]?.slice(0, 7)).toEqual([
      'L1',
      'a',
      'Kent: Child H',
      'inferred',
      'Information sharing',
      'Resourcing',
      'Missed opportunity',
    ]);
    expect(rows[2]?.[3]).toBe('no case named');
    expect(rows[2]?.[7]).toBe(`'=HYPERLINK("x") DASH not shared`);
    expect(rows).toHaveLength(5);
  });
});
