import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/types';
import { fullBitset } from './bitset';
import { buildDatasetIndex } from './dataset-index';
import { buildHeatmapMatrix } from './heatmap-matrix';
import { orderColumns, orderRows } from './heatmap-order';

const data: Dataset = {
  meta: { title: 't', source: 's', periods: [], notes: '' },
  codebook: {
    outcomes: [
      { id: 'death', label: 'Death', subcategories: [] },
      { id: 'harm', label: 'Significant harm', subcategories: [] },
    ],
    contactRoutes: [],
    themes: [
      { id: 'info', label: 'Information sharing', order: 1, group: 'g2' },
      { id: 'risk', label: 'Risk assessment', order: 0, group: 'g1' },
      { id: 'multi', label: 'Multi-agency working', order: 2, group: 'g1' },
    ],
    themeGroups: [
      { id: 'g1', label: 'Practice' },
      { id: 'g2', label: 'Partnership' },
    ],
    barriers: [],
    fields: [],
    derived: false,
  },
  cases: [
    { id: 'c', title: 'Case 10', outcome: 'harm', themes: ['info'] },
    { id: 'a', title: 'Case 2', outcome: 'death', themes: [] },
    { id: 'b', title: 'Case 1', themes: ['risk', 'multi'] },
  ].map((c) => ({ ...c, attributes: [], inferred: [] })),
  learning: [
    { id: 'L1', caseId: 'a', themeId: 'multi' },
    { id: 'L2', caseId: 'a', themeId: 'multi' },
    { id: 'L3', caseId: 'c', themeId: 'info' },
    { id: 'L4', caseId: '', themeId: 'info' },
  ].map((l) => ({ ...l, barrier: '', kind: 'good-practice' as const, summary: '', inferred: [] })),
  published: [],
  screening: [],
};
const index = buildDatasetIndex(data);
const matrix = buildHeatmapMatrix(data, index, fullBitset(3));
const titles = (order: Int32Array) =>
  Array.from(order, (row) => data.cases[matrix.caseRows[row] ?? 0]?.title);

describe('orderRows', () => {
  it.each([
    ['total', 'count', ['Case 2', 'Case 10', 'Case 1']],
    ['total', 'presence', ['Case 1', 'Case 2', 'Case 10']],
    ['title', 'count', ['Case 1', 'Case 2', 'Case 10']],
    ['outcome', 'count', ['Case 2', 'Case 10', 'Case 1']],
  ] as const)('by %s in %s mode', (sort, mode, expected) => {
    expect(titles(orderRows(matrix, data, index, sort, mode))).toEqual(expected);
  });

  it('by similarity returns every row once', () => {
    const order = orderRows(matrix, data, index, 'similarity', 'presence');
    expect([...order].sort()).toEqual([0, 1, 2]);
  });
});

describe('orderColumns', () => {
  const ids = (order: Int32Array) => Array.from(order, (c) => matrix.themes[c]?.id);
  it('keeps codebook groups together, in codebook order', () => {
    expect(ids(orderColumns(matrix, data.codebook.themeGroups ?? [], 'codebook', 'count'))).toEqual(
      ['risk', 'multi', 'info'],
    );
  });
  it('sorts by total inside each group', () => {
    expect(ids(orderColumns(matrix, data.codebook.themeGroups ?? [], 'total', 'count'))).toEqual([
      'multi',
      'risk',
      'info',
    ]);
    expect(ids(orderColumns(matrix, [], 'total', 'count'))).toEqual(['multi', 'info', 'risk']);
  });
});
