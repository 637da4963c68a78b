import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DimensionCounts } from '../../query/aggregate';
import { barInputsFor, unitLine } from './bar-inputs';
import { BarChart } from './bar-chart';
import { layoutBars, maskedBarWidth, type BarInput } from './bar-layout';

function bar(key: string, count: number, inferred = 0): BarInput {
  return {
    key,
    categoryId: key,
    label: key,
    count,
    inferred,
    colour: '#005A8C',
    state: 'normal',
    kind: 'bar',
    level: 0,
  };
}

const inputs = [bar('Death', 6), bar('Suicide', 2, 1), bar('Neglect', 1), bar('Other', 0)];

describe('bar charts under presenter-safe', () => {
  it('draws counts below k as "< k", without a share, on stubs of one fixed length', () => {
    const layout = layoutBars(inputs, { width: 600, denominator: 9, hideBelow: 5 });
    expect(layout.rows.map((r) => r.valueText)).toEqual(['6 (67%)', '< 5', '< 5', '0 (0%)']);
    expect(layout.rows.map((r) => r.percent)).toEqual([67, null, null, 0]);
    const [death, suicide, neglect, other] = layout.rows;
    // The two hidden bars are the same length whatever their counts; no inferred share shows.
    expect(suicide?.barWidth).toBe(maskedBarWidth);
    expect(neglect?.barWidth).toBe(maskedBarWidth);
    expect(suicide?.inferredWidth).toBe(0);
    expect(death?.barWidth).toBeCloseTo(layout.plotWidth);
    expect(other?.barWidth).toBe(0);
    // Off: the same rows keep their counts and lengths.
    const off = layoutBars(inputs, { width: 600, denominator: 9 });
    expect(off.rows.map((r) => r.valueText)).toEqual(['6 (67%)', '2 (22%)', '1 (11%)', '0 (0%)']);
    expect(off.rows[2]?.barWidth).not.toBe(off.rows[1]?.barWidth);
  });

  it('names marks and count links by the count as shown, and the tooltip hides n below k', async () => {
    const layout = layoutBars(inputs, { width: 600, denominator: 4, hideBelow: 5 });
    render(<BarChart layout={layout} name="Outcome" onToggle={() => {}} onList={() => {}} />);
    expect(screen.getByRole('button', { name: 'Death: 6 cases' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Suicide: < 5 cases' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Neglect: < 5 cases' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'List the < 5 cases behind Neglect' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^[12] \(/)).not.toBeInTheDocument();
    await userEvent.hover(screen.getByRole('button', { name: 'Suicide: < 5 cases' }));
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('< 5 cases: – of n = < 5');
    expect(tip).not.toHaveTextContent('inferred');
  });

  it('says n as shown in the unit line', () => {
    expect(unitLine(3, 11, '', 5)).toBe(
      'Unit: cases. n = < 5 of 11 cases (under the filters on other charts). Percentages are of n.',
    );
    expect(unitLine(11, 11, '', 5)).toBe('Unit: cases. n = 11 cases. Percentages are of n.');
  });

  it('does not rank hidden counts: they keep the codebook order', () => {
    const counts: DimensionCounts = {
      dimension: 'contactRoute',
      label: 'Initial police contact',
      categories: [
        { id: 'a', label: 'A', count: 1, inferred: 0 },
        { id: 'b', label: 'B', count: 3, inferred: 0 },
        { id: 'c', label: 'C', count: 8, inferred: 0 },
        { id: 'd', label: 'D', count: 2, inferred: 0 },
      ],
      notRecorded: 0,
      total: 14,
    };
    const reference = new Map(counts.categories.map((c) => [c.id, c.count]));
    const options = { chosen: [], order: 'count' as const, reference, colour: '#000000' };
    const keys = (hideBelow?: number) =>
      barInputsFor(counts, { ...options, hideBelow }).map((r) => r.key);
    expect(keys()).toEqual(['c', 'b', 'd', 'a']);
    expect(keys(5)).toEqual(['c', 'a', 'b', 'd']);
  });
});
