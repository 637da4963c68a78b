import { describe, expect, it } from 'vitest';
import { bundledModel, primaryMasked } from '../../../tests/unit/chart-models';
import { barInputsOf, intervalLegendLabel, legendFor } from './bar-inputs';
import { layoutBars, type BarLayout } from './bar-layout';

const width = 600;

/** Where a proportion `p` of a base sits on a count scale whose largest value is `largest`. */
function countX(layout: BarLayout, largest: number, count: number): number {
  return layout.plotX + (count / largest) * layout.plotWidth;
}

describe('interval whiskers', () => {
  it('draw each row’s model interval, times its base, on the count scale', () => {
    const model = bundledModel('overview.contactRoute');
    const inputs = barInputsOf(model);
    const layout = layoutBars(inputs, { width, intervals: true });
    // The scale reaches the largest count or interval end, so no whisker is cut off.
    const largest = Math.max(
      ...model.rows.map((r) =>
        Math.max(r.count.value ?? 0, (r.interval.high ?? 0) * (r.base.value ?? 0)),
      ),
    );
    const categories = model.rows.filter((r) => r.kind === 'category');
    expect(categories.length).toBeGreaterThan(2);
    for (const row of categories) {
      const bar = layout.rows.find((b) => b.key === row.key);
      const base = row.base.value ?? 0;
      expect(bar?.whisker?.x1).toBeCloseTo(
        countX(layout, largest, (row.interval.low ?? 0) * base),
        6,
      );
      expect(bar?.whisker?.x2).toBeCloseTo(
        countX(layout, largest, (row.interval.high ?? 0) * base),
        6,
      );
      // The bar's end (its count) lies within its interval; the value label sits past both.
      expect(bar!.barX + bar!.barWidth).toBeGreaterThanOrEqual(bar!.whisker!.x1 - 1e-6);
      expect(bar!.barX + bar!.barWidth).toBeLessThanOrEqual(bar!.whisker!.x2 + 1e-6);
      expect(bar!.valueX).toBeGreaterThan(bar!.whisker!.x2);
    }
  });

  it('draw the interval itself on a share scale (0 to 100 %)', () => {
    const model = bundledModel('overview.outcome');
    const layout = layoutBars(barInputsOf(model), { width, intervals: true, scale: 'share' });
    const death = model.rows.find((r) => r.categoryId === 'death');
    const bar = layout.rows.find((b) => b.key === death?.key);
    expect(bar?.whisker?.x1).toBeCloseTo(
      layout.plotX + (death?.interval.low ?? 0) * layout.plotWidth,
      6,
    );
    expect(bar?.whisker?.x2).toBeCloseTo(
      layout.plotX + (death?.interval.high ?? 0) * layout.plotWidth,
      6,
    );
    expect(bar?.barWidth).toBeCloseTo((death?.share.value ?? 0) * layout.plotWidth, 6);
  });

  it('are not drawn unless asked for', () => {
    const layout = layoutBars(barInputsOf(bundledModel('overview.outcome')), { width });
    expect(layout.rows.every((r) => r.whisker === undefined)).toBe(true);
  });

  it('leave out every count presenter-safe hides, and the cases not coded', () => {
    const masked = primaryMasked(bundledModel('overview.contactRoute'));
    const layout = layoutBars(barInputsOf(masked), { width, intervals: true });
    const hidden = masked.rows.filter((r) => r.count.hidden);
    expect(hidden.length).toBeGreaterThan(0);
    for (const row of hidden)
      expect(layout.rows.find((b) => b.key === row.key)?.whisker).toBeUndefined();
    const shown = masked.rows.filter(
      (r) => r.kind === 'category' && !r.count.hidden && !r.share.hidden,
    );
    for (const row of shown)
      expect(layout.rows.find((b) => b.key === row.key)?.whisker).toBeDefined();
    const incident = bundledModel('overview.incidentYear');
    const notCoded = layoutBars(barInputsOf(incident), { width, intervals: true }).rows.find(
      (r) => r.kind === 'not-recorded',
    );
    expect(notCoded?.whisker).toBeUndefined();
  });

  it('are named in the legend while they are drawn', () => {
    const labels = (intervals: boolean) =>
      legendFor({ colour: '#000', inferred: false, filtered: false, intervals }).map(
        (l) => l.label,
      );
    expect(labels(true)).toEqual([intervalLegendLabel]);
    expect(labels(false)).toEqual([]);
  });
});
