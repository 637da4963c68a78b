import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafeStore } from '../../state/presenter-safe-store';
import { OverviewView } from './overview-view';
import { readBundledDataset, loadedDatasetOf } from '../../../tests/unit/bundled';
import { casesSharing, childNames, withChildNames } from '../../../tests/unit/case-combinations';

const dataset = readBundledDataset();
const loaded = loadedDatasetOf(dataset);

function table(caption: string): string[][] {
  return within(screen.getByRole('table', { name: caption }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')]
        .slice(0, 3)
        .map((cell) => cell.textContent ?? ''),
    );
}

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  usePresenterSafeStore.setState(usePresenterSafeStore.getInitialState(), true);
  usePresenterSafeStore.getState().setEnabled(true);
});

describe('OverviewView while presenter-safe is on', () => {
  it('shows counts below 5 as "< 5" in tables, marks and tiles, without their shares', () => {
    render(<OverviewView loaded={loaded} />);
    expect(table('Outcome categories')).toEqual([
      ['Death', '6', '55%'],
      ['Significant harm', '5', '45%'],
    ]);
    expect(table('Initial police contact')).toEqual([
      ['Missing child', '< 5', 'hidden'],
      ['Domestic incident at home', '< 5', 'hidden'],
      ['Crime by parent', '< 5', 'hidden'],
      ['Child unsupervised outdoors', '< 5', 'hidden'],
      ['Unknown', '< 5', 'hidden'],
    ]);
    expect(screen.getByRole('button', { name: 'Death: 6 cases' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Missing child: < 5 cases' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Missing child: 4/ })).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /^6 Deaths 55% of cases\. List the cases/ }),
    ).toBeInTheDocument();
  });

  it('hides the headline figures below k under a filter, with "of N" and shares', async () => {
    const user = userEvent.setup();
    render(<OverviewView loaded={loaded} />);
    await user.click(screen.getByRole('button', { name: 'Missing child: < 5 cases' }));
    expect(table('Headline figures')[0]).toEqual(['Cases', '< 5', 'hidden']);
    expect(screen.getByRole('button', { name: /^< 5 of 11 Cases\. List the cases/ })).toBeVisible();
  });

  it('lists cases by neutral labels in label order, and not at all behind a hidden count', async () => {
    const user = userEvent.setup();
    render(<OverviewView loaded={loaded} />);
    const outcomes = screen.getByRole('region', { name: 'Outcome categories' });
    await user.click(
      within(outcomes).getByRole('button', { name: /: list the 6 cases behind Death$/ }),
    );
    const dialog = screen.getByRole('dialog', { name: /Outcome — Death: 6 cases/ });
    const names = within(dialog)
      .getAllByRole('listitem')
      .map((item) => (item.textContent ?? '').split(' — ')[0]);
    // Numbered 1 … 6 within this list, in label order; no case opens from it (a profile reached
    // from two lists would let them be intersected).
    expect(names).toEqual(['Case 1', 'Case 2', 'Case 3', 'Case 4', 'Case 5', 'Case 6']);
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Close']);
    expect(dialog).toHaveTextContent(/Labels are numbered within this list/);
    for (const c of dataset.cases) expect(dialog).not.toHaveTextContent(c.title);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('button', { name: /: list the < 5 cases behind Suicide$/ }));
    const hidden = screen.getByRole('dialog', { name: /Suicide: < 5 cases/ });
    expect(within(hidden).queryByRole('listitem')).not.toBeInTheDocument();
    expect(hidden).toHaveTextContent(/Not listed/);
  });

  it('describes each listed case only by values 5 of the listed cases share', async () => {
    const user = userEvent.setup();
    render(<OverviewView loaded={loaded} />);
    await user.click(screen.getByRole('button', { name: /^6 Deaths .*List the cases/ }));
    const dialog = screen.getByRole('dialog', { name: 'Deaths: 6 cases' });
    const items = within(dialog).getAllByRole('listitem');
    expect(items).toHaveLength(6);
    for (const item of items) expect(item).toHaveTextContent(/^Case \d+ — Death$/);
    // What every listed case withholds is said once, above the list.
    expect(dialog).toHaveTextContent(
      'Outcome sub-category, initial police contact and police force hidden in presenter-safe for every case listed',
    );
    // The combination the brief names: "Death · Overt filicide · Crime by parent · Kent Police".
    expect(dialog).not.toHaveTextContent(/Overt filicide|Crime by parent|Kent Police/);
    const deaths = dataset.cases.filter((c) => c.outcome === 'death');
    expect(casesSharing(dataset, new Map([['Outcome', 'Death']]), deaths)).toBeGreaterThanOrEqual(
      5,
    );
  });

  it('withholds the list behind a count no chart shows (a link’s), saying why', () => {
    useExplorerStore.getState().setDrill({
      kind: 'chart',
      request: { except: 'contactRoute', dimension: 'outcome', categories: ['death'] },
    });
    render(<OverviewView loaded={loaded} />);
    const dialog = screen.getByRole('dialog', { name: 'Outcome — Death: hidden cases' });
    expect(within(dialog).queryByRole('listitem')).not.toBeInTheDocument();
    expect(dialog).toHaveTextContent(/^.*Not listed: this count is not shown in presenter-safe/);
  });

  it('does not chart or offer an extra column such as a child’s name, and says so', () => {
    const named = loadedDatasetOf(withChildNames(dataset));
    useExplorerStore.setState({ charts: ['attr:Child name'] });
    const { container } = render(<OverviewView loaded={named} />);
    expect(
      screen.getByText(
        /^Not charted while presenter-safe is on: Child name — extra columns are withheld/,
      ),
    ).toBeVisible();
    expect(screen.queryByRole('region', { name: /Child name/ })).not.toBeInTheDocument();
    const menu = screen.getByRole('combobox', { name: 'Chart another field' });
    expect(within(menu).queryByRole('option', { name: 'Child name' })).not.toBeInTheDocument();
    for (const name of childNames(dataset)) expect(container).not.toHaveTextContent(name);
  });
});
