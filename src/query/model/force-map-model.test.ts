import { describe, expect, it } from 'vitest';
import { readBundledDataset } from '../../../tests/unit/bundled';
import { filtersOf, primaryMasked } from '../../../tests/unit/chart-models';
import { accepted, table } from '../../../tests/unit/parsed-files';
import { assembleDataset } from '../../data/assemble';
import type { Dataset } from '../../data/types';
import { buildDatasetIndex } from '../dataset-index';
import { noFilters, type FilterState } from '../selection';
import type { ChartModel } from './chart-model';
import { forceMapModel, notOnMapReason, type ForceMapView } from './force-map-model';
import { modelTable } from './model-table';

const bundled = readBundledDataset();

function mapOf(dataset: Dataset, view: ForceMapView = 'forces', filters = noFilters): ChartModel {
  return forceMapModel({ dataset, index: buildDatasetIndex(dataset), filters }, view);
}

const rows = (model: ChartModel) => model.rows.map((r) => [r.label, r.count.text, r.share.text]);

describe('forceMapModel on the bundled briefing', () => {
  const model = mapOf(bundled);

  it('gives the 8 forces of the case rows with their counts, in alphabetical order', () => {
    expect(model.title).toBe('Cases by force (map)');
    expect(rows(model)).toEqual([
      ['Cleveland Police', '2', '18%'],
      ['Cumbria Constabulary', '1', '9%'],
      ['Dorset Police', '1', '9%'],
      ['Gloucestershire Constabulary', '1', '9%'],
      ['Greater Manchester Police', '1', '9%'],
      ['Kent Police', '1', '9%'],
      ['Lancashire Constabulary', '2', '18%'],
      ['West Midlands Police', '2', '18%'],
    ]);
    expect(model.n.value).toBe(11);
    expect(model.nCoded.value).toBe(11);
    expect(model.rows.every((r) => r.extra?.[0]?.text === 'yes')).toBe(true);
  });

  it('counts under every filter but its own, and marks the chosen force', () => {
    const filtered = mapOf(
      bundled,
      'forces',
      filtersOf(['force', ['kent-police']], ['outcome', ['death']]),
    );
    expect(filtered.n.value).toBe(6);
    expect(filtered.rows.find((r) => r.label === 'Kent Police')?.state).toBe('selected');
    expect(filtered.rows.find((r) => r.label === 'Dorset Police')?.state).toBe('dimmed');
    expect(filtered.filters).toBe('Outcome: Death');
  });

  it('groups the forces into the data’s regions in the region view', () => {
    const regions = mapOf(bundled, 'regions');
    expect(regions.dimension).toBe('region');
    expect(rows(regions)).toEqual([
      ['North East', '2', '18%'],
      ['North West', '4', '36%'],
      ['West Midlands', '2', '18%'],
      ['South East', '1', '9%'],
      ['South West', '2', '18%'],
    ]);
  });

  it('has the same numbers as its CSV, and hides counts below k under presenter-safe', () => {
    expect(modelTable(model)[1]).toEqual([
      'Cleveland Police',
      'cleveland-police',
      2,
      0.181818,
      expect.any(Number),
      expect.any(Number),
      11,
      11,
      2,
      'yes',
      '',
    ]);
    const masked = primaryMasked(model);
    expect(masked.rows.map((r) => r.count.text)).toEqual(Array(8).fill('< 5'));
    expect(masked.rows.every((r) => r.share.value === null)).toBe(true);
  });
});

describe('forceMapModel on a file naming forces several ways', () => {
  const header = ['Title', 'Police force'];
  const dataset = accepted(
    assembleDataset([
      table('cases.csv', [
        header,
        ['A', 'GMP'],
        ['B', 'Greater Manchester Police'],
        ['C', 'British Transport Police'],
        ['D', 'Kent'],
        ['E', 'Kentt Police'],
        ['F', ''],
      ]),
    ]),
  ).dataset;

  it('sums the spellings of one force into its tile and names the sum', () => {
    const model = mapOf(dataset);
    const gmp = model.rows.find((r) => r.key === 'force:greater-manchester-police');
    expect(gmp?.count.value).toBe(2);
    expect(gmp?.members).toHaveLength(2);
    expect(model.sums).toContainEqual({
      total: gmp?.quantity,
      parts: expect.arrayContaining([expect.any(String), expect.any(String)]),
    });
    expect(model.rows.find((r) => r.key === 'force:kent-police')?.count.value).toBe(1);
  });

  it('lists every force not on the map with why, never dropping it, and the cases not coded', () => {
    const model = mapOf(dataset);
    const others = model.rows.filter((r) => notOnMapReason(r) !== undefined);
    expect(others.map((r) => [r.label, r.count.value])).toEqual([
      ['British Transport Police', 1],
      ['Kentt Police', 1],
    ]);
    expect(notOnMapReason(others[0] as never)).toMatch(/not one of the 43 territorial forces/);
    expect(notOnMapReason(others[1] as never)).toMatch(/did you mean Kent Police/);
    expect(model.rows.at(-1)?.kind).toBe('not-coded');
    expect(model.nCoded.value).toBe(5);
    expect(model.n.value).toBe(6);
  });

  it('sums each region’s forces when the data records no region', () => {
    const model = mapOf(dataset, 'regions');
    expect(model.dimension).toBe('force');
    const northWest = model.rows.find((r) => r.key === 'region:north-west');
    expect(northWest?.count.value).toBe(2);
    expect(northWest?.list?.categories).toHaveLength(2);
    expect(model.remarks[0]).toMatch(/each the sum of its forces/);
  });

  it.each<[string, FilterState]>([
    ['no filter', noFilters],
    ['a filter on its own dimension', filtersOf(['force', ['gmp']])],
  ])('keeps n = the categories and the not coded, under %s', (_, filters) => {
    const model = mapOf(dataset, 'forces', filters);
    const sum = model.rows.reduce((s, r) => s + (r.count.value ?? 0), 0);
    expect(sum).toBe(model.n.value);
  });
});
