import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BarChart } from './bar-chart';
import { layoutBars, type BarInput } from './bar-layout';

const inputs: BarInput[] = [
  {
    key: 'death',
    categoryId: 'death',
    label: 'Death',
    count: 6,
    inferred: 0,
    colour: '#005A8C',
    state: 'selected',
    kind: 'bar',
    level: 0,
  },
  {
    key: 'harm',
    categoryId: 'significant-harm',
    label: 'Significant harm',
    count: 1,
    inferred: 1,
    colour: '#E69F00',
    state: 'dimmed',
    kind: 'bar',
    level: 0,
  },
  {
    key: 'none',
    members: [],
    label: 'Not recorded',
    count: 2,
    inferred: 0,
    colour: '#8F96A0',
    state: 'normal',
    kind: 'not-recorded',
    level: 0,
  },
];
const layout = layoutBars(inputs, { width: 500, denominator: 9 });

function setup() {
  const onToggle = vi.fn();
  const onList = vi.fn();
  render(
    <BarChart layout={layout} name="Outcome categories" onToggle={onToggle} onList={onList} />,
  );
  return { onToggle, onList };
}

describe('BarChart', () => {
  it('names each filtering bar by category and count, pressed when selected', () => {
    setup();
    expect(screen.getByRole('group', { name: 'Outcome categories' })).toBeInTheDocument();
    const death = screen.getByRole('button', { name: 'Death: 6 cases' });
    expect(death).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Significant harm: 1 case' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    // The not-recorded row lists its cases but cannot filter.
    expect(screen.queryByRole('button', { name: 'Not recorded: 2 cases' })).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'List the 2 cases behind Not recorded' }),
    ).toBeVisible();
    expect(screen.getByText('6 (67%)')).toBeInTheDocument();
  });

  it('toggles on click, adds with Shift or Ctrl, and lists the cases behind a count', async () => {
    const user = userEvent.setup();
    const { onToggle, onList } = setup();
    await user.click(screen.getByRole('button', { name: 'Death: 6 cases' }));
    expect(onToggle).toHaveBeenLastCalledWith('death', false);
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('button', { name: 'Significant harm: 1 case' }));
    await user.keyboard('{/Shift}');
    expect(onToggle).toHaveBeenLastCalledWith('significant-harm', true);
    await user.keyboard('{Control>}');
    await user.click(screen.getByRole('button', { name: 'Death: 6 cases' }));
    await user.keyboard('{/Control}');
    expect(onToggle).toHaveBeenLastCalledWith('death', true);
    await user.click(screen.getByRole('button', { name: 'List the 6 cases behind Death' }));
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
    expect(screen.getByRole('button', { name: 'Significant harm: 1 case' })).toHaveFocus();
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
    expect(tooltip).toHaveTextContent('1 case: 11% of n = 9; 1 inferred');
    expect(
      screen.getByRole('button', { name: 'Significant harm: 1 case' }),
    ).toHaveAccessibleDescription(/1 case: 11% of n = 9/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});
