import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../data/types';
import { buildDatasetIndex } from '../../query/dataset-index';
import { resolveCaseListDrill } from './case-list-drill';

const dataset: Dataset = {
  meta: { title: 't', source: 's', periods: [], notes: '' },
  codebook: {
    outcomes: [{ id: 'death', label: 'Death', subcategories: [{ id: 'a/b,c', label: 'A' }] }],
    contactRoutes: [],
    themes: [],
    barriers: [],
    fields: [],
    derived: false,
  },
  cases: [
    {
      id: 'k',
      title: 'Kent: Child H',
      outcome: 'death',
      outcomeSubcategory: 'a/b,c',
      force: 'kent',
      themes: [],
      attributes: [{ field: 'x/y', value: 'v' }],
      inferred: [],
    },
  ],
  learning: [],
  published: [],
  screening: [],
};
const index = buildDatasetIndex(dataset);

describe('case list drill', () => {
  it('resolves a drill to the request and heading, and refuses stale dimensions or ids', () => {
    expect(
      resolveCaseListDrill(
        {
          kind: 'chart',
          request: { except: 'outcome', dimension: 'outcome', categories: ['death'] },
        },
        index,
        'death',
        undefined,
      ),
    ).toEqual({
      request: { except: 'outcome', dimension: 'outcome', categories: ['death'] },
      heading: 'Outcome — Death',
    });
    expect(
      resolveCaseListDrill(
        { kind: 'chart', request: { except: '', dimension: 'force', categories: [] } },
        index,
        undefined,
        undefined,
      )?.heading,
    ).toBe('Police force — not recorded');
    expect(
      resolveCaseListDrill(
        {
          kind: 'chart',
          request: { except: 'outcome', dimension: 'outcome', categories: ['gone'] },
        },
        index,
        undefined,
        undefined,
      ),
    ).toBeUndefined();
    expect(
      resolveCaseListDrill(
        { kind: 'headline', figure: 'significantHarm' },
        index,
        'death',
        undefined,
      ),
    ).toBeUndefined();
    expect(
      resolveCaseListDrill({ kind: 'headline', figure: 'deaths' }, index, 'death', undefined),
    ).toEqual({ request: { dimension: 'outcome', categories: ['death'] }, heading: 'Deaths' });
  });
});
