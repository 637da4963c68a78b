import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bundledModel, primaryMasked } from '../../../tests/unit/chart-models';
import { BarChart } from './bar-chart';
import { barInputsOf } from './bar-inputs';
import { layoutBars, maskedBarWidth } from './bar-layout';

// Death 6 and significant harm 5: with k = 6 the 5 is hidden.
const outcome = primaryMasked(bundledModel('overview.outcome'), 6);

describe('bar charts under presenter-safe', () => {
  it('draws hidden counts as "< k", without a share, on stubs of one fixed length', () => {
    const layout = layoutBars(barInputsOf(outcome), { width: 600 });
    expect(layout.rows.map((r) => r.valueText)).toEqual(['6 (55%)', '< 6']);
    const [death, harm] = layout.rows;
    expect(harm?.barWidth).toBe(maskedBarWidth);
    expect(harm?.inferredWidth).toBe(0);
    expect(death?.barWidth).toBeCloseTo(layout.plotWidth);
    // Off: the same rows keep their counts and lengths.
    const off = layoutBars(barInputsOf(bundledModel('overview.outcome')), { width: 600 });
    expect(off.rows.map((r) => r.valueText)).toEqual(['6 (55%)', '5 (45%)']);
    expect(off.rows[1]?.barWidth).not.toBe(maskedBarWidth);
  });

  it('names marks and count links by the count as shown; the tooltip has no hidden share', async () => {
    const layout = layoutBars(barInputsOf(outcome), { width: 600 });
    render(
      <BarChart layout={layout} name="Outcome" n="11" onToggle={() => {}} onList={() => {}} />,
    );
    expect(screen.getByRole('button', { name: 'Death: 6 cases' })).toBeInTheDocument();
    const harm = screen.getByRole('button', { name: 'Significant harm: < 6 cases' });
    expect(
      screen.getByRole('button', { name: /^< 6: list the < 6 cases behind Significant harm$/ }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^5 \(/)).not.toBeInTheDocument();
    await userEvent.hover(harm);
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('< 6 cases');
    expect(tip).not.toHaveTextContent('%');
    expect(tip).not.toHaveTextContent('inferred');
  });

  it('does not rank hidden counts: they follow the shown ones in codebook order', () => {
    // Contact routes 4, 3, 2, 1, 1 ranked by count; with k = 4 only the 4 is shown.
    const routes = primaryMasked(bundledModel('overview.contactRoute'), 4);
    expect(routes.rows.map((r) => r.count.text)).toEqual(['4', '< 4', '< 4', '< 4', '< 4']);
    const hidden = routes.rows.slice(1).map((r) => r.position);
    expect(hidden).toEqual([...hidden].sort((a, b) => a - b));
  });
});
