import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseRecord, Dataset } from '../../data/types';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useExplorerStore } from '../../state/explorer-store';
import { loadedFromResult } from '../../state/show-dataset';
import { useSmallBaseSettings } from '../../state/small-base-settings';
import { ChartRegistry, ChartRegistryProvider } from '../../ui/chart-registry';
import { collectViewEvidence } from '../../ui/collect-view-evidence';
import { TrendsView } from './trends-view';

function loaded(cases: Array<Partial<CaseRecord> & { id: string }>): LoadedDataset {
  const periods = [...new Set(cases.flatMap((c) => (c.period ? [c.period] : [])))];
  const dataset: Dataset = {
    meta: { title: 'Test', source: 'test', periods, notes: '' },
    codebook: {
      outcomes: [
        { id: 'death', label: 'Death', subcategories: [] },
        { id: 'harm', label: 'Significant harm', subcategories: [] },
      ],
      contactRoutes: [],
      themes: [{ id: 'info', label: 'Information sharing' }],
      barriers: [],
      fields: [
        { field: 'period', label: 'Period', categories: periods.map((id) => ({ id, label: id })) },
      ],
      derived: false,
    },
    cases: cases.map((c) => ({
      title: `Case ${c.id}`,
      themes: [],
      attributes: [],
      inferred: [],
      ...c,
    })),
    learning: [],
    published: [],
    screening: [],
  };
  return loadedFromResult({
    ok: true,
    dataset,
    problems: [],
    facts: { files: [], codebookDerived: false },
  });
}

// Periods listed out of time order: the view must sort them.
const twoPeriods = loaded([
  ...['a', 'b', 'c', 'd', 'e'].map((id, i) => ({
    id,
    period: '2019-Q3',
    outcome: i < 2 ? 'death' : 'harm',
  })),
  ...['f', 'g', 'h'].map((id, i) => ({ id, period: '2019-Q2', outcome: i < 2 ? 'death' : 'harm' })),
]);

function renderView(data: LoadedDataset, registry = new ChartRegistry()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ChartRegistryProvider registry={registry}>
        <TrendsView loaded={data} />
      </ChartRegistryProvider>
    </QueryClientProvider>,
  );
}

function tableRows(name: string | RegExp): string[][] {
  const table = screen.getByRole('table', { name });
  return (
    within(table)
      .getAllByRole('row')
      // Body and foot rows: those headed by a row header (a table may have two header rows).
      .filter((row) => within(row).queryByRole('rowheader') !== null)
      .map((row) =>
        [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
          (c) => c.textContent ?? '',
        ),
      )
  );
}

const initial = useExplorerStore.getState();
const smallBaseInitial = useSmallBaseSettings.getState();
beforeEach(() => {
  useExplorerStore.setState(initial, true);
  useSmallBaseSettings.setState(smallBaseInitial, true);
});
afterEach(() => vi.unstubAllGlobals());

describe('TrendsView', () => {
  it('shows Cases by period in time order with counts and percents of all selected cases', () => {
    renderView(twoPeriods);
    expect(tableRows('Cases by period')).toEqual([
      ['2019-Q2', '3', '38%', '13–70%'],
      ['2019-Q3', '5', '63%', '30–87%'],
    ]);
    expect(
      screen.queryByText(/Trends needs data from two or more periods/),
    ).not.toBeInTheDocument();
  });

  it('applies the filters, except the period filter on its own chart', async () => {
    renderView(twoPeriods);
    const user = userEvent.setup();
    act(() => useExplorerStore.getState().setFilter('outcome', ['death']));
    await waitFor(() =>
      expect(tableRows('Cases by period').map((r) => r.slice(0, 3))).toEqual([
        ['2019-Q2', '2', '50%'],
        ['2019-Q3', '2', '50%'],
      ]),
    );
    await user.click(screen.getByRole('button', { name: '2019-Q3: 2 cases' }));
    expect(useExplorerStore.getState().filters.values.get('period')).toEqual(['2019-Q3']);
    expect(tableRows('Cases by period')[0]?.slice(0, 3)).toEqual(['2019-Q2', '2', '50%']);
  });

  it('draws small multiples whose columns list their cases', async () => {
    renderView(twoPeriods);
    const user = userEvent.setup();
    const chart = screen.getByRole('group', { name: 'Outcomes by period' });
    await user.click(
      within(chart).getByRole('button', {
        name: 'Death, 2019-Q2: 2 cases (67% of 3 cases coded in the period)',
      }),
    );
    const dialog = screen.getByRole('dialog', { name: /Death, 2019-Q2: 2 cases/ });
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Case f — Death', 'Case g — Death']);
    await user.selectOptions(screen.getByLabelText('Break down by'), 'Themes');
    expect(screen.getByRole('heading', { name: 'Themes by period' })).toBeInTheDocument();
  });

  it('shows shares, not counts, by default when the periods’ cases coded differ', async () => {
    renderView(twoPeriods);
    // 3 cases coded in 2019-Q2 against 5 in 2019-Q3: counts would show a rise that is only size.
    expect(screen.getByRole('radio', { name: 'Share of the period’s cases coded' })).toBeChecked();
    expect(
      screen.getByText(
        /Shares are shown because the periods differ in cases coded \(2019-Q2: 3, 2019-Q3: 5\)/,
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Number of cases' }));
    expect(screen.getByRole('radio', { name: 'Number of cases' })).toBeChecked();
    expect(screen.queryByText(/Shares are shown because/)).toBeNull();
  });

  it('compares two periods with denominators, intervals, percentage points and a small-base caution', async () => {
    renderView(twoPeriods);
    expect(screen.getByLabelText('From period')).toHaveValue('2019-Q2');
    expect(screen.getByLabelText('To period')).toHaveValue('2019-Q3');
    // Shares of the cases coded, to a decimal so the points add up; Wilson intervals; the change
    // with Newcombe's interval, which spans 0 on bases this small.
    expect(tableRows('Outcome: 2019-Q2 compared with 2019-Q3')).toEqual([
      [
        'Death',
        ...['2', '66.7%', '20–94%', '3'],
        ...['2', '40%', '11–77%', '5'],
        ...['−26.7 pp', '−65.9 to +32.2 pp', 'no clear change; small base (under 30)'],
      ],
      [
        'Significant harm',
        ...['1', '33.3%', '6–80%', '3'],
        ...['3', '60%', '23–89%', '5'],
        ...['+26.7 pp', '−32.2 to +65.9 pp', 'no clear change; small base (under 30)'],
      ],
      ['All cases in the period (n)', '3', '', '5', ''],
    ]);
    expect(
      screen.getByText(/every row rests on fewer than 30 cases coded in a period \(as few as 3\)/),
    ).toBeInTheDocument();
  });

  it('draws the 95% intervals on request, and says what the lines are', async () => {
    const user = userEvent.setup();
    renderView(twoPeriods);
    const linesNote = /Lines show 95% intervals \(Wilson\) of each period’s percentage/;
    expect(screen.queryByText(linesNote)).toBeNull();
    expect(screen.queryByText('Lines: 95% intervals')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Show 95% intervals' }));
    expect(screen.getByText(linesNote)).toBeInTheDocument();
    // The Cases by period bars and the small multiples say it too; the lines themselves are
    // decoration for sighted readers.
    const barsNote = /Lines show 95% intervals \(Wilson\) of the percentages/;
    for (const name of ['Cases by period', 'Outcomes by period'])
      expect(within(screen.getByRole('region', { name })).getByText(barsNote)).toBeInTheDocument();
    expect(useExplorerStore.getState().intervals).toBe(true);
  });

  it('names each small multiple’s column with the interval its table row gives, while drawn', async () => {
    const user = userEvent.setup();
    renderView(twoPeriods);
    await user.click(screen.getByRole('button', { name: 'Show data' }));
    const rows = tableRows('Outcomes by period');
    const death = rows.find((r) => r[0] === 'Death, 2019-Q2');
    expect(death?.slice(1, 4)).toEqual(['2', '67%', '20–94%']);
    const chart = screen.getByRole('group', { name: 'Outcomes by period' });
    const before = 'Death, 2019-Q2: 2 cases (67% of 3 cases coded in the period)';
    expect(within(chart).getByRole('button', { name: before })).toBeInTheDocument();
    expect(within(chart).queryByText('Lines: 95% intervals')).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: 'Show 95% intervals' }));
    expect(
      within(chart).getByRole('button', {
        name: `Death, 2019-Q2: 2 cases (67% of 3 cases coded in the period; 95% interval ${death?.[3]})`,
      }),
    ).toBeInTheDocument();
    // Every column with a share names the interval of its own row of the table.
    const columns = within(chart).getAllByRole('button');
    expect(columns).toHaveLength(4);
    for (const column of columns) {
      const [label] = (column.getAttribute('aria-label') ?? '').split(':');
      const row = rows.find((r) => r[0] === label);
      expect(column).toHaveAccessibleName(new RegExp(`; 95% interval ${row?.[3]}\\)$`));
    }
    expect(within(chart).getByText('Lines: 95% intervals')).toBeInTheDocument();
  });

  it('flags small bases by the threshold the user sets, and states it', async () => {
    const user = userEvent.setup();
    renderView(twoPeriods);
    const input = screen.getByRole('spinbutton', { name: 'Flag small bases under' });
    await user.clear(input);
    await user.type(input, '5');
    // Periods of 3 and 5 cases coded: 3 is under 5, so every row is still flagged, saying 5.
    expect(tableRows('Outcome: 2019-Q2 compared with 2019-Q3')[0]?.at(-1)).toBe(
      'no clear change; small base (under 5)',
    );
    expect(
      screen.getByText(/fewer than 5 cases coded in a period \(as few as 3\)/),
    ).toBeInTheDocument();
    // Under the range's 5 it is not taken: leaving the field keeps 5.
    await user.clear(input);
    await user.type(input, '3');
    await user.tab();
    expect(useSmallBaseSettings.getState().smallBase).toBe(5);
    expect(input).toHaveValue(5);
  });

  it('enters the comparison in the registry: the evidence pack carries it with intervals, n coded and the change', async () => {
    const registry = new ChartRegistry();
    renderView(twoPeriods, registry);
    const comparison = registry.get('trends.compare.outcome');
    expect(comparison?.model.title).toBe('Outcome: 2019-Q2 compared with 2019-Q3');
    const { tables } = await collectViewEvidence(registry.list(), registry.tables(), async () =>
      Uint8Array.of(),
    );
    const csv = tables.find((t) => t.caption === 'Outcome: 2019-Q2 compared with 2019-Q3')?.csv;
    const lines = csv?.split('\r\n') ?? [];
    expect(lines[0]).toBe(
      '"Outcome, period",Category id,Cases,Share,Interval low (95%),Interval high (95%),Share base,n,Of which inferred,Cases coded in period,Change (percentage points),Change 95% interval (Newcombe),Reading,Hidden',
    );
    expect(lines[1]).toMatch(/^"Death, 2019-Q2",death,2,0\.666667,0\.20766,0\.938508,3,8,0,3,,,,$/);
    expect(lines[2]).toMatch(
      /^"Death, 2019-Q3",death,2,0\.4,0\.117621,0\.769276,5,8,0,5,−26\.7 pp,−65\.9 to \+32\.2 pp,no clear change; small base \(under 30\),$/,
    );
  });

  it('explains that one period is not enough and loads the synthetic demo on request', async () => {
    const demo = readFileSync(
      resolve(import.meta.dirname, '../../../public/data/synthetic-trends.json'),
    );
    const fetchMock = vi.fn(() => Promise.resolve(new Response(demo)));
    vi.stubGlobal('fetch', fetchMock);
    renderView(loaded([{ id: 'a', period: '2019-Q3', outcome: 'death' }]));
    expect(
      screen.getByRole('heading', { name: 'Trends needs data from two or more periods' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/covers one period \(2019-Q3\)/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Compare two periods' })).not.toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Load the synthetic demo (not real cases)' }),
    );
    expect(fetchMock).toHaveBeenCalledWith('data/synthetic-trends.json');
    await waitFor(() => expect(useExplorerStore.getState().source.kind).toBe('files'));
    const source = useExplorerStore.getState().source;
    expect(source.kind === 'files' && source.names).toEqual(['synthetic-trends.json']);
  });

  it('lists the new categories of codebook lists by the file that has them, not new forces', () => {
    const data = loaded([
      { id: 'a', period: '2019-Q3' },
      { id: 'b', period: '2019-Q4' },
    ]);
    const note = (list: string, label: string) => ({
      code: 'unmerged-category' as const,
      severity: 'info' as const,
      file: 'q4-cases.csv',
      column: list,
      message: `The ${list} "${label}" is new in q4-cases.csv: no earlier file has it, so it is counted as a category of its own.`,
    });
    data.result.problems.push(note('force', 'Essex Police'), note('theme', 'Sharing info'));
    renderView(data);
    const region = screen.getByRole('note');
    expect(region).toHaveTextContent('New in a later file');
    expect(
      within(region)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['theme “Sharing info”, new in q4-cases.csv']);
  });

  it('marks synthetic data', () => {
    const data = loaded([
      { id: 'a', period: '2019-Q3' },
      { id: 'b', period: '2019-Q4' },
    ]);
    data.dataset.meta.synthetic = true;
    renderView(data);
    expect(screen.getByText('Synthetic — not real cases.')).toBeInTheDocument();
  });
});
