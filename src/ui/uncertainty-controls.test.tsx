import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useExplorerStore } from '../state/explorer-store';
import { useSmallBaseSettings } from '../state/small-base-settings';
import { UncertaintyControls } from './uncertainty-controls';

const explorer = useExplorerStore.getState();
const settings = useSmallBaseSettings.getState();
beforeEach(() => {
  useExplorerStore.setState(explorer, true);
  useSmallBaseSettings.setState(settings, true);
});

describe('UncertaintyControls', () => {
  it('turns the interval lines on and off', async () => {
    const user = userEvent.setup();
    render(<UncertaintyControls />);
    const group = screen.getByRole('group', { name: 'Uncertainty' });
    expect(group).toBeInTheDocument();
    const box = screen.getByRole('checkbox', { name: 'Show 95% intervals' });
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(box).toBeChecked();
    expect(useExplorerStore.getState().intervals).toBe(true);
    await user.click(box);
    expect(useExplorerStore.getState().intervals).toBeUndefined();
  });

  it('sets the small-base threshold from 5 to 100, and says so when a number is out of range', async () => {
    const user = userEvent.setup();
    render(<UncertaintyControls />);
    const input = screen.getByRole('spinbutton', { name: 'Flag small bases under' });
    expect(input).toHaveValue(30);
    expect(input).toHaveAccessibleDescription('cases coded');
    await user.clear(input);
    await user.type(input, '12');
    expect(useSmallBaseSettings.getState().smallBase).toBe(12);
    await user.clear(input);
    await user.type(input, '500');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(
      screen.getByText(/Enter a whole number from 5 to 100; 50 is used until then/),
    ).toBeVisible();
    // Leaving the field keeps the nearest threshold allowed, and shows it.
    await user.tab();
    expect(useSmallBaseSettings.getState().smallBase).toBe(100);
    expect(input).toHaveValue(100);
    expect(input).not.toHaveAttribute('aria-invalid');
  });
});
