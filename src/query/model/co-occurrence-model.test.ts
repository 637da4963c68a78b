import { describe, expect, it } from 'vitest';
import { filtersOf, primaryMasked } from '../../../tests/unit/chart-models';
import { accepted, table } from '../../../tests/unit/parsed-files';
import { assembleDataset } from '../../data/assemble';
import { buildDatasetIndex } from '../dataset-index';
import { noFilters, type FilterState } from '../selection';
import type { ChartModel } from './chart-model';
import {
  casesWithThemes,
  coOccurrenceModel,
  coOccurrenceTable,
  hideDerivedMeasures,
  pairKey,
} from './co-occurrence-model';
import { disclosureState } from './mask-models';

// Six cases; F has no theme ticked, so it is not coded for themes.
//          A  B  C
//   case1  1  1  .
//   case2  1  1  1
//   case3  1  .  .
//   case4  .  1  1
//   case5  .  .  1
//   case6  .  .  .
const dataset = accepted(
  assembleDataset([
    table('cases.csv', [
      ['Title', 'Outcome', 'Initial police contact', 'Alpha', 'Beta', 'Gamma'],
      ['case1', 'Death', '', '1', '1', ''],
      ['case2', 'Death', '', '1', '1', '1'],
      ['case3', 'Significant harm', '', '1', '', ''],
      ['case4', 'Significant harm', '', '', '1', '1'],
      ['case5', 'Death', '', '', '', '1'],
      ['case6', 'Death', 'Missing child', '', '', ''],
    ]),
  ]),
).dataset;
const index = buildDatasetIndex(dataset);
const ids = index.dimensions.get('themes')?.categories.map((c) => c.id) ?? [];
const [alpha = '', beta = '', gamma = ''] = ids;

function model(
  measure: Parameters<typeof coOccurrenceModel>[1]['measure'] = 'count',
  filters: FilterState = noFilters,
  order: 'similarity' | 'codebook' = 'codebook',
): ChartModel {
  return coOccurrenceModel({ dataset, index, filters }, { measure, order });
}

const pair = (m: ChartModel, a: string, b: string) => m.rows.find((r) => r.key === pairKey(a, b));

describe('coOccurrenceModel', () => {
  it('lists each pair once with the diagonal, over the cases coded for themes', () => {
    const m = model();
    expect(m.title).toBe('Theme co-occurrence');
    expect(m.rows).toHaveLength(6);
    expect(m.n.value).toBe(6);
    expect(m.nCoded.value).toBe(5);
    expect(
      m.rows.map((r) => [r.series?.label, r.column?.label, r.count.value, r.base.value]),
    ).toEqual([
      ['Alpha', 'Alpha', 3, 5],
      ['Alpha', 'Beta', 2, 5],
      ['Alpha', 'Gamma', 1, 5],
      ['Beta', 'Beta', 3, 5],
      ['Beta', 'Gamma', 2, 5],
      ['Gamma', 'Gamma', 3, 5],
    ]);
  });

  it.each([
    // A–B: both 2, A 3, B 3, n 5.
    ['jaccard', alpha, beta, '0.50'],
    ['lift', alpha, beta, ((2 * 5) / (3 * 3)).toFixed(2)],
    ['observed-expected', alpha, beta, ((2 * 5) / (3 * 3)).toFixed(2)],
    ['count', alpha, gamma, '1'],
    ['jaccard', alpha, alpha, '1.00'],
    ['lift', alpha, alpha, '–'],
  ] as const)('%s of %s × %s reads %s', (measure, a, b, text) => {
    expect(pair(model(measure), a, b)?.extra?.[1]?.text).toBe(text);
  });

  it('names the pair’s cases as the filter "all of both themes" does', () => {
    const m = model();
    const ab = pair(m, alpha, beta);
    expect(ab?.quantity).toBe(`themes=${[alpha, beta].sort().join('|')}~all`);
    expect(pair(m, alpha, alpha)?.quantity).toBe(`themes=${alpha}`);
  });

  it('counts under the other filters, ignores its own, and marks the chosen pair', () => {
    const filters: FilterState = {
      values: new Map([
        ['outcome', [index.dimensions.get('outcome')?.categories[0]?.id ?? '']],
        ['themes', [alpha, beta]],
      ]),
      themeMatch: 'all',
    };
    const m = model('count', filters);
    expect(pair(m, alpha, beta)).toMatchObject({ count: { value: 2 }, state: 'selected' });
    expect(pair(m, beta, gamma)).toMatchObject({ count: { value: 1 }, state: 'dimmed' });
    expect(m.filters).toBe('Outcome: Death');
    expect(casesWithThemes(index, filters, [alpha, beta])).toEqual([0, 1]);
  });

  it('orders themes by the seriation of their Jaccard profiles when asked', () => {
    const m = model('count', noFilters, 'similarity');
    const order = m.rows.filter((r) => r.members?.length === 1).map((r) => r.series?.label);
    expect([...order].sort()).toEqual(['Alpha', 'Beta', 'Gamma']);
    // Beta goes with both others, so it sits between them.
    expect(order[1]).toBe('Beta');
  });

  it('gives the contract table: theme A, theme B, cases with both, measure', () => {
    expect(coOccurrenceTable(model('jaccard'))[0]?.slice(0, 4)).toEqual([
      'Theme A',
      'Theme B',
      'Cases with both',
      'Jaccard',
    ]);
    expect(coOccurrenceTable(model('jaccard'))[2]?.slice(0, 5)).toEqual([
      'Alpha',
      'Beta',
      '2',
      '0.50',
      '5',
    ]);
  });

  it('is masked like every model, and hides a measure worked from a hidden count', () => {
    const masked = hideDerivedMeasures(primaryMasked(model('jaccard'), 3));
    // Every pair count is 1–2 (< 3) and hidden; the diagonals (3) stay.
    expect(pair(masked, alpha, beta)?.count.text).toBe('< 3');
    expect(pair(masked, alpha, beta)?.extra?.[1]?.text).toBe('< 3');
    expect(pair(masked, alpha, alpha)?.count.text).toBe('3');
    expect(disclosureState([model()]).cells.length).toBeGreaterThan(6);
  });

  it('says "not coded" rather than 0 when no selected case is coded for themes', () => {
    const route = index.dimensions.get('contactRoute')?.categories[0]?.id ?? '';
    const onlySix = model('jaccard', filtersOf(['contactRoute', [route]]));
    expect(onlySix.n.value).toBe(1);
    expect(onlySix.nCoded.value).toBe(0);
    expect(onlySix.rows.map((r) => r.extra?.[1]?.text)).toEqual(Array(6).fill('not coded'));
    expect(onlySix.rows.every((r) => r.share.text === '–')).toBe(true);
  });
});
