import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../data/types';
import { useActiveDataset, type LoadedDataset } from '../state/dataset-queries';
import { useExplorerStore } from '../state/explorer-store';
import { KeptDatasets } from '../state/kept-datasets';
import { memoryKeptStore } from '../state/kept-store';
import { loadedFromResult, showDataset } from '../state/show-dataset';
import { KeptDatasetsContext } from '../state/use-kept-datasets';
import { DatasetsPanel } from './datasets-panel';

const q3: Dataset = {
  meta: { title: 'Quarter 3', source: 'test', periods: ['2019-Q3'], notes: '' },
  codebook: {
    outcomes: [{ id: 'death', label: 'Death', subcategories: [] }],
    contactRoutes: [],
    themes: [{ id: 'info', label: 'Information sharing' }],
    barriers: [],
    fields: [],
    derived: false,
  },
  cases: ['a', 'b'].map((id) => ({
    id,
    title: `Kent: Child ${id}`,
    period: '2019-Q3',
    outcome: 'death',
    themes: ['info'],
    attributes: [],
    inferred: [],
  })),
  learning: [],
  published: [],
  screening: [],
};

/** The panel over the dataset on screen, as the app shell renders it. */
function Harness() {
  const active = useActiveDataset();
  return <DatasetsPanel loaded={active.data} onClose={() => undefined} />;
}

function setup() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const store = memoryKeptStore();
  const kept = new KeptDatasets(store);
  showDataset(
    client,
    loadedFromResult({
      ok: true,
      dataset: q3,
      problems: [],
      facts: {
        files: [
          { name: 'q3.json', bytes: 1, kind: 'json', rowsRead: 2, rowsLoaded: 2, rowsRejected: 0 },
        ],
        codebookDerived: false,
      },
    }),
  );
  render(
    <QueryClientProvider client={client}>
      <KeptDatasetsContext.Provider value={kept}>
        <Harness />
      </KeptDatasetsContext.Provider>
    </QueryClientProvider>,
  );
  return { client, store, kept, user: userEvent.setup() };
}

/** A chosen file; jsdom's File has no arrayBuffer(), which the loader reads bytes with. */
const csv = (name: string, text: string) =>
  Object.assign(new File([text], name, { type: 'text/csv' }), {
    arrayBuffer: () => Promise.resolve(new TextEncoder().encode(text).buffer),
  });

const initial = useExplorerStore.getState();
beforeEach(() => useExplorerStore.setState(initial, true));

describe('DatasetsPanel', () => {
  it('describes the data on screen; keeping is off until asked and says where data goes', async () => {
    setup();
    const panel = screen.getByRole('dialog', { name: 'Datasets' });
    expect(within(panel).getByText('Quarter 3')).toBeInTheDocument();
    expect(
      within(panel).getByText(/2 cases · periods 2019-Q3 · files q3\.json/),
    ).toBeInTheDocument();
    const keep = screen.getByRole('checkbox', { name: 'Keep on this device' });
    expect(keep).not.toBeChecked();
    expect(keep).toHaveAccessibleDescription(
      "Stored in this browser's IndexedDB on this device only; nothing is uploaded. Forget removes it.",
    );
    expect(await screen.findByText('Nothing is kept on this device.')).toBeInTheDocument();
  });

  it('keeps the data on screen with its filters, then forgets it leaving no storage', async () => {
    const { store, kept, user } = setup();
    useExplorerStore.getState().setFilter('outcome', ['death']);
    await user.click(screen.getByRole('checkbox', { name: 'Keep on this device' }));
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: 'Keep on this device' })).toBeChecked(),
    );
    const item = await screen.findByText(/2 cases · periods 2019-Q3 · q3\.json · kept/);
    expect(item).toBeInTheDocument();
    const { entries, onScreen } = await kept.list();
    expect(entries[0]?.filters.values).toEqual([['outcome', ['death']]]);
    expect(onScreen).toBe(entries[0]?.id);
    expect(useExplorerStore.getState().filters.values.get('outcome')).toEqual(['death']);

    await user.click(screen.getByRole('button', { name: 'Forget Quarter 3' }));
    expect(await screen.findByText('Nothing is kept on this device.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Keep on this device' })).not.toBeChecked();
    expect(await store.exists()).toBe(false);
    expect(screen.getByText('Quarter 3')).toBeInTheDocument();
  });

  it('adds files to the data on screen and maps what could not be merged by hand', async () => {
    const { client, user } = setup();
    await user.upload(
      screen.getByLabelText('Add to current data'),
      csv('q4.csv', 'Title,Period,Outcome,Themes\nDorset: Child T,2019-Q4,Death,Info sharing\n'),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Map categories by hand' });
    expect(screen.getByText(/Combined: Quarter 3 \+ q4/)).toBeInTheDocument();
    expect(screen.getByText(/3 cases · periods 2019-Q3, 2019-Q4/)).toBeInTheDocument();
    const select = within(dialog).getByRole('combobox', { name: /theme “Info sharing”/ });
    await user.selectOptions(select, 'Same as “Information sharing”');
    await user.click(within(dialog).getByRole('button', { name: 'Apply mapping' }));
    await waitFor(() =>
      expect(
        screen.queryByRole('dialog', { name: 'Map categories by hand' }),
      ).not.toBeInTheDocument(),
    );
    expect(screen.queryByText(/could not be merged/)).not.toBeInTheDocument();
    const source = useExplorerStore.getState().source;
    const shown = client.getQueryData<LoadedDataset>([
      'dataset',
      'files',
      source.kind === 'files' ? source.loadId : '',
    ]);
    expect(shown?.dataset.codebook.themes.map((t) => t.label)).toEqual(['Information sharing']);
    expect(shown?.dataset.cases.map((c) => c.themes)).toEqual([['info'], ['info'], ['info']]);
    expect(shown?.mapping).toEqual([{ list: 'theme', label: 'Info sharing', to: 'info' }]);
  });

  it('asks the period of added cases when neither a column nor the file gives one', async () => {
    const { client, user } = setup();
    await user.upload(
      screen.getByLabelText('Add to current data'),
      csv('extra.csv', 'Title,Outcome\nDorset: Child T,Death\n'),
    );
    await user.type(await screen.findByLabelText('Period of extra.csv'), '2020-Q1');
    await user.click(screen.getByRole('button', { name: 'Add with these periods' }));
    expect(await screen.findByText(/3 cases · periods 2019-Q3, 2020-Q1/)).toBeInTheDocument();
    const source = useExplorerStore.getState().source;
    expect(source.kind === 'files' && source.names).toEqual(['q3.json', 'extra.csv']);
    expect(client.getQueryData(['last-load'])).toMatchObject({ ok: true });
  });

  it('leaves the data on screen when the added file is refused', async () => {
    const { client, user } = setup();
    await user.upload(screen.getByLabelText('Add to current data'), csv('empty.csv', ''));
    await waitFor(() => expect(client.getQueryData(['last-load'])).toMatchObject({ ok: false }));
    expect(screen.getByText(/2 cases · periods 2019-Q3/)).toBeInTheDocument();
  });
});
