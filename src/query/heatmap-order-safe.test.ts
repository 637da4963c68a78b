import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/types';
import { fullBitset } from './bitset';
import { buildDatasetIndex } from './dataset-index';
import { buildHeatmapMatrix } from './heatmap-matrix';
import { orderColumns, orderRows } from './heatmap-order';

const items = (caseId: string, themeId: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `${caseId}-${themeId}-${i}`, caseId, themeId }));

const data: Dataset = {
  meta: { title: 't', source: 's', periods: [], notes: '' },
  codebook: {
    outcomes: [],
    contactRoutes: [],
    themes: [
      { id: 'info', label: 'Information sharing' },
      { id: 'risk', label: 'Risk assessment' },
      { id: 'multi', label: 'Multi-agency working' },
    ],
    barriers: [],
    fields: [],
    derived: false,
  },
  cases: [
    { id: 'a', title: 'Alpha' },
    { id: 'b', title: 'Bravo' },
    { id: 'c', title: 'Charlie' },
  ].map((c) => ({ ...c, themes: [], attributes: [], inferred: [] })),
  // Row totals: Alpha 1, Bravo 3 (both hidden under k = 5), Charlie 6. Columns: 1, 3, 6.
  learning: [...items('a', 'info', 1), ...items('b', 'risk', 3), ...items('c', 'multi', 6)].map(
    (l) => ({ ...l, barrier: '', kind: 'good-practice' as const, summary: '', inferred: [] }),
  ),
  published: [],
  screening: [],
};
const index = buildDatasetIndex(data);
const matrix = buildHeatmapMatrix(data, index, fullBitset(3));
/** Neutral labels in matrix row order: Alpha is "Case 1", Bravo "Case 3", Charlie "Case 2". */
const labels = ['Case 1', 'Case 3', 'Case 2'];
const shown = (order: Int32Array) => Array.from(order, (row) => labels[row]);

describe('heatmap order under presenter-safe', () => {
  it('ranks hidden totals alike and breaks ties by the neutral labels, not the titles', () => {
    const safe = { titles: labels, hideBelow: 5 };
    // Off, Bravo's 3 items rank above Alpha's 1; on, both are "< 5" and tie.
    expect(shown(orderRows(matrix, data, index, 'total', 'count'))).toEqual([
      'Case 2',
      'Case 3',
      'Case 1',
    ]);
    expect(shown(orderRows(matrix, data, index, 'total', 'count', safe))).toEqual([
      'Case 2',
      'Case 1',
      'Case 3',
    ]);
    expect(shown(orderRows(matrix, data, index, 'title', 'count'))).toEqual([
      'Case 1',
      'Case 3',
      'Case 2',
    ]);
    expect(shown(orderRows(matrix, data, index, 'title', 'count', safe))).toEqual([
      'Case 1',
      'Case 2',
      'Case 3',
    ]);
  });

  it('keeps hidden column totals in codebook order', () => {
    const themes = (order: Int32Array) => Array.from(order, (c) => matrix.themes[c]?.id);
    expect(themes(orderColumns(matrix, [], 'total', 'count'))).toEqual(['multi', 'risk', 'info']);
    expect(themes(orderColumns(matrix, [], 'total', 'count', 5))).toEqual([
      'multi',
      'info',
      'risk',
    ]);
  });

  it('sorts by the outcomes the rows may show, hidden ones with none recorded', () => {
    // Alpha's outcome is hidden (−1), Bravo shows code 0, Charlie code 1. By total alone the
    // order would be Charlie, Alpha, Bravo (see above).
    const safe = { titles: labels, hideBelow: 5, outcomes: Int32Array.of(-1, 0, 1) };
    expect(shown(orderRows(matrix, data, index, 'outcome', 'count', safe))).toEqual([
      'Case 3',
      'Case 2',
      'Case 1',
    ]);
  });
});
