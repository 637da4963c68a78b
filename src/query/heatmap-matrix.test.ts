import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseRecord, Dataset, LearningItem } from '../data/types';
import { bitsToIndices, fullBitset } from './bitset';
import { buildDatasetIndex } from './dataset-index';
import {
  buildHeatmapMatrix,
  cellCoded,
  cellInferred,
  cellNotCoded,
  cellValues,
  columnTotals,
  isNotCoded,
  rowTotals,
} from './heatmap-matrix';
import { selectCases } from './selection';

function dataset(cases: Array<Partial<CaseRecord> & { id: string }>, learning: LearningItem[]) {
  return {
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
    cases: cases.map((c) => ({ title: c.id, themes: [], attributes: [], inferred: [], ...c })),
    learning,
    published: [],
    screening: [],
  } satisfies Dataset;
}

function item(id: string, caseId: string, themeId: string, extra: Partial<LearningItem> = {}) {
  return {
    id,
    caseId,
    themeId,
    barrier: 'unknown',
    kind: 'missed-opportunity' as const,
    summary: id,
    inferred: [],
    ...extra,
  };
}

const sample = dataset(
  [
    { id: 'a', themes: ['multi'], inferred: ['themes'] },
    { id: 'b', themes: ['info'] },
    { id: 'c', force: 'kent' },
  ],
  [
    item('L1', 'a', 'multi', { inferred: ['caseId'] }),
    item('L2', 'a', 'multi', { barrier: 'resourcing' }),
    item('L3', '', 'info'),
    item('L4', '', 'info'),
    item('L5', 'c', 'risk'),
    item('L6', 'ghost', 'risk'),
    item('L7', 'b', 'new-theme'),
  ],
);
const sampleIndex = buildDatasetIndex(sample);

describe('buildHeatmapMatrix', () => {
  const m = buildHeatmapMatrix(sample, sampleIndex, fullBitset(3));

  it('counts learning items per case and theme, with a column for a theme only the data names', () => {
    expect(m.themes.map((t) => t.id)).toEqual(['info', 'risk', 'multi', 'new-theme']);
    expect(Array.from(m.counts)).toEqual([0, 0, 2, 0, 0, 0, 0, 1, 0, 1, 0, 0]);
    expect(Array.from(m.rowItems)).toEqual([2, 1, 1]);
    expect(Array.from(m.columnItems)).toEqual([0, 1, 2, 1]);
  });

  it('keeps items naming no case (or an unknown case) apart, per theme', () => {
    expect(Array.from(m.unnamed)).toEqual([2, 1, 0, 0]);
    expect([m.itemsOnRows, m.unnamedItems, m.totalItems]).toEqual([4, 3, 7]);
  });

  it('flags coded cells and inferred codes or links', () => {
    expect(m.flags[2]).toBe(cellCoded | cellInferred);
    expect(m.flags[4]).toBe(cellCoded);
    expect(m.flags[9]).toBe(0);
    expect(Array.from(m.rowPresent)).toEqual([1, 2, 1]);
    expect(Array.from(m.columnPresent)).toEqual([1, 1, 1, 1]);
  });

  it('gives each mode its values and totals', () => {
    expect(Array.from(cellValues(m, 'presence'))).toEqual([0, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 0]);
    const rowShare = cellValues(m, 'row-percent');
    expect(rowShare[2]).toBe(100);
    expect(rowShare[4]).toBe(0);
    const columnShare = cellValues(m, 'column-percent');
    expect(columnShare[0]).toBeNaN();
    expect(columnShare[9]).toBe(100);
    expect(rowTotals(m, 'presence')).toBe(m.rowPresent);
    expect(columnTotals(m, 'count')).toBe(m.columnItems);
  });

  it('follows the selection and the barrier filter', () => {
    const selection = selectCases(sampleIndex, {
      values: new Map([['force', ['kent']]]),
      themeMatch: 'any',
    });
    const filtered = buildHeatmapMatrix(sample, sampleIndex, selection, {
      barriers: ['unknown'],
    });
    expect(Array.from(filtered.caseRows)).toEqual([2]);
    expect(Array.from(filtered.counts)).toEqual([0, 1, 0, 0]);
    expect([filtered.itemsOnRows, filtered.unnamedItems, filtered.totalItems]).toEqual([1, 3, 6]);
  });
});

describe('totals property', () => {
  const themeIds = ['info', 'risk', 'multi', 'constructor'];
  const arbitraryData = fc.integer({ min: 0, max: 12 }).chain((size) =>
    fc.record({
      themes: fc.array(fc.subarray(themeIds), { minLength: size, maxLength: size }),
      learning: fc.array(
        fc.record({
          caseIndex: fc.integer({ min: -1, max: size - 1 }),
          theme: fc.constantFrom(...themeIds),
        }),
        { maxLength: 40 },
      ),
      keep: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
    }),
  );

  it('row and column totals equal a recount from the raw rows', () => {
    fc.assert(
      fc.property(arbitraryData, ({ themes, learning, keep }) => {
        const cases = themes.map((t, i) => ({ id: `c${i}`, themes: t }));
        const items = learning.map((l, i) =>
          item(`L${i}`, l.caseIndex === -1 ? '' : `c${l.caseIndex}`, l.theme),
        );
        const data = dataset(cases, items);
        const index = buildDatasetIndex(data);
        const selection = fullBitset(cases.length);
        keep.forEach((k, i) => {
          if (!k) selection[i >>> 5] = (selection[i >>> 5] ?? 0) & ~(1 << (i & 31));
        });
        const m = buildHeatmapMatrix(data, index, selection);
        const kept = cases.filter((_, i) => keep[i]);
        kept.forEach((c, row) => {
          const mine = items.filter((l) => l.caseId === c.id);
          expect(m.rowItems[row]).toBe(mine.length);
          const present = new Set([...c.themes, ...mine.map((l) => l.themeId)]);
          expect(m.rowPresent[row]).toBe(present.size);
        });
        m.themes.forEach((theme, column) => {
          const onRows = items.filter(
            (l) => l.themeId === theme.id && kept.some((c) => c.id === l.caseId),
          );
          expect(m.columnItems[column]).toBe(onRows.length);
          const unnamed = items.filter((l) => l.themeId === theme.id && l.caseId === '');
          expect(m.unnamed[column]).toBe(unnamed.length);
          const withTheme = kept.filter(
            (c) =>
              c.themes.includes(theme.id) ||
              items.some((l) => l.caseId === c.id && l.themeId === theme.id),
          );
          expect(m.columnPresent[column]).toBe(withTheme.length);
        });
      }),
    );
  });
});

describe('coding status in the heatmap', () => {
  const partly = dataset(
    [
      { id: 'a', themes: ['multi'], themesCoded: false },
      { id: 'b', themes: ['info'], themesCoded: ['risk'] },
      { id: 'c' },
    ],
    [item('L1', 'a', 'risk')],
  );
  const index = buildDatasetIndex(partly);
  const matrix = buildHeatmapMatrix(partly, index, fullBitset(3));

  it('marks the cells a case is not coded for, and counts each theme’s cases coded', () => {
    // Columns: info, risk, multi. Case a holds multi and has learning on risk (so risk is known).
    expect(Array.from(matrix.flags, (f) => (f & cellNotCoded) !== 0)).toEqual([
      ...[true, true, false],
      ...[false, false, true],
      ...[false, false, false],
    ]);
    expect(Array.from(matrix.columnCoded)).toEqual([2, 3, 2]);
    expect(Array.from(matrix.columnPresent)).toEqual([1, 1, 1]);
  });

  it('shows presence as 1, 0, or not known (NaN) where a case is not coded for the theme', () => {
    expect(Array.from(cellValues(matrix, 'presence'))).toEqual([
      ...[Number.NaN, 1, 1],
      ...[1, 0, Number.NaN],
      ...[0, 0, 0],
    ]);
    expect(isNotCoded(matrix, 0)).toBe(true);
    expect(isNotCoded(matrix, 1)).toBe(false);
  });

  it('indexes the cases coded for each theme', () => {
    const themes = index.dimensions.get('themes');
    const coded = themes?.coded?.map((set) => bitsToIndices(set));
    expect(themes?.categories.map((c) => c.id)).toEqual(['info', 'risk', 'multi']);
    expect(coded).toEqual([
      [1, 2],
      [1, 2],
      [0, 2],
    ]);
  });
});
