import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/types';
import { fullBitset } from './bitset';
import { buildDatasetIndex } from './dataset-index';
import { heatmapCases } from './heatmap-cases';
import { buildHeatmapMatrix, heatmapMatrix } from './heatmap-matrix';
import { orderRows } from './heatmap-order';
import { pickHeatmapRows } from './heatmap-rows';

const themeIds = ['info', 'risk', 'multi'];

function dataset(
  cases: Array<{ title: string; outcome: string; themes: string[] }>,
  learning: Array<{ caseIndex: number; theme: string }>,
): Dataset {
  return {
    meta: { title: 't', source: 's', periods: [], notes: '' },
    codebook: {
      outcomes: [
        { id: 'death', label: 'Death', subcategories: [] },
        { id: 'harm', label: 'Significant harm', subcategories: [] },
      ],
      contactRoutes: [],
      themes: themeIds.map((id, order) => ({ id, label: id, order })),
      barriers: [],
      fields: [],
      derived: false,
    },
    cases: cases.map((c, i) => ({ id: `c${i}`, ...c, attributes: [], inferred: [] })),
    learning: learning.map((l, i) => ({
      id: `L${i}`,
      caseId: l.caseIndex === -1 ? '' : `c${l.caseIndex}`,
      themeId: l.theme,
      barrier: '',
      kind: 'good-practice' as const,
      summary: '',
      inferred: [],
    })),
    published: [],
    screening: [],
  };
}

const arbitraryData = fc.integer({ min: 2, max: 16 }).chain((size) =>
  fc.record({
    cases: fc.array(
      fc.record({
        // Few titles and outcomes, so that ties are broken by title and by dataset order.
        title: fc.constantFrom('Case 1', 'Case 2', 'Case 10', 'case 2'),
        outcome: fc.constantFrom('death', 'harm', ''),
        themes: fc.subarray(themeIds),
      }),
      { minLength: size, maxLength: size },
    ),
    learning: fc.array(
      fc.record({
        caseIndex: fc.integer({ min: -1, max: size - 1 }),
        theme: fc.constantFrom(...themeIds),
      }),
      { maxLength: 30 },
    ),
    limit: fc.integer({ min: 1, max: size - 1 }),
    sort: fc.constantFrom('total', 'outcome', 'title') as fc.Arbitrary<
      'total' | 'outcome' | 'title'
    >,
    mode: fc.constantFrom('count', 'presence') as fc.Arbitrary<'count' | 'presence'>,
  }),
);

describe('pickHeatmapRows', () => {
  it('picks every case up to the limit (null), and past it the first cases of the sort', () => {
    fc.assert(
      fc.property(arbitraryData, ({ cases, learning, limit, sort, mode }) => {
        const data = dataset(cases, learning);
        const index = buildDatasetIndex(data);
        const all = heatmapCases(data, index, fullBitset(cases.length));
        expect(pickHeatmapRows(all, data, index, sort, mode, undefined, cases.length)).toBeNull();
        const picked = pickHeatmapRows(all, data, index, sort, mode, undefined, limit);
        expect(picked?.by).toBe(sort);
        const full = buildHeatmapMatrix(data, index, fullBitset(cases.length));
        const first = Array.from(orderRows(full, data, index, sort, mode)).slice(0, limit);
        expect([...(picked?.rows ?? [])].sort((a, b) => a - b)).toEqual(
          first.sort((a, b) => a - b),
        );
      }),
    );
  });

  it('picks by total for a similarity sort, and for an outcome sort while presenter-safe is on', () => {
    const data = dataset(
      [
        { title: 'A', outcome: 'death', themes: [] },
        { title: 'B', outcome: 'harm', themes: ['info', 'risk'] },
        { title: 'C', outcome: 'death', themes: ['info'] },
      ],
      [],
    );
    const index = buildDatasetIndex(data);
    const all = heatmapCases(data, index, fullBitset(3));
    const safe = { label: (c: number) => `Case ${c + 1}`, hideBelow: 1 };
    expect(pickHeatmapRows(all, data, index, 'similarity', 'presence', undefined, 2)).toEqual({
      rows: Int32Array.from([1, 2]),
      by: 'total',
    });
    expect(pickHeatmapRows(all, data, index, 'outcome', 'presence', undefined, 1)?.rows).toEqual(
      Int32Array.from([2]),
    );
    expect(pickHeatmapRows(all, data, index, 'outcome', 'presence', safe, 1)).toEqual({
      rows: Int32Array.from([1]),
      by: 'total',
    });
  });
});

describe('heatmapMatrix of the rows picked', () => {
  it('has a row for each case picked, and totals per theme over every case in view', () => {
    fc.assert(
      fc.property(arbitraryData, ({ cases, learning, limit, sort, mode }) => {
        const data = dataset(cases, learning);
        const index = buildDatasetIndex(data);
        const all = heatmapCases(data, index, fullBitset(cases.length));
        const full = buildHeatmapMatrix(data, index, fullBitset(cases.length));
        const rows = pickHeatmapRows(all, data, index, sort, mode, undefined, limit)?.rows;
        const shown = heatmapMatrix(data, all, rows);
        expect(rows).toHaveLength(limit);
        const sorted = [...(rows ?? [])].sort((a, b) => a - b);
        expect(Array.from(shown.caseRows)).toEqual(sorted);
        expect(shown.casesInView).toBe(cases.length);
        sorted.forEach((row, k) => {
          const cells = (m: typeof full, r: number) =>
            Array.from(m.counts.subarray(r * m.columnCount, (r + 1) * m.columnCount));
          expect(cells(shown, k)).toEqual(cells(full, row));
          expect(shown.rowItems[k]).toBe(full.rowItems[row]);
          expect(shown.rowPresent[k]).toBe(full.rowPresent[row]);
        });
        expect(shown.columnItems).toEqual(full.columnItems);
        expect(shown.columnPresent).toEqual(full.columnPresent);
        expect(shown.columnCoded).toEqual(full.columnCoded);
        expect(shown.itemsOnRows).toBe(full.itemsOnRows);
      }),
    );
  });
});
