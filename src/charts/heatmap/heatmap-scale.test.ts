import { describe, expect, it } from 'vitest';
import { maskedBin, presenterSafeScale } from './heatmap-scale';

describe('presenterSafeScale', () => {
  it('gives every count from 1 to k − 1 one colour, and counts from k their own', () => {
    const counts = Int32Array.from([0, 1, 2, 4, 5, 6]);
    const scale = presenterSafeScale(Float64Array.from(counts), counts, 'count', 5);
    expect([...scale.bins]).toEqual([0, maskedBin, maskedBin, maskedBin, 2, 3]);
    expect(scale.steps).toEqual([
      { bin: maskedBin, label: '< 5' },
      { bin: 2, label: '5' },
      { bin: 3, label: '6' },
    ]);
  });

  it('shares the bins above k out as ranges when there are many values', () => {
    const counts = Int32Array.from([3, 5, 20, 40]);
    const scale = presenterSafeScale(Float64Array.from(counts), counts, 'count', 5);
    expect([...scale.bins]).toEqual([maskedBin, 2, 4, 6]);
    expect(scale.steps.map((s) => s.label)).toEqual([
      '< 5',
      '5–12',
      '13–19',
      '20–26',
      '27–33',
      '34–40',
    ]);
  });

  it('hides the share of a cell whose count is hidden, and leaves presence alone', () => {
    const counts = Int32Array.from([2, 6]);
    const shares = Float64Array.from([25, 75]);
    const scale = presenterSafeScale(shares, counts, 'row-percent', 5);
    expect(scale.bins[0]).toBe(maskedBin);
    expect(scale.bins[1]).toBe(5);
    expect(scale.steps[0]?.label).toBe('fewer than 5 items (share hidden)');
    const presence = presenterSafeScale(Float64Array.from([1, 1]), counts, 'presence', 5);
    expect([...presence.bins]).toEqual([4, 4]);
  });
});
