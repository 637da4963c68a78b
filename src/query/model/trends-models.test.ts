import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFiles } from '../../data/load-files';
import type { Dataset } from '../../data/types';
import { buildDatasetIndex, type DatasetIndex } from '../dataset-index';
import { noFilters } from '../selection';
import { periodChanges } from './period-changes';
import { periodBreakdownModel, periodComparisonModel } from './trends-models';

/**
 * The done-when fixture of issue 15: two periods of 40 reviews, themes written 1 / 0; in the
 * second period 10 reviews are coded and 30 have every theme cell blank (not coded yet). Shares
 * are of the reviews coded, so Information sharing goes 25/40 → 4/10 and Voice of the child
 * 12/40 → 5/10 (a rise, not the fall that shares of all 40 would show).
 */
const fixture = resolve(process.cwd(), 'tests/fixtures/two-periods-partly-coded.csv');
const names = { title: 'Themes by period', column: 'Theme', noun: 'themes' };
let dataset: Dataset;
let index: DatasetIndex;

beforeAll(async () => {
  const bytes = readFileSync(fixture);
  const result = await loadFiles([
    {
      name: 'two-periods-partly-coded.csv',
      size: bytes.length,
      arrayBuffer: () => Promise.resolve(new Uint8Array(bytes).buffer),
    },
  ]);
  if (!result.ok) throw new Error('the fixture did not load');
  dataset = result.dataset;
  index = buildDatasetIndex(dataset);
});

describe('Themes by period over the cases coded (the done-when fixture)', () => {
  it('gives each period’s share of the reviews coded for the theme, with its base', () => {
    const model = periodBreakdownModel({ index, dataset, filters: noFilters }, 'themes', names);
    const rows = model.rows.map((r) => [
      r.series?.label,
      r.column?.label,
      r.count.value,
      r.base.value,
      r.share.value,
    ]);
    expect(rows).toEqual([
      ['Information sharing', '2019-Q3', 25, 40, 0.625],
      ['Information sharing', '2020-Q1', 4, 10, 0.4],
      ['Voice of the child', '2019-Q3', 12, 40, 0.3],
      ['Voice of the child', '2020-Q1', 5, 10, 0.5],
      ['Risk assessment', '2019-Q3', 20, 40, 0.5],
      ['Risk assessment', '2020-Q1', 5, 10, 0.5],
    ]);
    expect(model.n.value).toBe(80);
    expect(model.nCoded.value).toBe(50);
    expect(model.rows.map((r) => r.extra?.[0]?.text)).toEqual(['40', '10', '40', '10', '40', '10']);
  });

  it('compares the periods: 62.5% → 40% and 30% → 50%, with Newcombe intervals and readings', () => {
    const breakdown = periodBreakdownModel({ index, dataset, filters: noFilters }, 'themes', names);
    const model = periodComparisonModel(breakdown, 'Theme', '2019-q3', '2020-q1');
    if (!model) throw new Error('expected a comparison');
    expect(model.title).toBe('Theme: 2019-Q3 compared with 2020-Q1');
    const changes = periodChanges(model);
    expect(
      changes.map((c) => [
        c.label,
        c.from.share.text,
        c.to.share.text,
        c.change.text,
        c.interval.text,
        c.words,
        c.small,
      ]),
    ).toEqual([
      [
        'Information sharing',
        '62.5%',
        '40%',
        '−22.5 pp',
        '−49.2 to +10.1 pp',
        'no clear change',
        true,
      ],
      [
        'Voice of the child',
        '30%',
        '50%',
        '+20.0 pp',
        '−10.5 to +48.9 pp',
        'no clear change',
        true,
      ],
      ['Risk assessment', '50%', '50%', '0.0 pp', '−30.2 to +30.2 pp', 'no clear change', true],
    ]);
    expect(changes[0]?.change.value).toBeCloseTo(-0.225, 10);
    expect(changes[1]?.change.value).toBeCloseTo(0.2, 10);
  });

  it('says "not coded" for a period where no case is coded for the theme, never 0% or a fall', () => {
    const onlyBlank = {
      ...dataset,
      cases: dataset.cases.filter((c) => c.period !== '2020-q1' || c.themesCoded === false),
    };
    const blankIndex = buildDatasetIndex(onlyBlank);
    const breakdown = periodBreakdownModel(
      { index: blankIndex, dataset: onlyBlank, filters: noFilters },
      'themes',
      names,
    );
    const later = breakdown.rows.filter((r) => r.column?.id === '2020-q1');
    expect(later.map((r) => [r.count.value, r.base.value, r.share.text])).toEqual([
      [0, 0, 'not coded'],
      [0, 0, 'not coded'],
      [0, 0, 'not coded'],
    ]);
    const model = periodComparisonModel(breakdown, 'Theme', '2019-q3', '2020-q1');
    if (!model) throw new Error('expected a comparison');
    expect(periodChanges(model).map((c) => [c.change.text, c.words])).toEqual([
      ['not coded', 'not coded in 2020-Q1'],
      ['not coded', 'not coded in 2020-Q1'],
      ['not coded', 'not coded in 2020-Q1'],
    ]);
  });
});
