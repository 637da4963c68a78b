import { render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PresenterSafeBanner } from '../ui/presenter-safe-banner';
import { useExplorerStore } from './explorer-store';
import { usePresenterSafeStore } from './presenter-safe-store';
import { useWithheldFilters } from './use-withheld-filters';
import { loadedDatasetOf, readBundledDataset } from '../../tests/unit/bundled';
import { childNames, withChildNames } from '../../tests/unit/case-combinations';

const dataset = readBundledDataset();
const named = loadedDatasetOf(withChildNames(dataset));
const [firstName] = childNames(dataset);

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  usePresenterSafeStore.setState(usePresenterSafeStore.getInitialState(), true);
  useExplorerStore.getState().setFilter('attr:Child name', [firstName ?? '']);
  useExplorerStore.getState().setFilter('outcome', ['death']);
});

describe('useWithheldFilters', () => {
  it('leaves every filter alone while presenter-safe is off', () => {
    renderHook(() => useWithheldFilters(named));
    expect([...useExplorerStore.getState().filters.values.keys()]).toEqual([
      'attr:Child name',
      'outcome',
    ]);
  });

  it('drops a filter on a withheld column when presenter-safe is on, and the banner says so', async () => {
    const user = userEvent.setup();
    usePresenterSafeStore.getState().setEnabled(true);
    renderHook(() => useWithheldFilters(named));
    expect([...useExplorerStore.getState().filters.values]).toEqual([['outcome', ['death']]]);
    render(<PresenterSafeBanner />);
    const line = screen.getByRole('status');
    expect(line).toHaveTextContent(
      'The filter on Child name was removed: presenter-safe withholds a column the codebook does not describe.',
    );
    expect(line).not.toHaveTextContent(firstName ?? '');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
