import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useExplorerStore } from '../../state/explorer-store';
import { ThemesView } from './themes-view';
import { readBundledDataset, loadedDatasetOf } from '../../../tests/unit/bundled';

const dataset = readBundledDataset();
const loaded = loadedDatasetOf(dataset);
const billyCell =
  'Middlesbrough: Billy — Multi-agency working and decision-making: 2 learning items, theme coded, inferred';

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  useExplorerStore.setState({ view: 'themes' });
});

describe('ThemesView on the bundled briefing', () => {
  it('shows 11 cases, says how many learning items name no case, and counts them per theme', () => {
    render(<ThemesView loaded={loaded} />);
    const grid = screen.getByRole('grid', { name: 'Themes by case' });
    expect(within(grid).getAllByRole('rowheader')).toHaveLength(11 + 2);
    expect(within(grid).getAllByRole('columnheader')).toHaveLength(8 + 2);
    expect(screen.getByText(/22 of 25 learning items name no case/)).toBeInTheDocument();
    expect(
      within(grid).getByRole('gridcell', {
        name: 'No case named — Information sharing: 13 learning items',
      }),
    ).toBeInTheDocument();
    expect(within(grid).getByRole('gridcell', { name: billyCell })).toBeInTheDocument();
    expect(screen.getByText(/n = 11 cases/)).toBeInTheDocument();
    // Some cases list themes of their own; no case is coded for all of them.
    expect(screen.getByText(/^11 of 11 cases are not coded for some or all themes$/)).toBeVisible();
  });

  it('says "not coded for any theme" when no case is coded for a theme', () => {
    const cases = dataset.cases.map((c) => ({ ...c, themes: [] }));
    render(<ThemesView loaded={loadedDatasetOf({ ...dataset, cases, learning: [] })} />);
    expect(screen.getByText(/^11 of 11 cases are not coded for any theme$/)).toBeVisible();
  });

  it('opens a cell’s learning with Enter and returns focus to the cell on Escape', async () => {
    const user = userEvent.setup();
    render(<ThemesView loaded={loaded} />);
    // The grid's one tab stop is its first cell: Billy's, since rows sort by total.
    const cell = screen.getByRole('gridcell', { name: billyCell });
    expect(cell).toHaveAttribute('tabindex', '0');
    await user.click(screen.getByRole('combobox', { name: 'Sort themes by' }));
    await user.keyboard('{Escape}');
    await user.tab();
    expect(screen.getByText('How this dataset was coded')).toHaveFocus();
    await user.tab();
    expect(cell).toHaveFocus();
    await user.keyboard('{Enter}');
    const panel = screen.getByRole('region', {
      name: 'Middlesbrough: Billy — Multi-agency working and decision-making',
    });
    expect(useExplorerStore.getState().drill).toEqual({
      kind: 'cell',
      caseId: 'middlesbrough-billy',
      themeId: 'multi-agency-working',
    });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus();
    const items = within(panel).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(panel).getByRole('heading', { name: 'Good practice (1)' })).toBeInTheDocument();
    expect(within(panel).getByText(/praised police and the school/)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: /Middlesbrough: Billy/ })).toBeNull();
    expect(useExplorerStore.getState().drill).toBeUndefined();
    expect(screen.getByRole('gridcell', { name: billyCell })).toHaveFocus();
  });

  it('lists the items naming no case in a theme’s drill-down', async () => {
    const user = userEvent.setup();
    render(<ThemesView loaded={loaded} />);
    screen.getByRole('gridcell', { name: billyCell }).focus();
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowRight}{Enter}');
    const panel = screen.getByRole('region', { name: 'Information sharing' });
    const unnamed = within(panel).getByRole('region', { name: 'No case named in the source (13)' });
    expect(within(unnamed).getAllByRole('listitem')).toHaveLength(13);
    expect(within(unnamed).getAllByText('No case named in the source').length).toBeGreaterThan(0);
  });

  it('filters to the cases with a theme from its column total', async () => {
    const user = userEvent.setup();
    render(<ThemesView loaded={loaded} />);
    screen.getByRole('gridcell', { name: billyCell }).focus();
    await user.keyboard('{ArrowUp}{Enter}');
    expect(useExplorerStore.getState().filters.values.get('themes')).toEqual([
      'multi-agency-working',
    ]);
    const grid = screen.getByRole('grid', { name: 'Themes by case' });
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Column totals', 'Middlesbrough: Billy', 'No case named']);
    expect(
      within(grid).getByRole('button', { name: /^Multi-agency working and decision-making: 2/ }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  it('switches what cells show and how rows sort', async () => {
    const user = userEvent.setup();
    render(<ThemesView loaded={loaded} />);
    await user.click(screen.getByRole('radio', { name: 'Presence' }));
    expect(screen.getByText(/columns do not sum to n/)).toBeInTheDocument();
    expect(
      screen.getByRole('gridcell', { name: 'Middlesbrough: Billy — Total: 1 theme' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Row %' }));
    expect(
      screen.getByRole('gridcell', {
        name: /^Middlesbrough: Billy — Multi-agency.*100% of the case's learning items/,
      }),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort cases by' }), 'title');
    const headers = within(screen.getByRole('grid')).getAllByRole('rowheader');
    expect(headers[1]).toHaveTextContent('Blackpool: Child CB');
    expect(headers[11]).toHaveTextContent('Stockport: KW and KG');
  });

  it('says what “Show only cases with this theme” leaves, and disables it where that is none', async () => {
    const user = userEvent.setup();
    render(<ThemesView loaded={loaded} />);
    const grid = screen.getByRole('grid', { name: 'Themes by case' });
    await user.click(within(grid).getByRole('columnheader', { name: 'Information sharing' }));
    const info = screen.getByRole('region', { name: 'Information sharing' });
    const none = within(info).getByRole('button', {
      name: 'Show only cases with this theme (0 cases)',
    });
    expect(none).toHaveAttribute('aria-disabled', 'true');
    expect(none).toHaveAccessibleDescription(/would leave none/);
    await user.click(none);
    expect(useExplorerStore.getState().filters.values.get('themes')).toBeUndefined();
    // Enter on its column total explains rather than filtering to nothing.
    await user.click(within(grid).getByRole('button', { name: /^Information sharing: / }));
    expect(useExplorerStore.getState().filters.values.get('themes')).toBeUndefined();
    await user.click(
      within(grid).getByRole('columnheader', { name: 'Multi-agency working and decision-making' }),
    );
    const multi = screen.getByRole('region', { name: 'Multi-agency working and decision-making' });
    await user.click(
      within(multi).getByRole('button', { name: 'Show only cases with this theme (1 case)' }),
    );
    expect(useExplorerStore.getState().filters.values.get('themes')).toEqual([
      'multi-agency-working',
    ]);
  });

  it('shows the per-theme table on Show data', async () => {
    const user = userEvent.setup();
    render(<ThemesView loaded={loaded} />);
    await user.click(screen.getByRole('button', { name: 'Show data' }));
    const table = screen.getByRole('table', { name: 'Learning items by theme' });
    const first = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(
      [within(first).getByRole('rowheader'), ...within(first).getAllByRole('cell')].map(
        (c) => c.textContent,
      ),
    ).toEqual([
      'Multi-agency working and decision-making',
      ...['6', '24%', '11–44%', '2', '4'],
      // One case with the theme (Billy), of one coded for it: no other case is coded for themes.
      ...['1', '1'],
    ]);
  });
});
