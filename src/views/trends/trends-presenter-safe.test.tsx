import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../data/types';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafeStore } from '../../state/presenter-safe-store';
import { loadedFromResult } from '../../state/show-dataset';
import { TrendsView } from './trends-view';

const periods = ['2019-Q2', '2019-Q3'];
// 2019-Q2: 2 deaths, 1 harm; 2019-Q3: 6 deaths, 1 harm.
const outcomes = [
  ...['death', 'death', 'harm'].map((outcome) => ({ period: '2019-Q2', outcome })),
  ...[...Array<string>(6).fill('death'), 'harm'].map((outcome) => ({ period: '2019-Q3', outcome })),
];
const dataset: Dataset = {
  meta: { title: 'Test', source: 'test', periods, notes: '' },
  codebook: {
    outcomes: [
      { id: 'death', label: 'Death', subcategories: [] },
      { id: 'harm', label: 'Significant harm', subcategories: [] },
    ],
    contactRoutes: [],
    themes: [],
    barriers: [],
    fields: [
      { field: 'period', label: 'Period', categories: periods.map((id) => ({ id, label: id })) },
    ],
    derived: false,
  },
  cases: outcomes.map((c, i) => ({
    id: `c${i}`,
    title: `Town ${i}: Child ${i}`,
    themes: [],
    attributes: [],
    inferred: [],
    ...c,
  })),
  learning: [],
  published: [],
  screening: [],
};
const loaded = loadedFromResult({
  ok: true,
  dataset,
  problems: [],
  facts: { files: [], codebookDerived: false },
});

function tableRows(name: string | RegExp): string[][] {
  return (
    within(screen.getByRole('table', { name }))
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

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  usePresenterSafeStore.setState(usePresenterSafeStore.getInitialState(), true);
  usePresenterSafeStore.getState().setEnabled(true);
});

describe('TrendsView while presenter-safe is on', () => {
  it('hides counts below k, their shares and changes, in the columns and the comparison', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <TrendsView loaded={loaded} />
      </QueryClientProvider>,
    );
    // 2019-Q2's 3 cases are below k; 2019-Q3's 7 would give them back beside the total of 10.
    expect(tableRows('Cases by period').map((r) => r.slice(0, 3))).toEqual([
      ['2019-Q2', '< 5', 'hidden'],
      ['2019-Q3', 'hidden', 'hidden'],
    ]);
    const chart = screen.getByRole('group', { name: 'Outcomes by period' });
    expect(
      within(chart)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual([
      'Death, 2019-Q2: < 5 cases (– of < 5 cases coded in the period)',
      'Death, 2019-Q3: hidden cases (– of 7 cases coded in the period)',
      'Significant harm, 2019-Q2: < 5 cases (– of < 5 cases coded in the period)',
      'Significant harm, 2019-Q3: < 5 cases (– of 7 cases coded in the period)',
    ]);
    // The comparison shows what the breakdown shows: no share, interval or change of a hidden
    // count, and the period's n as Cases by period shows it.
    expect(tableRows('Outcome: 2019-Q2 compared with 2019-Q3')).toEqual([
      [
        'Death',
        ...['< 5', 'hidden', 'hidden', '< 5'],
        ...['hidden', 'hidden', 'hidden', '7'],
        ...['hidden', 'hidden', 'hidden; small base (under 30)'],
      ],
      [
        'Significant harm',
        ...['< 5', 'hidden', 'hidden', '< 5'],
        ...['< 5', 'hidden', 'hidden', '7'],
        ...['hidden', 'hidden', 'hidden; small base (under 30)'],
      ],
      ['All cases in the period (n)', '< 5', '', 'hidden', ''],
    ]);
    // The cases behind a hidden count are not listed; those behind a shown one go by label.
    await userEvent.click(within(chart).getByRole('button', { name: /^Death, 2019-Q3/ }));
    const dialog = screen.getByRole('dialog', { name: /Death, 2019-Q3/ });
    expect(dialog).not.toHaveTextContent(/Town/);
  });

  it('lists the cases behind a column under the count its model shows, withheld when hidden', async () => {
    const user = userEvent.setup();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <TrendsView loaded={loaded} />
      </QueryClientProvider>,
    );
    const chart = screen.getByRole('group', { name: 'Outcomes by period' });
    // Six deaths in 2019-Q3, but the model hides the six (secondary suppression, so that a
    // count below k cannot be worked out): a list of six would give it back.
    await user.click(within(chart).getByRole('button', { name: /^Death, 2019-Q3/ }));
    const secondary = screen.getByRole('dialog', { name: 'Death, 2019-Q3: hidden cases' });
    expect(within(secondary).queryByRole('listitem')).not.toBeInTheDocument();
    expect(secondary).toHaveTextContent(
      'Not listed: the count is hidden in presenter-safe so that a smaller one cannot be worked out',
    );
    await user.click(within(secondary).getByRole('button', { name: 'Close' }));
    await user.click(within(chart).getByRole('button', { name: /^Death, 2019-Q2/ }));
    const primary = screen.getByRole('dialog', { name: 'Death, 2019-Q2: < 5 cases' });
    expect(within(primary).queryByRole('listitem')).not.toBeInTheDocument();
    expect(primary).toHaveTextContent(
      'Not listed: fewer than 5 cases — withheld in presenter-safe',
    );
  });
});
