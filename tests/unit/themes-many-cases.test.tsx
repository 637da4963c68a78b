/**
 * The Themes heatmap past its row limit (issue 21): it draws the first cases of the sort, says
 * so in words, and counts its column totals over every case in view.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { heatmapRowLimit } from '../../src/query/heatmap-rows';
import { useExplorerStore } from '../../src/state/explorer-store';
import { countFirstAbove, ThemesView } from '../../src/views/themes/themes-view';
import { generateDataset } from '../../scripts/synthetic/generate';
import { loadedDatasetOf } from './bundled';

const cases = heatmapRowLimit + 200;
const dataset = generateDataset({ cases, themes: 6, seed: 21, summaryChars: 0 });
const loaded = loadedDatasetOf({ ...dataset, learning: [] });
const withTheme = (themeId: string) => dataset.cases.filter((c) => c.themes.includes(themeId));

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  useExplorerStore.setState({ view: 'themes' });
});

describe(`ThemesView with ${cases} cases in view`, () => {
  it('shows the first 5,000 of the sort, says so, and totals each theme over all cases', async () => {
    const user = userEvent.setup();
    render(<ThemesView loaded={loaded} />);
    expect(
      screen.getByText(`Showing the 5,000 cases with the most themes of 5,200 cases`),
    ).toBeInTheDocument();
    expect(screen.getByText(/sort or filter to see others/)).toBeInTheDocument();
    const grid = screen.getByRole('grid', { name: 'Themes by case' });
    expect(grid).toHaveAttribute('aria-rowcount', String(heatmapRowLimit + 3));
    expect(screen.getByText(/n = 5,200 cases/)).toBeInTheDocument();
    const theme = dataset.codebook.themes[0];
    // The column total counts every case in view, not only the rows drawn.
    expect(
      within(grid).getByRole('button', {
        name: `${theme?.label}: ${withTheme(theme?.id ?? '').length} cases — show only cases with this theme`,
      }),
    ).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort cases by' }), 'Title');
    expect(
      screen.getByText('Showing the first 5,000 cases by title of 5,200 cases'),
    ).toBeInTheDocument();
  });

  it('shows every case, with no such note, once a filter leaves 5,000 or fewer', () => {
    const outcome = dataset.codebook.outcomes[0]?.id ?? '';
    useExplorerStore.setState({
      filters: { values: new Map([['outcome', [outcome]]]), themeMatch: 'any' },
    });
    render(<ThemesView loaded={loaded} />);
    const inView = dataset.cases.filter((c) => c.outcome === outcome).length;
    expect(inView).toBeLessThanOrEqual(heatmapRowLimit);
    expect(screen.getByRole('grid', { name: 'Themes by case' })).toHaveAttribute(
      'aria-rowcount',
      String(inView + 3),
    );
    expect(screen.queryByText(/^Showing the/)).not.toBeInTheDocument();
  });
});

describe(`ThemesView opened on more than ${countFirstAbove} cases`, () => {
  const many = generateDataset({ cases: countFirstAbove + 1, themes: 6, seed: 7, summaryChars: 0 });
  const manyLoaded = loadedDatasetOf({ ...many, learning: [] });

  it('says it is counting, counts in a task of its own, then draws; a filter change keeps it drawn', async () => {
    render(<ThemesView loaded={manyLoaded} />);
    // The first paint: the view's title and that it is counting, no grid yet.
    expect(screen.getByRole('heading', { level: 1, name: 'Themes' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Counting the themes of the cases in view',
    );
    expect(screen.queryByRole('grid', { name: 'Themes by case' })).not.toBeInTheDocument();
    const grid = await screen.findByRole('grid', { name: 'Themes by case' });
    expect(
      screen.getByText('Showing the 5,000 cases with the most themes of 20,001 cases'),
    ).toBeInTheDocument();
    // A filter change recounts in place: the grid stays, with the choices made on it.
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort cases by' }), 'Title');
    act(() =>
      useExplorerStore.setState({
        filters: {
          values: new Map([['outcome', [many.codebook.outcomes[1]?.id ?? '']]]),
          themeMatch: 'any',
        },
      }),
    );
    expect(screen.queryByText(/Counting the themes/)).not.toBeInTheDocument();
    expect(screen.getByRole('grid', { name: 'Themes by case' })).toBe(grid);
    expect(screen.getByRole('combobox', { name: 'Sort cases by' })).toHaveValue('title');
  });
});
