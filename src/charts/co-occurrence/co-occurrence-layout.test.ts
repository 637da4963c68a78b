import { describe, expect, it } from 'vitest';
import { primaryMasked } from '../../../tests/unit/chart-models';
import { accepted, table } from '../../../tests/unit/parsed-files';
import { assembleDataset } from '../../data/assemble';
import { buildDatasetIndex } from '../../query/dataset-index';
import { coOccurrenceModel, hideDerivedMeasures } from '../../query/model/co-occurrence-model';
import { noFilters } from '../../query/selection';
import { emptyFill } from '../heatmap/heatmap-scale';
import { maskedFill } from '../tile-map/tile-map-scale';
import { moveInSquare } from './co-occurrence-grid';
import { layoutCoOccurrence } from './co-occurrence-layout';

const dataset = accepted(
  assembleDataset([
    table('cases.csv', [
      ['Title', 'Alpha', 'Beta', 'Gamma'],
      ...Array.from({ length: 6 }, (_, i) => [`case${i}`, '1', i < 5 ? '1' : '', i < 1 ? '1' : '']),
      ['none', '', '', ''],
    ]),
  ]),
).dataset;
const index = buildDatasetIndex(dataset);
const model = (measure: 'count' | 'jaccard') =>
  coOccurrenceModel({ dataset, index, filters: noFilters }, { measure, order: 'codebook' });

describe('layoutCoOccurrence', () => {
  const layout = layoutCoOccurrence(model('count'), 'count');

  it('fills the square from the pairs, each pair read for both of its cells', () => {
    expect(layout.themes.map((t) => [t.number, t.label])).toEqual([
      [1, 'Alpha'],
      [2, 'Beta'],
      [3, 'Gamma'],
    ]);
    expect(layout.cells).toHaveLength(9);
    const at = (row: number, column: number) =>
      layout.cells.find((c) => c.row === row && c.column === column);
    expect(at(0, 1)?.pair).toBe(at(1, 0)?.pair);
    expect(at(0, 1)?.text).toBe('5');
    expect(at(1, 0)?.name).toBe('Beta and Alpha: 5 cases with both, of 6 coded for both');
    expect(at(2, 2)?.name).toBe('Gamma: 1 case with the theme, of 6 coded');
    expect(at(2, 2)?.diagonal).toBe(true);
  });

  it('colours counts in classes, darker for more, with a legend', () => {
    const at = (row: number, column: number) =>
      layout.cells.find((c) => c.row === row && c.column === column);
    expect(layout.legend.slice(1).map((e) => e.label)).toEqual(['1–2', '3–4', '5–6']);
    expect(at(0, 0)?.fill).toBe(layout.legend[3]?.fill);
    expect(at(2, 2)?.fill).toBe(layout.legend[1]?.fill);
    expect(layout.legendTitle).toBe('Cases with both');
    expect(layout.legend[0]).toMatchObject({ fill: emptyFill, kind: 'empty' });
  });

  it('bins Jaccard in fifths', () => {
    const jaccard = layoutCoOccurrence(model('jaccard'), 'jaccard');
    expect(jaccard.legend.slice(1).map((e) => e.label)).toEqual([
      'over 0–0.2',
      '0.2–0.4',
      '0.4–0.6',
      '0.6–0.8',
      '0.8–1.0',
    ]);
    expect(jaccard.cells.find((c) => c.row === 0 && c.column === 1)?.text).toBe('0.83');
  });

  it('draws hidden cells in one hatched grey whatever their count', () => {
    const masked = layoutCoOccurrence(hideDerivedMeasures(primaryMasked(model('count'))), 'count');
    const gamma = masked.cells.find((c) => c.row === 2 && c.column === 2);
    expect(gamma).toMatchObject({ hidden: true, text: '< 5', fill: maskedFill });
    expect(masked.legend.at(-1)).toMatchObject({ kind: 'masked' });
  });
});

describe('moveInSquare', () => {
  it.each([
    ['ArrowRight', false, { row: 1, column: 2 }],
    ['ArrowDown', false, { row: 2, column: 1 }],
    ['Home', false, { row: 1, column: 0 }],
    ['End', true, { row: 2, column: 2 }],
    ['Home', true, { row: 0, column: 0 }],
  ] as const)('%s (Ctrl %s) moves to %o', (key, ctrl, to) => {
    expect(moveInSquare({ row: 1, column: 1 }, key, ctrl, 3)).toEqual(to);
  });

  it('stays inside the square and ignores other keys', () => {
    expect(moveInSquare({ row: 0, column: 0 }, 'ArrowUp', false, 3)).toEqual({ row: 0, column: 0 });
    expect(moveInSquare({ row: 0, column: 0 }, 'a', false, 3)).toBeNull();
  });
});
