import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadedDatasetOf, readBundledDataset } from '../../../tests/unit/bundled';
import { KeptDatasets } from '../../state/kept-datasets';
import { memoryKeptStore } from '../../state/kept-store';
import { usePresenterSafeStore } from '../../state/presenter-safe-store';
import { KeptDatasetsContext } from '../../state/use-kept-datasets';
import { AgreementPanel } from './agreement-panel';

const loaded = loadedDatasetOf(readBundledDataset());

/** A fixture of the e2e tests as a chosen file (jsdom's File has no arrayBuffer()). */
function fixture(name: string): File {
  const text = readFileSync(resolve(process.cwd(), 'tests/e2e/fixtures', name), 'utf8');
  return Object.assign(new File([text], name, { type: 'text/csv' }), {
    arrayBuffer: () => Promise.resolve(new TextEncoder().encode(text).buffer),
  });
}

function setup() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <KeptDatasetsContext.Provider value={new KeptDatasets(memoryKeptStore())}>
        <AgreementPanel loaded={loaded} />
      </KeptDatasetsContext.Provider>
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

/** The body rows of the agreement table, as cell texts. */
function rows(): string[][] {
  const table = screen.getByRole('table', { name: 'Coder agreement' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      [...within(r).getAllByRole('rowheader'), ...within(r).getAllByRole('cell')].map(
        (c) => c.textContent ?? '',
      ),
    );
}

async function loadCoders(user: ReturnType<typeof userEvent.setup>) {
  await user.upload(screen.getByLabelText('Load coders’ files'), [
    fixture('coder-a.csv'),
    fixture('coder-b.csv'),
  ]);
  await screen.findByRole('table', { name: 'Coder agreement' });
}

beforeEach(() => {
  usePresenterSafeStore.setState(usePresenterSafeStore.getInitialState(), true);
});

describe('AgreementPanel', () => {
  it('asks for a second coder until there are two', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Add the data on screen as a coder' }));
    expect(screen.getByText('Add a second coder to measure agreement.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Coder agreement' })).not.toBeInTheDocument();
  });

  it('measures two coders’ files per field and per theme, with readings and reasons', async () => {
    const user = setup();
    await loadCoders(user);
    expect(screen.getByRole('heading', { name: 'Coders (2)' })).toBeInTheDocument();
    const table = rows();
    const row = (field: string) => table.find((r) => r[0] === field);
    // Outcome: 5 of 6 agree; Cohen's kappa (5/6 − 1/2) ÷ (1/2) = 0.67; alpha 1 − (2/12)/(70/132).
    expect(row('Outcome')?.slice(0, 4)).toEqual(['Outcome', '6', '83%', '0.67substantial']);
    expect(row('Outcome')?.[5]).toBe('0.69tentative conclusions only');
    expect(row('Police force')?.slice(1, 4)).toEqual(['6', '100%', '1.00almost perfect']);
    expect(row('Review type')?.[3]).toMatch(
      /^undefinedNo variation: every code given by both coders is “Serious Case Review”/,
    );
    expect(row('Theme: Information sharing')?.slice(1, 3)).toEqual(['6', '83%']);
    expect(screen.getByText(/Landis & Koch \(1977\)/)).toBeInTheDocument();
    expect(
      screen.getByText(/seed 1 \(the same data always give the same interval\)/),
    ).toBeInTheDocument();
  });

  it('lists the disagreements with what each coder said, filterable by field', async () => {
    const user = setup();
    await loadCoders(user);
    const list = screen.getByRole('region', { name: 'Disagreements to settle (3)' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    await user.selectOptions(within(list).getByLabelText('Field or theme'), 'Outcome (1)');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Cumbria: Child E — Outcome');
    expect(items[0]).toHaveTextContent('coder-a:Death');
    expect(items[0]).toHaveTextContent('coder-b:Significant harm');
    expect(
      within(list).getByRole('button', { name: 'Export the Outcome disagreements as CSV' }),
    ).toBeInTheDocument();
  });

  it('does not list the disagreements while presenter-safe is on', async () => {
    const user = setup();
    await loadCoders(user);
    act(() => usePresenterSafeStore.getState().setEnabled(true));
    expect(screen.queryByRole('region', { name: /Disagreements/ })).not.toBeInTheDocument();
    expect(screen.getByText(/the disagreements are not listed/)).toBeInTheDocument();
    expect(rows().find((r) => r[0] === 'Outcome')?.[1]).toBe('6');
  });
});
