import { describe, expect, it } from 'vitest';
import { readBundledDataset } from '../../../tests/unit/bundled';
import { primaryMasked } from '../../../tests/unit/chart-models';
import type { ScreeningRow } from '../../data/types';
import { screeningModel } from '../../query/model/screening-model';
import { layoutScreeningFunnel } from './screening-layout';

const bundled = readBundledDataset();

function modelOf(screening: ScreeningRow[]) {
  return screeningModel({ ...bundled, published: [], screening }, 'half-up', []);
}

const rows: ScreeningRow[] = [
  { status: 'late', statusLabel: 'Out of date', source: 'web', count: 4 },
  { status: 'late', source: 'forces', count: 1 },
  { status: 'brief', statusLabel: 'Too brief', source: 'web', count: 1 },
  { status: 'included', statusLabel: 'Included', source: 'web', count: 3 },
  { status: 'included', source: 'forces', count: 1 },
];

describe('layoutScreeningFunnel', () => {
  const layout = layoutScreeningFunnel(modelOf(rows), 600);
  const [total, late, brief, included] = layout.bars;

  it('draws all reviews, each exclusion taken off in turn, then the included ones', () => {
    expect(layout.bars.map((b) => [b.kind, b.lines.join(' '), b.value])).toEqual([
      ['total', 'All reviews identified and examined', '10 · 100%'],
      ['excluded', 'Out of date', '5 · 50%'],
      ['excluded', 'Too brief', '1 · 10%'],
      ['included', 'Included', '4 · 40%'],
    ]);
    expect(late?.x1).toBeCloseTo(total?.x1 ?? NaN);
    expect(brief?.x1).toBeCloseTo(late?.x0 ?? NaN);
    expect(included?.x1).toBeCloseTo(brief?.x0 ?? NaN);
    expect(included?.x0).toBeCloseTo(total?.x0 ?? NaN);
    expect(layout.toScale).toBe(true);
  });

  it('splits each bar by source, leaving out empty parts, and stays inside the width', () => {
    expect(brief?.segments.map((s) => s.source)).toEqual([0]);
    expect(included?.segments.map((s) => [s.source, s.countText])).toEqual([
      [0, '3'],
      [1, '1'],
    ]);
    for (const bar of layout.bars) {
      expect(bar.x0).toBeGreaterThan(layout.labelWidth);
      expect(bar.x1).toBeLessThanOrEqual(600 - 90);
      expect(bar.y + bar.height).toBeLessThanOrEqual(layout.height);
    }
    expect(layout.connectors).toHaveLength(3);
  });

  it('draws nothing to scale while presenter-safe hides a count: no length gives one back', () => {
    const masked = layoutScreeningFunnel(primaryMasked(modelOf(rows)), 600);
    expect(masked.toScale).toBe(false);
    expect(masked.connectors).toHaveLength(0);
    const widths = masked.bars.map((b) => Math.round(b.x1 - b.x0));
    expect(new Set(widths).size).toBe(1);
    expect(masked.bars[2]?.value).toBe('< 5');
    expect(masked.bars[2]?.segments.map((s) => [s.countText, s.hidden])).toEqual([['< 5', true]]);
  });

  it('wraps long labels into the label column', () => {
    const label = 'Too brief to extract any useful learning about police practice';
    const long = layoutScreeningFunnel(
      modelOf([{ status: 'brief', statusLabel: label, source: 'web', count: 3 }]),
      600,
    );
    const bar = long.bars[1];
    expect(bar?.lines.length).toBeGreaterThan(1);
    expect(bar?.lines.join(' ')).toBe(label);
    expect(bar?.height).toBeGreaterThanOrEqual((bar?.lines.length ?? 0) * 17);
  });
});
