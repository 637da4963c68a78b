import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bundledModel, primaryMasked } from '../../../../tests/unit/chart-models';
import { textWidth } from '../../../charts/text-measure';
import { BarsDrawing } from './bars-drawing';
import { layoutSlideBars } from './slide-bars-layout';

const [width, height] = [976, 480];

describe('projector bars with 95% intervals', () => {
  it('draw each row’s model interval, times its base, on the bars’ count scale', () => {
    const model = bundledModel('overview.contactRoute');
    const layout = layoutSlideBars(model, width, height, 24, textWidth, { intervals: true });
    expect(layout.intervals).toBe(true);
    // Pixels per case, read off the largest bar: the lines are on the bars' own scale.
    const perCase = Math.max(
      ...layout.bars.map(
        (b, i) => (b.statedWidth + b.inferredWidth) / (model.rows[i]?.count.value ?? 1),
      ),
    );
    expect(layout.bars).toHaveLength(model.rows.length);
    for (const [i, bar] of layout.bars.entries()) {
      const row = model.rows[i]!;
      const base = row.base.value ?? 0;
      expect(bar.whisker?.x1).toBeCloseTo(
        layout.plotX + (row.interval.low ?? 0) * base * perCase,
        6,
      );
      expect(bar.whisker?.x2).toBeCloseTo(
        layout.plotX + (row.interval.high ?? 0) * base * perCase,
        6,
      );
      expect(bar.interval).toBe(row.interval.text);
      // The value sits past the line, and still inside the slide.
      expect(bar.valueX).toBeGreaterThan(bar.whisker!.x2);
      expect(bar.valueX + textWidth(bar.value, 24, true)).toBeLessThanOrEqual(width);
    }
  });

  it('are not laid out unless the slide was saved with them', () => {
    const layout = layoutSlideBars(bundledModel('overview.outcome'), width, height, 24, textWidth);
    expect(layout.intervals).toBe(false);
    expect(layout.bars.every((b) => b.whisker === undefined && b.interval === undefined)).toBe(
      true,
    );
  });

  it('leave out every count presenter-safe hides', () => {
    const masked = primaryMasked(bundledModel('overview.contactRoute'));
    const layout = layoutSlideBars(masked, width, height, 24, textWidth, { intervals: true });
    const hidden = layout.bars.filter((b) => b.masked);
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((b) => b.whisker === undefined)).toBe(true);
    expect(layout.bars.filter((b) => !b.masked).every((b) => b.whisker !== undefined)).toBe(true);
  });

  it('give each bar its interval in the drawing’s accessible name, one line per bar', () => {
    const model = bundledModel('overview.outcome');
    const layout = layoutSlideBars(model, width, height, 24, textWidth, { intervals: true });
    const { container } = render(<BarsDrawing layout={layout} title={model.title} />);
    const [death, harm] = model.rows;
    expect(death?.interval.text).toBe('28–79%');
    expect(screen.getByRole('img')).toHaveAccessibleName(
      `Outcome categories: Death 6 (55%), 95% interval ${death?.interval.text}; ` +
        `Significant harm 5 (45%), 95% interval ${harm?.interval.text}`,
    );
    // eslint-disable-next-line testing-library/no-node-access, testing-library/no-container
    expect(container.querySelectorAll('.whisker')).toHaveLength(2);
  });
});
