import { describe, expect, it } from 'vitest';
import { layoutHeatmap, type HeatmapLayoutInput } from './heatmap-layout';
import { heatmapScale } from './heatmap-scale';
import { truncateText, wrapLabel } from './label-fit';

function input(rows: number, columns: number, extra: Partial<HeatmapLayoutInput> = {}) {
  return {
    rowLabels: Array.from({ length: rows }, (_, i) => `Case ${i}`),
    rowMarkers: new Uint8Array(rows),
    rowOrder: Int32Array.from({ length: rows }, (_, i) => rows - 1 - i),
    columnLabels: Array.from({ length: columns }, (_, i) => `Theme number ${i}`),
    columnGroups: Array.from({ length: columns }, () => undefined),
    columnOrder: Int32Array.from({ length: columns }, (_, i) => i),
    rowTotals: Int32Array.from({ length: rows }, (_, i) => i),
    columnTotals: Int32Array.from({ length: columns }, (_, i) => i * 2),
    unnamed: new Int32Array(columns),
    selectedColumns: new Set<number>(),
    ...extra,
  } satisfies HeatmapLayoutInput;
}

describe('layoutHeatmap', () => {
  it('fits the columns to the width, wrapping labels when columns are wide', () => {
    const layout = layoutHeatmap(input(11, 8), { width: 1300, canvas: false });
    expect(layout.labelMode).toBe('wrap');
    expect(layout.columnWidth).toBe(Math.floor((1300 - layout.rowHeaderWidth - 116) / 8));
    expect(layout.columns.map((c) => c.x)).toEqual(
      Array.from({ length: 8 }, (_, k) => layout.cellX0 + k * layout.columnWidth),
    );
    expect(layout.totalX).toBe(layout.cellX0 + 8 * layout.columnWidth);
    expect(layout.width).toBe(layout.totalX + 116);
    expect(layout.bodyHeight).toBe(11 * layout.rowHeight);
    expect(layout.columns[0]?.lines).toEqual(['Theme number 0']);
  });

  it('slants labels when columns are narrow and widens the drawing for the last ones', () => {
    const layout = layoutHeatmap(input(5000, 20), { width: 900, canvas: true });
    expect(layout.columnWidth).toBe(38);
    expect(layout.labelMode).toBe('rotate');
    expect(layout.rowHeight).toBe(24);
    expect(layout.width).toBeGreaterThan(layout.totalX + layout.totalWidth - 1);
    expect(layout.headHeight).toBe(layout.totalsTop + layout.totalsHeight);
  });

  it('scales total bars to the largest total and keeps the display order', () => {
    const layout = layoutHeatmap(input(4, 3), { width: 1000, canvas: false });
    expect(Array.from(layout.rowBars)).toEqual(
      [64, (2 / 3) * 64, (1 / 3) * 64, 0].map(Math.fround),
    );
    expect(layout.columns.map((c) => c.bar)).toEqual([0, 13, 26]);
    expect(layout.rowLabel(2)).toBe('Case 2');
  });

  it('groups adjacent columns of one codebook group and marks chosen columns', () => {
    const layout = layoutHeatmap(
      input(2, 3, {
        columnGroups: ['Practice', 'Practice', undefined],
        selectedColumns: new Set([1]),
      }),
      { width: 1000, canvas: false },
    );
    expect(layout.groups).toEqual([
      { label: 'Practice', x0: layout.cellX0, x1: layout.cellX0 + 2 * layout.columnWidth },
    ]);
    expect(layout.groupBandHeight).toBe(24);
    expect(layout.columns.map((c) => c.selected)).toEqual([false, true, false]);
  });

  it('lays out 5,000 × 20 from typed arrays without cutting every label up front', () => {
    const layout = layoutHeatmap(input(5000, 20), { width: 1400, canvas: true });
    expect(layout.rowBars).toBeInstanceOf(Float32Array);
    expect(layout.rowBars).toHaveLength(5000);
    expect(layout.rowLabel(4999)).toBe('Case 4999');
  });
});

describe('text measure', () => {
  it('wraps on words and cuts what does not fit', () => {
    expect(wrapLabel('Engagement with children and/or their families', 90, 14, 4)).toEqual([
      'Engagement',
      'with children',
      'and/or their',
      'families',
    ]);
    expect(wrapLabel('one two three four five six', 30, 14, 2)).toHaveLength(2);
    expect(wrapLabel('one two three four five six', 30, 14, 2)[1]).toMatch(/…$/);
    expect(truncateText('Dudley: Young Person P', 80, 14)).toMatch(/^Dudley.*…$/);
    expect(truncateText('Short', 80, 14)).toBe('Short');
  });
});

describe('heatmapScale', () => {
  it.each([
    ['count', [0, 1, 2], [0, 2, 6], ['1', '2']],
    ['count', [0, 1], [0, 4], ['1']],
    ['presence', [0, 1], [0, 4], ['present']],
    [
      'row-percent',
      [Number.NaN, 0, 20, 21, 100],
      [0, 0, 2, 3, 6],
      ['1–20%', '21–40%', '41–60%', '61–80%', '81–100%'],
    ],
  ] as const)('%s %j → bins %j', (mode, values, bins, labels) => {
    const scale = heatmapScale(Float64Array.from(values), mode);
    expect(Array.from(scale.bins)).toEqual(bins);
    expect(scale.steps.map((s) => s.label)).toEqual(labels);
  });

  it('shares six bins between larger counts, labels matching the bins', () => {
    const values = Float64Array.from({ length: 11 }, (_, i) => i);
    const scale = heatmapScale(values, 'count');
    expect(Array.from(scale.bins)).toEqual([0, 1, 2, 2, 3, 3, 4, 5, 5, 6, 6]);
    expect(scale.steps.map((s) => s.label)).toEqual(['1', '2–3', '4–5', '6', '7–8', '9–10']);
  });
});
