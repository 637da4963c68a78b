import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../data/types';
import { buildDatasetIndex } from '../../query/dataset-index';
import {
  readCaseListDrill,
  resolveCaseListDrill,
  writeCaseListDrill,
  type CaseListDrill,
} from './case-list-drill';

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
  it.each<CaseListDrill>([
    { kind: 'headline', figure: 'deaths' },
    { kind: 'chart', request: { except: 'outcome', dimension: 'outcome', categories: ['death'] } },
    {
      kind: 'chart',
      request: {
        except: 'outcomeSubcategory',
        dimension: 'outcomeSubcategory',
        categories: ['a/b,c', 'x'],
      },
    },
    { kind: 'chart', request: { except: 'attr:x/y', dimension: 'attr:x/y', categories: [] } },
  ])('round-trips %j through the URL value', (drill) => {
    const written = writeCaseListDrill(drill);
    expect(written.startsWith('list:')).toBe(true);
    expect(readCaseListDrill(written)).toEqual(drill);
  });

  it.each([
    undefined,
    '',
    'theme:risk',
    'list:headline/nothing',
    'list:chart/a/b',
    'list:chart/%E0%A4/outcome/death',
  ])('ignores %j', (value) => {
    expect(readCaseListDrill(value)).toBeUndefined();
  });

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
