import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { readBundledDataset, loadedDatasetOf } from '../../../tests/unit/bundled';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafeStore } from '../../state/presenter-safe-store';
import { ThemesView } from './themes-view';

const loaded = loadedDatasetOf(readBundledDataset());
const multi = 'Multi-agency working and decision-making';
const engagement = 'Engagement with children and/or their families';

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  useExplorerStore.setState({ view: 'themes' });
  usePresenterSafeStore.setState(usePresenterSafeStore.getInitialState(), true);
});

async function showMatrix() {
  const user = userEvent.setup();
  render(<ThemesView loaded={loaded} />);
  await user.click(screen.getByRole('button', { name: 'Theme co-occurrence', pressed: false }));
  return user;
}

describe('Theme co-occurrence on the Themes view', () => {
  it('toggles from Themes by case to the matrix and its data table', async () => {
    await showMatrix();
    expect(screen.queryByRole('grid', { name: 'Themes by case' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Theme co-occurrence' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const grid = screen.getByRole('grid', { name: 'Theme co-occurrence' });
    expect(within(grid).getAllByRole('rowheader')).toHaveLength(8);
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(64);
    expect(
      within(grid).getByRole('gridcell', { name: `${multi}: 1 case with the theme, of 2 coded` }),
    ).toBeInTheDocument();
    expect(
      within(grid).getByRole('gridcell', {
        name: `${multi} and ${engagement}: 0 cases with both, of 2 coded for both`,
      }),
    ).toHaveTextContent('0');
    expect(
      within(grid).getByRole('gridcell', {
        name: `${engagement} and ${multi}: 0 cases with both, of 2 coded for both`,
      }),
    ).toHaveTextContent('0');
    const table = screen.getByRole('table', { name: 'Theme co-occurrence' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers.slice(0, 4)).toEqual(['Theme A', 'Theme B', 'Cases with both', 'Count']);
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 36);
    expect(screen.getByText(/n = 11 cases; n coded = 2\./)).toBeInTheDocument();
  });

  it('switches the measure, keeping the order', async () => {
    const user = await showMatrix();
    await user.click(screen.getByRole('radio', { name: 'Jaccard' }));
    const table = screen.getByRole('table', { name: 'Theme co-occurrence' });
    expect(within(table).getAllByRole('columnheader')[3]).toHaveTextContent('Jaccard');
    expect(
      screen.getByRole('gridcell', {
        name: `${multi}: 1 case with the theme, of 2 coded; Jaccard 1.00`,
      }),
    ).toBeInTheDocument();
  });

  it('moves with the arrow keys, and Enter filters to the pair and lists its cases', async () => {
    const user = await showMatrix();
    const grid = screen.getByRole('grid', { name: 'Theme co-occurrence' });
    const cells = within(grid).getAllByRole('gridcell');
    expect(cells.filter((c) => c.getAttribute('tabindex') === '0')).toHaveLength(1);
    const cell = within(grid).getByRole('gridcell', {
      name: `${multi}: 1 case with the theme, of 2 coded`,
    });
    await user.click(cell);
    expect(useExplorerStore.getState().filters.values.get('themes')).toEqual([
      'multi-agency-working',
    ]);
    const list = screen.getByRole('dialog', { name: `Cases with ${multi}: 1 case` });
    expect(within(list).getByText('Middlesbrough: Billy')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(cell).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    const next = within(grid).getAllByRole('gridcell')[1];
    expect(next).toHaveFocus();
    await user.keyboard('{Enter}');
    const themes = useExplorerStore.getState().filters;
    expect(themes.values.get('themes')).toHaveLength(2);
    expect(themes.themeMatch).toBe('all');
    expect(
      screen.getByRole('dialog', { name: /^Cases with .+ and .+: 0 cases$/ }),
    ).toBeInTheDocument();
  });

  it('hides small counts and the measures worked from them while presenter-safe is on', async () => {
    usePresenterSafeStore.getState().setEnabled(true);
    await showMatrix();
    const grid = screen.getByRole('grid', { name: 'Theme co-occurrence' });
    expect(
      within(grid).getByRole('gridcell', {
        name: `${multi}: < 5 cases with the theme, of < 5 coded`,
      }),
    ).toHaveTextContent('< 5');
    // 0 stays 0: no case has both, whatever n presenter-safe hides.
    expect(
      within(grid).getByRole('gridcell', {
        name: `${multi} and ${engagement}: 0 cases with both, of < 5 coded for both`,
      }),
    ).toHaveTextContent(/^0$/);
    const table = screen.getByRole('table', { name: 'Theme co-occurrence' });
    expect(within(table).queryByRole('cell', { name: '1' })).not.toBeInTheDocument();
    expect(screen.getByText(/Themes are in codebook order/)).toBeInTheDocument();
  });

  it('offers copy, PNG, SVG and CSV in its action menu under presenter-safe too', async () => {
    usePresenterSafeStore.getState().setEnabled(true);
    const user = await showMatrix();
    await user.click(screen.getByRole('button', { name: 'Theme co-occurrence: data and export' }));
    const menu = screen.getByRole('menu', { name: 'Theme co-occurrence: data and export' });
    for (const item of ['Copy image', 'Download PNG', 'Download SVG', 'Download CSV'])
      expect(within(menu).getByRole('menuitem', { name: item })).not.toHaveAttribute(
        'aria-disabled',
      );
  });
});
