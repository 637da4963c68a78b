import { describe, expect, it } from 'vitest';
import type { ScreeningSummary } from '../../query/screening';
import { layoutScreeningFunnel } from './screening-layout';

const summary: ScreeningSummary = {
  total: 10,
  included: 4,
  excluded: 6,
  sources: [
    { id: 'web', label: 'Web', count: 8 },
    { id: 'forces', label: 'Forces', count: 2 },
  ],
  statuses: [
    { id: 'late', label: 'Out of date', count: 5, bySource: [4, 1], included: false },
    { id: 'brief', label: 'Too brief', count: 1, bySource: [1, 0], included: false },
    { id: 'included', label: 'Included', count: 4, bySource: [3, 1], included: true },
  ],
};

describe('layoutScreeningFunnel', () => {
  const layout = layoutScreeningFunnel(summary, [50, 10, 40], 600);
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
  });

  it('splits each bar by source, leaving out empty parts, and stays inside the width', () => {
    expect(brief?.segments.map((s) => s.source)).toEqual([0]);
    expect(included?.segments.map((s) => [s.source, s.count])).toEqual([
      [0, 3],
      [1, 1],
    ]);
    for (const bar of layout.bars) {
      expect(bar.x0).toBeGreaterThan(layout.labelWidth);
      expect(bar.x1).toBeLessThanOrEqual(600 - 90);
      expect(bar.y + bar.height).toBeLessThanOrEqual(layout.height);
    }
    expect(layout.connectors).toHaveLength(3);
  });

  it('wraps long labels into the label column', () => {
    const long = layoutScreeningFunnel(
      {
        ...summary,
        statuses: [
          {
            ...summary.statuses[0]!,
            label: 'Too brief to extract any useful learning about police practice',
          },
        ],
      },
      [50],
      600,
    );
    const bar = long.bars[1];
    expect(bar?.lines.length).toBeGreaterThan(1);
    expect(bar?.lines.join(' ')).toBe(
      'Too brief to extract any useful learning about police practice',
    );
    expect(bar?.height).toBeGreaterThanOrEqual((bar?.lines.length ?? 0) * 17);
  });
});
