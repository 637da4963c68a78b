import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { usePresenterSafeStore } from '../state/presenter-safe-store';
import { PresenterSafeBanner } from './presenter-safe-banner';
import { PresenterSafeSwitch } from './presenter-safe-switch';

beforeEach(() => usePresenterSafeStore.setState(usePresenterSafeStore.getInitialState(), true));

function show() {
  render(
    <>
      <PresenterSafeSwitch />
      <PresenterSafeBanner />
    </>,
  );
}

describe('the presenter-safe switch and banner', () => {
  it('says on screen when presenter-safe is on, and nothing when it is off', async () => {
    const user = userEvent.setup();
    show();
    const toggle = screen.getByRole('button', { name: 'Presenter-safe' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('region', { name: 'Presenter-safe' })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('region', { name: 'Presenter-safe' })).toHaveTextContent(
      'Presenter-safe is on: case names, summaries and counts below 5 are hidden.',
    );
    await user.click(screen.getByRole('button', { name: 'Turn off' }));
    expect(usePresenterSafeStore.getState().enabled).toBe(false);
    expect(screen.queryByRole('region', { name: 'Presenter-safe' })).not.toBeInTheDocument();
  });

  it('lets the user choose k, keeping a half-typed value until it is valid', async () => {
    const user = userEvent.setup();
    usePresenterSafeStore.getState().setEnabled(true);
    show();
    const k = screen.getByLabelText('Hide counts below');
    await user.clear(k);
    await user.type(k, '1');
    expect(k).toHaveValue(1);
    expect(usePresenterSafeStore.getState().threshold).toBe(5);
    await user.type(k, '0');
    expect(usePresenterSafeStore.getState().threshold).toBe(10);
    expect(screen.getByRole('region', { name: 'Presenter-safe' })).toHaveTextContent(
      'counts below 10 are hidden',
    );
  });

  it('says which filters it took away, by column, until dismissed', async () => {
    const user = userEvent.setup();
    usePresenterSafeStore.getState().setEnabled(true);
    usePresenterSafeStore.getState().noteDroppedFilters(['Child name']);
    render(<PresenterSafeBanner />);
    const line = screen.getByRole('status');
    expect(line).toHaveTextContent(
      'The filter on Child name was removed: presenter-safe withholds columns beyond the fields the app knows, whose values may name a case.',
    );
    await user.click(within(line).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
