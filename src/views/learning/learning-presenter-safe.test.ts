import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../data/types';
import { buildDatasetIndex } from '../../query/dataset-index';
import { hiddenSummaryText, maskCount, maskPercent } from '../../query/presenter-safe';
import type { FilterState } from '../../query/selection';
import type { PresenterSafe } from '../../state/use-presenter-safe';
import { learningEntry, learningLookups, namedIn } from '../../ui/learning-entries';
import { learningCsv } from './learning-export';
import { filterLearning, type LearningQuery } from '../../ui/learning-filter';

const data: Dataset = {
  meta: { title: 't', source: 's', periods: [], notes: '' },
  codebook: {
    outcomes: [],
    contactRoutes: [],
    themes: [{ id: 'info', label: 'Information sharing' }],
    barriers: [],
    fields: [],
    derived: false,
  },
  cases: [
    { id: 'kent-child-h', title: 'Kent: Child H', url: 'https://example.org/kent' },
    { id: 'dorset-child-t', title: 'Dorset: Child T' },
  ].map((c) => ({ ...c, themes: [], attributes: [], inferred: [] })),
  learning: [
    { id: 'L1', caseId: 'kent-child-h', summary: 'No officers were available.' },
    { id: 'L2', caseId: 'dorset-child-t', summary: 'A DASH form was not shared.' },
  ].map((l) => ({
    ...l,
    themeId: 'info',
    barrier: '',
    kind: 'missed-opportunity' as const,
    inferred: [],
  })),
  published: [],
  screening: [],
};
const index = buildDatasetIndex(data);
const lookups = namedIn(learningLookups(data), (i) => `Case ${10 + i}`);
const noFilters: FilterState = { values: new Map(), themeMatch: 'any' };
/** Presenter-safe on with k = 5; case i is "Case 10 + i" (a shuffle, as the store's would be). */
const safe: PresenterSafe = {
  enabled: true,
  threshold: 5,
  count: (n) => maskCount(n, 5),
  percent: (n, p) => maskPercent(n, p, 5),
  caseLabels: () => (i) => `Case ${10 + i}`,
  summary: () => hiddenSummaryText,
};
const search = (text: string, on?: PresenterSafe) => {
  const query: LearningQuery = { theme: '', barrier: '', kind: '', text };
  return filterLearning(data, index, noFilters, query, lookups, on).items.map((i) => i.id);
};

describe('Learning while presenter-safe is on', () => {
  it('searches neither the hidden summaries nor the hidden titles, but the neutral labels', () => {
    expect(search('officers')).toEqual(['L1']);
    expect(search('kent')).toEqual(['L1']);
    expect(search('officers', safe)).toEqual([]);
    expect(search('kent', safe)).toEqual([]);
    expect(search('case 11', safe)).toEqual(['L2']);
    expect(search('information', safe)).toEqual(['L1', 'L2']);
  });

  it('names the case by its label and leaves out the review link', () => {
    const entry = learningEntry(lookups, data.learning[0]!, safe);
    expect(entry.caseTitle).toBe('Case 10');
    expect(entry.reviewUrl).toBeUndefined();
    expect(learningEntry(lookups, data.learning[0]!).reviewUrl).toBe('https://example.org/kent');
  });

  it('exports labels instead of case ids and titles, and no summary', () => {
    const rows = Papa.parse<string[]>(learningCsv(data.learning, lookups, safe).trim()).data;
    expect(rows[1]?.slice(1, 3)).toEqual(['Case 10', 'Case 10']);
    expect(rows[1]?.[7]).toBe(hiddenSummaryText);
    const text = JSON.stringify(rows);
    for (const word of ['kent', 'Kent', 'Dorset', 'officers', 'DASH'])
      expect(text).not.toContain(word);
  });
});
