import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { dimmedColour, singleSeriesColour } from '../palette';
import { SmallMultiplesChart } from './small-multiples-chart';
import { layoutSmallMultiples, markName, maskedColumnHeight } from './small-multiples-layout';

const periods = [
  { id: 'q2', label: '2019-Q2' },
  { id: 'q3', label: '2019-Q3' },
];
/** A cell of `count` of `base` cases coded in the period. */
const cell = (count: number, base: number) => ({
  count,
  countText: String(count),
  share: count / base,
  shareText: `${Math.round((count * 100) / base)}%`,
  baseText: String(base),
});
const series = [
  { id: 'death', label: 'Death', cells: [cell(1, 4), cell(6, 10)] },
  { id: 'harm', label: 'Significant harm', cells: [cell(3, 4), cell(4, 10)] },
];

describe('layoutSmallMultiples', () => {
  it('puts one panel per category, side by side when they fit, on one shared scale', () => {
    const layout = layoutSmallMultiples(series, periods, { width: 600, measure: 'count' });
    expect(layout.panels.map((p) => [p.key, p.y])).toEqual([
      ['death', 0],
      ['harm', 0],
    ]);
    expect(layout.panels[1]?.x).toBeGreaterThan(layout.panels[0]?.width ?? 0);
    const [death, harm] = layout.panels;
    // 6 deaths is the tallest column anywhere; 4 harm cases are two thirds of it.
    const tallest = death?.marks[1]?.height ?? 0;
    expect(harm?.marks[1]?.height).toBeCloseTo((tallest * 4) / 6, 0);
    expect(death?.marks.map((m) => m.valueText)).toEqual(['1', '6']);
    expect(death?.axisLabels.map((l) => l.text)).toEqual(['2019-Q2', '2019-Q3']);
  });

  it('stacks panels on a narrow screen and shows shares when asked', () => {
    const layout = layoutSmallMultiples(series, periods, { width: 260, measure: 'share' });
    expect(layout.panels[1]?.y).toBeGreaterThan(0);
    expect(layout.panels[1]?.marks.map((m) => m.valueText)).toEqual(['75%', '40%']);
    expect(layout.height).toBeGreaterThan(2 * (layout.panels[0]?.height ?? 0));
  });

  it('grows few panels into a wide space, but only so far', () => {
    const layout = layoutSmallMultiples(series, periods, { width: 1400, measure: 'count' });
    expect(layout.panels.map((p) => p.width)).toEqual([420, 420]);
    expect(layout.width).toBe(856);
  });

  it('dims categories and periods the filters leave out', () => {
    const layout = layoutSmallMultiples(series, periods, {
      width: 600,
      measure: 'count',
      chosenCategories: ['death'],
      chosenPeriods: ['q3'],
    });
    expect(layout.panels.map((p) => p.marks.map((m) => m.dimmed))).toEqual([
      [true, false],
      [true, true],
    ]);
  });

  it('names a column by category, period, count and share of the period coded', () => {
    expect(markName('Death', '2019-Q3', cell(1, 10))).toBe(
      'Death, 2019-Q3: 1 case (10% of 10 cases coded in the period)',
    );
  });

  it('draws a hidden count at one stub height, outside the scale, with no share', () => {
    const hidden = {
      count: null,
      countText: '< 5',
      share: null,
      shareText: 'hidden',
      baseText: '10',
    };
    const layout = layoutSmallMultiples(
      [{ id: 'death', label: 'Death', cells: [cell(6, 10), hidden] }],
      periods,
      { width: 600, measure: 'share' },
    );
    const [shown, masked] = layout.panels[0]?.marks ?? [];
    expect(masked?.masked).toBe(true);
    expect(masked?.valueText).toBe('–');
    expect(masked?.height).toBe(maskedColumnHeight);
    expect(shown?.valueText).toBe('60%');
  });
});

describe('SmallMultiplesChart', () => {
  it('draws focusable columns named by category, period and count, coloured by attributes', async () => {
    const onList = vi.fn();
    const layout = layoutSmallMultiples(series, periods, {
      width: 600,
      measure: 'count',
      chosenCategories: ['harm'],
    });
    render(<SmallMultiplesChart layout={layout} name="Outcome by period" onList={onList} />);
    const chart = screen.getByRole('group', { name: 'Outcome by period' });
    const deathPanel = within(chart).getByRole('group', { name: 'Death' });
    const column = within(deathPanel).getByRole('button', {
      name: 'Death, 2019-Q3: 6 cases (60% of 10 cases coded in the period)',
    });
    expect(column).toHaveTextContent('6');
    // The colour is an SVG attribute (so exports match the screen): read it off the bar itself.
    // eslint-disable-next-line testing-library/no-node-access
    expect(column.querySelector('rect:not(.focus-ring)')).toHaveAttribute('fill', dimmedColour);
    const harm = screen.getByRole('button', { name: /^Significant harm, 2019-Q2: 3 cases/ });
    // eslint-disable-next-line testing-library/no-node-access
    expect(harm.querySelector('rect:not(.focus-ring)')).toHaveAttribute('fill', singleSeriesColour);

    await userEvent.click(column);
    expect(onList).toHaveBeenLastCalledWith(
      expect.objectContaining({ categoryId: 'death', periodId: 'q3' }),
    );
    harm.focus();
    await userEvent.keyboard('{Enter}');
    expect(onList).toHaveBeenLastCalledWith(
      expect.objectContaining({ categoryId: 'harm', periodId: 'q2' }),
    );
  });
});
