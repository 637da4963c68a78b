import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { listCaseNumbers } from '../../query/presenter-safe';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafeStore } from '../../state/presenter-safe-store';
import { ThemesView } from './themes-view';
import { readBundledDataset, loadedDatasetOf } from '../../../tests/unit/bundled';
import { hiddenText } from '../../../tests/unit/case-combinations';

const dataset = readBundledDataset();
const loaded = loadedDatasetOf(dataset);
const seed = 7;
// With no filters the rows are all the cases: labels are numbered in that list.
const numbers = listCaseNumbers(
  dataset.cases.map((_, i) => i),
  seed,
);
const labelOf = (id: string) => `Case ${numbers.get(dataset.cases.findIndex((c) => c.id === id))}`;
const billy = labelOf('middlesbrough-billy');

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  useExplorerStore.setState({ view: 'themes' });
  usePresenterSafeStore.setState({ ...usePresenterSafeStore.getInitialState(), seed }, true);
  usePresenterSafeStore.getState().setEnabled(true);
});

describe('ThemesView while presenter-safe is on', () => {
  it('names rows by neutral labels, hides counts below k and the coding notes', () => {
    const { container } = render(<ThemesView loaded={loaded} />);
    const text = container.textContent ?? '';
    for (const c of dataset.cases) expect(text).not.toContain(c.title);
    const grid = screen.getByRole('grid', { name: 'Themes by case' });
    const rows = within(grid)
      .getAllByRole('rowheader')
      .map((h) => h.textContent ?? '')
      .slice(1, -1);
    expect(rows.every((r) => /^Case \d+$/.test(r))).toBe(true);
    expect(
      within(grid).getByRole('gridcell', {
        name: `${billy} — Multi-agency working and decision-making: < 5 learning items, theme coded, inferred`,
      }),
    ).toBeInTheDocument();
    // 13 items name no case on information sharing: at or above k, so it shows.
    expect(
      within(grid).getByRole('gridcell', {
        name: 'No case named — Information sharing: 13 learning items',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/22 of 25 learning items name no case/)).toBeInTheDocument();
    expect(screen.getByText('Summary hidden (presenter-safe)')).toBeInTheDocument();
  });

  it('sorts by the neutral labels, not by the hidden titles', async () => {
    const user = userEvent.setup();
    render(<ThemesView loaded={loaded} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort cases by' }), 'title');
    const rows = within(screen.getByRole('grid'))
      .getAllByRole('rowheader')
      .map((h) => h.textContent ?? '')
      .slice(1, -1);
    expect(rows).toEqual(Array.from({ length: 11 }, (_, i) => `Case ${i + 1}`));
  });

  it('opens a case’s drill-down under its label, with summaries and the review link hidden', async () => {
    const user = userEvent.setup();
    render(<ThemesView loaded={loaded} />);
    await user.click(screen.getByRole('rowheader', { name: billy }));
    const panel = screen.getByRole('region', { name: billy });
    const items = within(panel).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    for (const item of items) expect(item).toHaveTextContent('Summary hidden (presenter-safe)');
    expect(within(panel).queryByText(/Review focus/)).not.toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Learning (< 5)' })).toBeInTheDocument();
  });

  it('gives a case’s drill-down the fields its profile shows, the others said hidden', async () => {
    const user = userEvent.setup();
    const kent = labelOf('kent-child-h');
    render(<ThemesView loaded={loaded} />);
    await user.click(screen.getByRole('rowheader', { name: kent }));
    const panel = screen.getByRole('region', { name: kent });
    const fields = Object.fromEntries(
      within(panel)
        .getAllByRole('term')
        .map((t) => [t.textContent, t.nextElementSibling?.textContent]),
    );
    expect(fields).toEqual({
      Outcome: 'Death',
      'Outcome sub-category': hiddenText,
      'Initial police contact': hiddenText,
      'Child age (band)': hiddenText,
      'Police force': hiddenText,
      'Police region': hiddenText,
    });
  });

  it('withholds the rows when the number of cases in view is hidden, saying why', () => {
    useExplorerStore.getState().setFilter('force', ['lancashire-constabulary']);
    render(<ThemesView loaded={loaded} />);
    expect(screen.queryByRole('grid', { name: 'Themes by case' })).not.toBeInTheDocument();
    expect(
      screen.getByText(
        /^The rows of Themes by case are the cases in view\. Not listed: fewer than 5/,
      ),
    ).toBeVisible();
    for (const c of dataset.cases) expect(document.body).not.toHaveTextContent(c.title);
  });
});
