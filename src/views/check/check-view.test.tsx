import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LoadResult } from '../../data/types';
import { useCheckSettings } from '../../state/check-settings';
import { useExplorerStore } from '../../state/explorer-store';
import { CheckView } from './check-view';
import { readBundledDataset, loadedDatasetOf } from '../../../tests/unit/bundled';

const dataset = readBundledDataset();
const loaded = loadedDatasetOf(dataset);

function show(lastLoad?: LoadResult) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (lastLoad) client.setQueryData(['last-load'], lastLoad);
  render(
    <QueryClientProvider client={client}>
      <CheckView loaded={loaded} />
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  useCheckSettings.setState(useCheckSettings.getInitialState(), true);
});

describe('CheckView', () => {
  it('opens on the published figures check and flags the mismatches on its tab', () => {
    show();
    expect(screen.getByRole('tab', { name: 'Published figures (2)' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByRole('tabpanel', { name: 'Published figures (2)' })).toContainElement(
      screen.getByRole('table', { name: 'Published figures check' }),
    );
  });

  it('moves between its sections with the arrow keys', async () => {
    const user = userEvent.setup();
    show();
    await user.click(screen.getByRole('tab', { name: /Published figures/ }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Load report' })).toHaveFocus();
    expect(screen.getByRole('table', { name: 'Files read' })).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(screen.getByLabelText('Load coders’ files')).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByLabelText('Load a version to compare')).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('table', { name: 'Cases' })).toBeInTheDocument();
  });

  it('reports a refused last load first, keeping the dataset on screen', async () => {
    const user = userEvent.setup();
    show({
      ok: false,
      problems: [
        {
          code: 'no-cases',
          severity: 'error',
          file: 'broken.csv',
          row: 2,
          column: 'title',
          message: 'No case rows.',
        },
      ],
      facts: { files: [], codebookDerived: false },
    });
    await user.click(screen.getByRole('tab', { name: 'Load report (1)' }));
    expect(screen.getByRole('radio', { name: 'the last load attempt (refused)' })).toBeChecked();
    expect(screen.getByRole('cell', { name: 'No case rows.' })).toBeInTheDocument();
  });
});
