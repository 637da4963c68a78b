import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadedDatasetOf, readBundledDataset } from '../../tests/unit/bundled';
import { readCoders } from '../state/coder-versions';
import { useExplorerStore } from '../state/explorer-store';
import { KeptDatasets } from '../state/kept-datasets';
import { memoryKeptStore } from '../state/kept-store';
import { KeptDatasetsContext } from '../state/use-kept-datasets';
import { CompareCodersSection } from './compare-coders-section';

const dataset = readBundledDataset();
const loaded = loadedDatasetOf(dataset);

async function setup() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const kept = new KeptDatasets(memoryKeptStore());
  const recoded = structuredClone(dataset);
  recoded.meta.title = 'Second coder';
  await kept.keep({
    dataset: recoded,
    problems: [],
    facts: { files: [], codebookDerived: false },
    mapping: [],
    files: ['second.json'],
    filters: { values: [], themeMatch: 'any' },
  });
  const onDone = vi.fn();
  render(
    <QueryClientProvider client={client}>
      <KeptDatasetsContext.Provider value={kept}>
        <CompareCodersSection loaded={loaded} onDone={onDone} />
      </KeptDatasetsContext.Provider>
    </QueryClientProvider>,
  );
  return { client, onDone, user: userEvent.setup() };
}

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
});

describe('CompareCodersSection', () => {
  it('compares the data on screen with a kept version and opens their agreement in Check', async () => {
    const { client, onDone, user } = await setup();
    const compare = screen.getByRole('button', { name: 'Compare coders' });
    expect(compare).toBeDisabled();
    await user.click(
      await screen.findByRole('checkbox', { name: `On screen: ${dataset.meta.title}` }),
    );
    await user.click(await screen.findByRole('checkbox', { name: 'Kept: Second coder' }));
    expect(compare).toBeEnabled();
    await user.click(compare);
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    const { coders, openAgreement } = readCoders(client);
    expect(coders.map((c) => c.name)).toEqual([dataset.meta.title, 'Second coder']);
    expect(openAgreement).toBe(true);
    expect(useExplorerStore.getState().view).toBe('check');
  });
});
