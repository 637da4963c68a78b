import type { Dataset } from '../data/types';
import { buildDatasetIndex } from './dataset-index';
import { describeFilters, selectionCountText } from './filter-description';

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

describe('selectionCountText', () => {
  it.each([
    [false, '11', '11', 'No filters: all 11 cases.'],
    [false, '1', '1', 'No filters: all 1 case.'],
    [true, '3', '11', 'Showing 3 of 11 cases.'],
    [true, '1', '1', 'Showing 1 of 1 case.'],
    [true, '0', '1', 'Showing 0 of 1 case.'],
    [true, '< 5', '11', 'Showing < 5 of 11 cases.'],
    [false, '< 5', '< 5', 'No filters: all < 5 cases.'],
  ])('filtered %s, %s of %s → %s', (filtered, shown, total, text) => {
    expect(selectionCountText(filtered, shown, total)).toBe(text);
  });
});
