import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { KeptDatasets } from '../state/kept-datasets';
import { memoryKeptStore } from '../state/kept-store';
import { KeptDatasetsContext } from '../state/use-kept-datasets';
import { loadedDatasetOf, readBundledDataset } from '../../tests/unit/bundled';
import { DatasetMenu } from './dataset-menu';

const loaded = loadedDatasetOf(readBundledDataset());

function setup() {
  const onFiles = vi.fn();
  const onUseBundled = vi.fn();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <KeptDatasetsContext value={new KeptDatasets(memoryKeptStore())}>
        <DatasetMenu
          data={loaded}
          loaded={loaded}
          onFiles={onFiles}
          onUseBundled={onUseBundled}
          bundledActive
        />
      </KeptDatasetsContext>
    </QueryClientProvider>,
  );
  return { onFiles, onUseBundled };
}

describe('DatasetMenu', () => {
  it('names the data on screen with its source, and opens on loading, the bundled data and Datasets', async () => {
    const user = userEvent.setup();
    const { onUseBundled } = setup();
    const chip = screen.getByRole('button', { name: /^Learning for the police.*— Vulnerability/ });
    expect(chip).toHaveAttribute('aria-expanded', 'false');
    await user.click(chip);
    expect(chip).toHaveAttribute('aria-expanded', 'true');
    const input = screen.getByLabelText('Load data files');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAccessibleDescription(
      /^CSV, TSV or JSON; several at once\. You can also drop files anywhere on the page\. Up to 100 MB/,
    );
    await user.click(screen.getByRole('button', { name: 'Use bundled dataset' }));
    expect(onUseBundled).toHaveBeenCalled();
    expect(chip).toHaveAttribute('aria-expanded', 'false');
    expect(chip).toHaveFocus();
  });

  it('takes files from its hidden input even while closed, and closes on Escape', async () => {
    const user = userEvent.setup();
    const { onFiles } = setup();
    const file = new File(['id,title\na,A'], 'cases.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Load data files'), file);
    expect(onFiles).toHaveBeenCalledWith([file]);
    const chip = screen.getByRole('button', { name: /^Learning for the police/ });
    await user.click(chip);
    await user.keyboard('{Escape}');
    expect(chip).toHaveAttribute('aria-expanded', 'false');
    expect(chip).toHaveFocus();
  });

  it('opens the Datasets panel, which gives focus back to the chip when closed', async () => {
    const user = userEvent.setup();
    setup();
    const chip = screen.getByRole('button', { name: /^Learning for the police/ });
    await user.click(chip);
    await user.click(screen.getByRole('button', { name: 'Datasets' }));
    const panel = await screen.findByRole('dialog', { name: 'Datasets' });
    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(chip).toHaveFocus();
  });
});
