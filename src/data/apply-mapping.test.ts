import { describe, expect, it } from 'vitest';
import { applyMapping, listCategories, unmergedFromProblems } from './apply-mapping';
import { mergeDatasets } from './merge-datasets';
import type { CaseRecord, Dataset } from './types';

function part(
  period: string,
  codebook: Partial<Dataset['codebook']>,
  cases: Array<Partial<CaseRecord> & { id: string; title: string }>,
  learning: Dataset['learning'] = [],
): Dataset {
  return {
    meta: { title: period, source: 'test', periods: [period], notes: '' },
    codebook: {
      outcomes: [
        { id: 'death', label: 'Death', subcategories: [{ id: 'suicide', label: 'Suicide' }] },
      ],
      contactRoutes: [],
      themes: [],
      barriers: [],
      fields: [],
      derived: false,
      ...codebook,
    },
    cases: cases.map((c) => ({ themes: [], attributes: [], inferred: [], ...c })),
    learning,
    published: [],
    screening: [],
  };
}

const q3 = part(
  '2019-Q3',
  {
    themes: [
      { id: 'info', label: 'Information sharing' },
      { id: 'risk', label: 'Risk assessment' },
    ],
    contactRoutes: [{ id: 'missing', label: 'Missing child' }],
  },
  [{ id: 'a', title: 'Kent: Child H', themes: ['info'], contactRoute: 'missing' }],
);
const q4 = part(
  '2019-Q4',
  {
    themes: [
      { id: 'sharing', label: 'Sharing of info' },
      { id: 'risk', label: 'Risk assessment' },
    ],
    contactRoutes: [{ id: 'mc', label: 'Missing from home' }],
    outcomes: [
      { id: 'died', label: 'Died', subcategories: [{ id: 'homicide', label: 'Homicide' }] },
    ],
  },
  [
    {
      id: 'b',
      title: 'Dorset: Child T',
      themes: ['sharing', 'risk'],
      contactRoute: 'mc',
      outcome: 'died',
      outcomeSubcategory: 'homicide',
    },
    { id: 'c', title: 'Dorset: Child U', themes: ['sharing', 'info'] },
  ],
  [
    {
      id: 'l1',
      caseId: 'b',
      themeId: 'sharing',
      barrier: '',
      kind: 'missed-opportunity',
      summary: 'x',
      inferred: [],
    },
  ],
);
const merged = mergeDatasets([
  { name: 'q3.json', dataset: q3 },
  { name: 'q4.json', dataset: q4 },
]);

describe('unmergedFromProblems', () => {
  it('reads back exactly what mergeDatasets could not merge', () => {
    expect(unmergedFromProblems(merged.problems)).toEqual(merged.unmerged);
    expect(merged.unmerged.map((u) => [u.list, u.label])).toEqual([
      ['outcome', 'Died'],
      ['outcome sub-category', 'Homicide'],
      ['contact route', 'Missing from home'],
      ['theme', 'Sharing of info'],
    ]);
  });
});

describe('applyMapping', () => {
  const { dataset, applied, skipped } = applyMapping(merged.dataset, [
    { list: 'theme', label: 'Sharing of info', to: 'info' },
    { list: 'contact route', label: 'Missing from home', to: 'missing' },
    { list: 'outcome', label: 'Died', to: 'death' },
    { list: 'theme', label: 'No such theme', to: 'info' },
  ]);

  it('recodes cases and learning to the chosen category, once per case', () => {
    const byId = new Map(dataset.cases.map((c) => [c.id, c]));
    expect(byId.get('b')).toMatchObject({
      themes: ['info', 'risk'],
      contactRoute: 'missing',
      outcome: 'death',
    });
    expect(byId.get('c')?.themes).toEqual(['info']);
    expect(dataset.learning[0]?.themeId).toBe('info');
  });

  it('removes the mapped category and keeps its label as an alias of the target', () => {
    expect(dataset.codebook.themes.map((t) => t.id)).toEqual(['info', 'risk']);
    expect(dataset.codebook.themes[0]?.aliases).toEqual(
      expect.arrayContaining(['Sharing of info']),
    );
    expect(listCategories(dataset.codebook, 'contact route').map((c) => c.id)).toEqual(['missing']);
    // The mapped outcome's sub-categories move to the outcome it means.
    expect(dataset.codebook.outcomes.map((o) => o.id)).toEqual(['death']);
    expect(dataset.codebook.outcomes[0]?.subcategories.map((s) => s.label)).toEqual([
      'Suicide',
      'Homicide',
    ]);
  });

  it('returns entries that do not apply apart, and leaves the input untouched', () => {
    expect(applied).toHaveLength(3);
    expect(skipped).toEqual([{ list: 'theme', label: 'No such theme', to: 'info' }]);
    expect(merged.dataset.codebook.themes).toHaveLength(3);
    expect(merged.dataset.cases.find((c) => c.id === 'b')?.themes).toEqual([
      'sharing-of-info',
      'risk',
    ]);
  });

  it('gives the same dataset as merging with the label as an alias in the first codebook', () => {
    const withAlias: Dataset = {
      ...q3,
      codebook: {
        ...q3.codebook,
        themes: [
          { id: 'info', label: 'Information sharing', aliases: ['Sharing of info'] },
          { id: 'risk', label: 'Risk assessment' },
        ],
      },
    };
    const viaAlias = mergeDatasets([
      { name: 'q3.json', dataset: withAlias },
      { name: 'q4.json', dataset: q4 },
    ]).dataset;
    const viaMapping = applyMapping(merged.dataset, [
      { list: 'theme', label: 'Sharing of info', to: 'info' },
    ]).dataset;
    expect(viaMapping.cases.map((c) => c.themes)).toEqual(viaAlias.cases.map((c) => c.themes));
    expect(viaMapping.codebook.themes.map((t) => t.id)).toEqual(
      viaAlias.codebook.themes.map((t) => t.id),
    );
  });
});
