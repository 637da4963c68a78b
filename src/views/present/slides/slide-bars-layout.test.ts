import { describe, expect, it } from 'vitest';
import { bundledModel, filtersOf, primaryMasked } from '../../../../tests/unit/chart-models';
import { textWidth } from '../../../charts/text-measure';
import { layoutSlideBars, slideMinFont, valueText } from './slide-bars-layout';

describe('layoutSlideBars', () => {
  it('writes every label and value at the slide size, never under 24 px', () => {
    const model = bundledModel('overview.contactRoute');
    const layout = layoutSlideBars(model, 976, 480, 14, textWidth);
    expect(layout.fontSize).toBe(slideMinFont);
    expect(layout.bars.map((b) => b.value)).toEqual([
      '4 (36%)',
      '3 (27%)',
      '2 (18%)',
      '1 (9%)',
      '1 (9%)',
    ]);
    expect(layout.more).toBe(0);
    // Direct labels: each value sits just past its bar, inside the width.
    for (const bar of layout.bars) {
      expect(bar.valueX).toBeCloseTo(layout.plotX + bar.statedWidth + bar.inferredWidth + 12, 5);
      expect(bar.valueX + textWidth(bar.value, 24, true)).toBeLessThanOrEqual(976);
    }
    expect(layout.height).toBeLessThanOrEqual(480);
  });

  it('keeps the largest counts when not every row fits, and counts the rest', () => {
    const model = bundledModel('overview.force');
    const layout = layoutSlideBars(model, 976, 160, 24, textWidth);
    expect(layout.bars.length).toBe(Math.floor(160 / Math.round(24 * 1.55)));
    expect(layout.more).toBe(model.rows.length - layout.bars.length);
    expect(layout.height).toBeLessThanOrEqual(160 + 24);
  });

  it('keeps the last row on the slide when labels wrap onto two lines', () => {
    // Force names wrap in a narrow label column; each wrapped label takes a line more.
    const model = bundledModel('overview.force');
    for (const height of [120, 160, 200, 240, 300]) {
      const layout = layoutSlideBars(model, 480, height, 24, textWidth);
      expect(layout.bars.some((b) => b.labelLines.length > 1)).toBe(true);
      expect(layout.height, `at ${height} px`).toBeLessThanOrEqual(height);
      expect(layout.more).toBe(model.rows.length - layout.bars.length);
    }
  });

  it('keeps every row on a handout page, however long its labels', () => {
    const model = bundledModel('overview.force');
    const layout = layoutSlideBars(model, 480, 120, 12.5, textWidth, {
      minFont: 12.5,
      everyRow: true,
    });
    expect(layout.bars).toHaveLength(model.rows.length);
    expect(layout.more).toBe(0);
  });

  it('gives group headings their figure but no bar, and scales the bars under them', () => {
    const model = bundledModel('overview.outcomeSubcategory', filtersOf(['outcome', ['death']]));
    const layout = layoutSlideBars(model, 680, 400, 24, textWidth);
    const group = layout.bars.find((b) => b.bold);
    expect(group?.statedWidth).toBe(0);
    const widest = Math.max(...layout.bars.map((b) => b.statedWidth + b.inferredWidth));
    expect(widest).toBeGreaterThan(680 * 0.4);
  });

  it('draws a hidden count as a stub of fixed length, and reads it as presenter-safe shows it', () => {
    const masked = primaryMasked(bundledModel('overview.contactRoute'));
    const layout = layoutSlideBars(masked, 976, 480, 24, textWidth);
    const small = layout.bars.filter((b) => b.masked);
    expect(small.length).toBeGreaterThan(0);
    expect(new Set(small.map((b) => b.statedWidth)).size).toBe(1);
    expect(small.every((b) => b.value === '< 5')).toBe(true);
    expect(masked.rows.map(valueText)).not.toContain('2 (18%)');
  });
});
