import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useCheckSettings } from '../../state/check-settings';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafeStore } from '../../state/presenter-safe-store';
import { compareDatasets } from '../../data/compare-datasets';
import type { Dataset } from '../../data/types';
import { CheckView } from './check-view';
import { CompareCases } from './compare-cases';
import { readBundledDataset, loadedDatasetOf } from '../../../tests/unit/bundled';
import {
  casesSharing,
  childNames,
  hiddenText,
  withChildNames,
} from '../../../tests/unit/case-combinations';
import type { LoadedDataset } from '../../state/dataset-queries';

const dataset = readBundledDataset();
const loaded = loadedDatasetOf(dataset);

function show(shown: LoadedDataset = loaded) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <CheckView loaded={shown} />
    </QueryClientProvider>,
  );
}

/** The case table's rows: each case's fields as shown, by column header. */
function caseTableRows(): Array<Map<string, string>> {
  const table = screen.getByRole('table', { name: 'Cases' });
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent?.replace(/[ ▲▼]+$/, '') ?? '');
  const [, body] = within(table).getAllByRole('rowgroup');
  return within(body ?? table)
    .getAllByRole('row')
    .filter((row) => within(row).queryAllByRole('cell').length === headers.length)
    .map(
      (row) =>
        new Map(
          within(row)
            .getAllByRole('cell')
            .map((cell, i) => [headers[i] ?? '', cell.textContent ?? '']),
        ),
    );
}

/** The fields of a row a case is identified by that it shows: hidden ones, names, themes left out. */
const quasi = new Set([
  'Outcome',
  'Outcome sub-category',
  'Initial police contact',
  'Police force',
  'Police region',
  'Review type',
  'Period',
  'Child age',
  'Incident date',
  'Published year',
]);
function shownValues(row: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...row].filter(([field, text]) => quasi.has(field) && text !== hiddenText));
}

/** The cells of the row headed `label` in the published figures check. */
function figure(label: string): string[] {
  const table = screen.getByRole('table', { name: 'Published figures check' });
  const row = within(table)
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('rowheader', { name: label }));
  return row
    ? within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent ?? '')
    : [];
}

// jsdom lays nothing out: give the scrolling region a browser's size, so the virtualiser shows rows.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, value: 480 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, value: 1200 });
});
afterAll(() => {
  Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
  Reflect.deleteProperty(HTMLElement.prototype, 'clientWidth');
});

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  useCheckSettings.setState(useCheckSettings.getInitialState(), true);
  usePresenterSafeStore.setState(usePresenterSafeStore.getInitialState(), true);
  usePresenterSafeStore.getState().setEnabled(true);
});

describe('CheckView while presenter-safe is on', () => {
  it('hides stated and computed counts below k, and the difference they would give away', () => {
    show();
    expect(figure('Deaths')).toEqual(['6 (55%) of 11', '6 (55%) of 11', 'Match']);
    expect(figure('Deaths: suicide')).toEqual(['< 5 of 6', '< 5 of 6', 'Match']);
    const forces = figure('Police forces represented');
    expect(forces.slice(0, 2)).toEqual(['7', '8']);
    expect(forces[2]).toMatch(/^Mismatch: \+1/);
    expect(screen.getByRole('button', { name: 'Download evidence pack' })).toBeDisabled();
    expect(screen.getByText(/Not while presenter-safe is on/)).toBeInTheDocument();
  });

  it('names cases in the case table by their labels, drops naming columns and refuses exports', async () => {
    const user = userEvent.setup();
    const { container } = show();
    await user.click(screen.getByRole('tab', { name: 'Case table' }));
    const table = screen.getByRole('table', { name: 'Cases' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent ?? '');
    expect(headers).not.toContain('Review focus');
    expect(headers).not.toContain('URL');
    expect(headers).not.toContain('Area');
    const text = container.textContent ?? '';
    for (const c of dataset.cases) {
      expect(text).not.toContain(c.title);
      expect(text).not.toContain(c.id);
    }
    // Listed in label order: file order would tell which label is which review.
    expect(
      within(table)
        .getAllByRole('button', { name: /^Case \d+$/ })
        .map((b) => b.textContent),
    ).toEqual(Array.from({ length: 11 }, (_, i) => `Case ${i + 1}`));
    expect(screen.queryByRole('button', { name: 'Cases CSV' })).not.toBeInTheDocument();
    expect(
      screen.getByText(/Exporting the dataset is off while presenter-safe is on/),
    ).toBeVisible();
  });

  it('does not list fewer than k rows in the case table, which would give the count away', async () => {
    const user = userEvent.setup();
    useExplorerStore.getState().setFilter('force', ['lancashire-constabulary']);
    show();
    await user.click(screen.getByRole('tab', { name: 'Case table' }));
    expect(screen.getByText('< 5 of 11 cases')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Cases' });
    const [, body] = within(table).getAllByRole('rowgroup');
    expect(body && within(body).queryAllByRole('row')).toEqual([]);
    expect(table).toHaveAttribute('aria-rowcount', '-1');
    expect(
      screen.getByText(
        'Not listed: fewer than 5 cases — withheld in presenter-safe, because the list would give the count away.',
      ),
    ).toBeVisible();
    // The column filters stay, so a filter that narrowed the rows can be cleared.
    expect(screen.getByRole('searchbox', { name: 'Filter Police force' })).toBeInTheDocument();
    // At k or more rows they are listed again, by their labels.
    act(() => useExplorerStore.getState().clearFilters());
    const all = screen.getByRole('table', { name: 'Cases' });
    expect(within(all).getAllByRole('button', { name: /^Case \d+$/ })).toHaveLength(11);
    expect(screen.queryByText(/^Not listed/)).not.toBeInTheDocument();
    // A column filter that leaves fewer than k rows hides them too. It reads what cells show:
    // three rows show their outcome as Death (the others' outcome is hidden in this table).
    await user.type(screen.getByRole('searchbox', { name: 'Filter Outcome' }), 'death');
    expect(screen.getByText('< 5 of 11 cases')).toBeInTheDocument();
    expect(within(all).queryAllByRole('button', { name: /^Case \d+$/ })).toEqual([]);
    expect(screen.getByText(/^Not listed/)).toBeVisible();
  });

  /** The compare lists of the dataset against `other`, cases named by neutral labels. */
  function renderCompareCases(other: Dataset) {
    render(
      <CompareCases
        comparison={compareDatasets(dataset, other)}
        onOpenCase={() => undefined}
        caseName={(id) => `Case ${dataset.cases.findIndex((c) => c.id === id) + 1}`}
      />,
    );
  }

  it('does not list fewer than k cases added, removed or recoded in a comparison', () => {
    const other = { ...dataset, cases: dataset.cases.slice(3) };
    renderCompareCases(other);
    const removed = screen.getByRole('region', { name: 'Cases removed (< 5)' });
    expect(within(removed).queryAllByRole('listitem')).toEqual([]);
    expect(
      within(removed).getByText(/^Not listed: fewer than 5 cases — withheld in presenter-safe/),
    ).toBeVisible();
    expect(
      within(screen.getByRole('region', { name: 'Cases added (0)' })).getByText('None.'),
    ).toBeVisible();
  });

  it('lists k or more cases of a comparison, by their labels', () => {
    const other = { ...dataset, cases: dataset.cases.slice(5) };
    renderCompareCases(other);
    const removed = screen.getByRole('region', { name: 'Cases removed (5)' });
    expect(within(removed).getAllByRole('listitem')).toHaveLength(5);
    expect(within(removed).queryByText(/^Not listed/)).not.toBeInTheDocument();
  });

  it('shows in each row of the case table only values at least 5 rows share', async () => {
    const user = userEvent.setup();
    const { container } = show();
    await user.click(screen.getByRole('tab', { name: 'Case table' }));
    const rows = caseTableRows();
    expect(rows).toHaveLength(11);
    for (const row of rows) {
      expect(casesSharing(dataset, shownValues(row))).toBeGreaterThanOrEqual(5);
      // Which fields were inferred is a combination too.
      expect(row.get('Inferred fields')).toBe(hiddenText);
    }
    expect(container).not.toHaveTextContent(/Overt filicide|Kent Police|Crime by parent/);
  });

  it('judges the rows of a filtered case table among the rows, whose filter a reader knows', async () => {
    const user = userEvent.setup();
    useExplorerStore.getState().setFilter('outcome', ['death']);
    show();
    await user.click(screen.getByRole('tab', { name: 'Case table' }));
    expect(screen.getByText('6 of 11 cases')).toBeInTheDocument();
    const deaths = dataset.cases.filter((c) => c.outcome === 'death');
    const rows = caseTableRows();
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      expect(row.get('Outcome')).toBe('Death');
      expect(casesSharing(dataset, shownValues(row), deaths)).toBeGreaterThanOrEqual(5);
    }
  });

  it('hides an extra column in every row, and never shows its values', async () => {
    const user = userEvent.setup();
    const { container } = show(loadedDatasetOf(withChildNames(dataset)));
    await user.click(screen.getByRole('tab', { name: 'Case table' }));
    const rows = caseTableRows();
    expect(rows.map((r) => r.get('Child name'))).toEqual(Array(11).fill(hiddenText));
    for (const name of childNames(dataset)) expect(container).not.toHaveTextContent(name);
  });

  it('says which cases were recoded, not what: two versions’ values together can single one out', () => {
    const other = structuredClone(dataset);
    other.cases.forEach((c) => (c.contactRoute = 'unknown'));
    renderCompareCases(other);
    const recoded = screen.getByRole('region', { name: /^Cases recoded \(\d+\)$/ });
    // Named within the list of recoded cases, and not opened from it (see the case lists).
    const labels = within(recoded)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(labels.length).toBeGreaterThan(5);
    expect(labels.every((label) => /^Case \d+$/.test(label ?? ''))).toBe(true);
    expect(new Set(labels).size).toBe(labels.length);
    expect(within(recoded).queryByRole('button')).not.toBeInTheDocument();
    expect(recoded).toHaveTextContent(
      'What was recoded in each case is hidden in presenter-safe: its fields in two versions together could single it out.',
    );
    expect(recoded).not.toHaveTextContent(/Initial police contact|Missing child|Unknown/);
  });
});
