import type { Dataset } from '../data/types';
import { buildDatasetIndex } from './dataset-index';
import { describeFilters } from './filter-description';

const dataset: Dataset = {
  meta: { title: 't', source: 's', periods: [], notes: '' },
  codebook: {
    outcomes: [{ id: 'death', label: 'Death', subcategories: [] }],
    contactRoutes: [],
    themes: [
      { id: 'info', label: 'Information sharing' },
      { id: 'risk', label: 'Risk assessment' },
    ],
    barriers: [],
    fields: [],
    derived: false,
  },
  cases: [
    { id: 'a', title: 'A', outcome: 'death', themes: ['info'], attributes: [], inferred: [] },
  ],
  learning: [],
  published: [],
  screening: [],
};
const index = buildDatasetIndex(dataset);

describe('describeFilters', () => {
  it.each([
    [[['outcome', ['death']]], 'any', ['Outcome: Death']],
    [
      [['themes', ['info', 'risk']]],
      'all',
      ['Theme (all of): Information sharing, Risk assessment'],
    ],
    [
      [['themes', ['info', 'risk']]],
      'any',
      ['Theme (any of): Information sharing, Risk assessment'],
    ],
    [[['themes', ['info']]], 'all', ['Theme: Information sharing']],
    [[['outcome', []]], 'any', []],
  ] as const)('describes %j (%s) as %j', (filters, match, expected) => {
    expect(describeFilters(index, filters, match).map((p) => p.text)).toEqual(expected);
  });

  it('keeps ids the dataset does not know and flags them', () => {
    expect(
      describeFilters(
        index,
        [
          ['outcome', ['death', 'missing']],
          ['region', ['north']],
          ['colour', ['red']],
        ],
        'any',
      ),
    ).toEqual([
      { dimension: 'outcome', text: 'Outcome: Death, missing', unknown: true },
      { dimension: 'region', text: 'Police region: north', unknown: true },
      { dimension: 'colour', text: 'colour: red', unknown: true },
    ]);
  });
});
