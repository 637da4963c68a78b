import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { bundledModel, filtersOf } from '../../../tests/unit/chart-models';
import { BarChart } from './bar-chart';
import { barInputsOf } from './bar-inputs';
import { layoutBars } from './bar-layout';

// Outcome categories under "Outcome: Death" (the chart ignores its own filter: 6 and 5 of 11).
const outcome = bundledModel('overview.outcome', filtersOf(['outcome', ['death']]));
// Incident years: the briefing codes none, so every case is "Not coded".
const years = bundledModel('overview.incidentYear');

function setup() {
  const onToggle = vi.fn();
  const onList = vi.fn();
  const layout = layoutBars(barInputsOf(outcome), { width: 500 });
  render(
    <BarChart
      layout={layout}
      name="Outcome categories"
      n="11"
      onToggle={onToggle}
      onList={onList}
    />,
  );
  return { onToggle, onList };
}

describe('BarChart', () => {
  it('names each filtering bar by category and count, pressed when selected', () => {
    setup();
    expect(screen.getByRole('group', { name: 'Outcome categories' })).toBeInTheDocument();
    const death = screen.getByRole('button', { name: 'Death: 6 cases' });
    expect(death).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Significant harm: 5 cases' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.getByText('6 (55%)')).toBeInTheDocument();
  });

  it('lists but cannot filter the cases not coded', () => {
    const layout = layoutBars(barInputsOf(years), { width: 500 });
    render(
      <BarChart
        layout={layout}
        name="Cases by year"
        n="11"
        onToggle={() => {}}
        onList={() => {}}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Not coded: 11 cases' })).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /: list the 11 cases behind Not coded$/ }),
    ).toBeVisible();
  });

  it('will not filter to a category no case in view holds: no dead end', async () => {
    // Contact routes of the deaths: no death came to police as a child unsupervised outdoors.
    const routes = bundledModel('overview.contactRoute', filtersOf(['outcome', ['death']]));
    const onToggle = vi.fn();
    const layout = layoutBars(barInputsOf(routes), { width: 500 });
    render(<BarChart layout={layout} name="Initial police contact" n="6" onToggle={onToggle} />);
    const missing = screen.getByRole('button', { name: 'Child unsupervised outdoors: 0 cases' });
    expect(missing).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(missing);
    expect(onToggle).not.toHaveBeenCalled();
    const some = screen.getAllByRole('button').find((b) => !b.hasAttribute('aria-disabled'));
    if (!some) throw new Error('expected a bar that filters');
    await userEvent.click(some);
    expect(onToggle).toHaveBeenCalledTimes(1);
  });

  it('toggles on click, adds with Shift or Ctrl, and lists the cases behind a count', async () => {
    const user = userEvent.setup();
    const { onToggle, onList } = setup();
    await user.click(screen.getByRole('button', { name: 'Death: 6 cases' }));
    expect(onToggle).toHaveBeenLastCalledWith('death', false);
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('button', { name: 'Significant harm: 5 cases' }));
    await user.keyboard('{/Shift}');
    expect(onToggle).toHaveBeenLastCalledWith('significant-harm', true);
    await user.keyboard('{Control>}');
    await user.click(screen.getByRole('button', { name: 'Death: 6 cases' }));
    await user.keyboard('{/Control}');
    expect(onToggle).toHaveBeenLastCalledWith('death', true);
    await user.click(screen.getByRole('button', { name: /: list the 6 cases behind Death$/ }));
    expect(onList).toHaveBeenCalledWith(expect.objectContaining({ categoryId: 'death' }));
  });

  it('is keyboard operable: Tab to a bar, Enter or Space toggles, Shift+Enter adds', async () => {
    const user = userEvent.setup();
    const { onToggle } = setup();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Death: 6 cases' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onToggle).toHaveBeenLastCalledWith('death', false);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Significant harm: 5 cases' })).toHaveFocus();
    await user.keyboard(' ');
    expect(onToggle).toHaveBeenLastCalledWith('significant-harm', false);
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(onToggle).toHaveBeenLastCalledWith('significant-harm', true);
  });

  it('shows a tooltip with count, share and provenance on focus, and hides it on Escape', async () => {
    const user = userEvent.setup();
    setup();
    await user.tab();
    await user.tab();
    await user.tab();
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent('Significant harm');
    expect(tooltip).toHaveTextContent('5 cases: 45% of the n coded (n = 11); 2 inferred');
    expect(
      screen.getByRole('button', { name: 'Significant harm: 5 cases' }),
    ).toHaveAccessibleDescription(/5 cases: 45% of the n coded/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});
