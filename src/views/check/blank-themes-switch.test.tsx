import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { themeStatus } from '../../data/coding-status';
import { loadFiles } from '../../data/load-files';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useExplorerStore } from '../../state/explorer-store';
import { loadedFromResult } from '../../state/show-dataset';
import { BlankThemesSwitch } from './blank-themes-switch';

async function loadCsv(text: string): Promise<LoadedDataset> {
  const bytes = new TextEncoder().encode(text);
  const result = await loadFiles([
    { name: 'ticks.csv', size: bytes.length, arrayBuffer: async () => bytes.buffer },
  ]);
  if (!result.ok) throw new Error('did not load');
  return loadedFromResult(result);
}

beforeEach(() => useExplorerStore.setState(useExplorerStore.getInitialState(), true));

describe('BlankThemesSwitch', () => {
  it('lets the user read rows that tick no theme as not coded, re-indexing the data on screen', async () => {
    const loaded = await loadCsv('Title,Info,Voice\nA: one,✓,\nB: two,,\nC: three,,x\n');
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <BlankThemesSwitch loaded={loaded} />
      </QueryClientProvider>,
    );
    const absent = screen.getByRole('radio', { name: /^coded with no theme/ });
    expect(absent).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: /^not coded yet/ }));
    await waitFor(() => expect(useExplorerStore.getState().source.kind).toBe('files'));
    const source = useExplorerStore.getState().source;
    const shown = client.getQueryData<LoadedDataset>([
      'dataset',
      'files',
      source.kind === 'files' ? source.loadId : '',
    ]);
    expect(shown?.dataset.meta.blankThemes).toBe('not-coded');
    const two = shown?.dataset.cases[1];
    expect(two && themeStatus(two, 'info', shown?.dataset.meta.blankThemes)).toBe('not-coded');
    expect(shown?.index.dimensions.get('themes')?.coded).toBeDefined();
    expect(shown?.result.problems.at(-1)?.code).toBe('themes-reading-chosen');
  });

  it('is not offered where the file says which rows were coded', async () => {
    const loaded = await loadCsv('Title,Info,Voice\nA: one,1,0\nB: two,,\n');
    const client = new QueryClient();
    render(
      <QueryClientProvider client={client}>
        <BlankThemesSwitch loaded={loaded} />
      </QueryClientProvider>,
    );
    expect(screen.queryByRole('group', { name: /Rows with no theme ticked/ })).toBeNull();
  });
});
