import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useExplorerStore } from '../state/explorer-store';
import { ViewSwitch } from './view-switch';
import { readBundledDataset, loadedDatasetOf } from '../../tests/unit/bundled';

// The Method view crashes here, as a view with a bug would.
vi.mock('../views/method/method-view', () => ({
  MethodView: () => {
    throw new Error('screening rows are missing');
  },
}));

const dataset = readBundledDataset();
const loaded = loadedDatasetOf(dataset);

/** The shell around the view switch: what must survive a view's crash. */
function Shell() {
  const view = useExplorerStore((s) => s.view);
  const setView = useExplorerStore((s) => s.setView);
  return (
    <>
      <button type="button" onClick={() => setView('method')}>
        Method
      </button>
      <ViewSwitch view={view} loaded={loaded} />
    </>
  );
}

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('ViewSwitch when a view crashes', () => {
  it('shows the failure in place of the view and leads back to a working Overview', async () => {
    useExplorerStore.getState().setView('method');
    render(<Shell />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This view failed: screening rows are missing',
    );
    expect(screen.getByRole('button', { name: 'Method' })).toBeEnabled();

    await userEvent.click(screen.getByRole('button', { name: 'Back to Overview' }));
    expect(useExplorerStore.getState().view).toBe('overview');
    expect(screen.getByRole('table', { name: 'Headline figures' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('starts each view afresh: the failure does not follow the user to another view', async () => {
    useExplorerStore.getState().setView('method');
    render(<Shell />);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    act(() => useExplorerStore.getState().setView('overview'));
    expect(screen.getByRole('table', { name: 'Outcome categories' })).toBeInTheDocument();
    expect(screen.queryByText(/This view failed/)).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Method' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This view failed');
  });
});
