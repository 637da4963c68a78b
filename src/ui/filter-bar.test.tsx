import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../data/types';
import { buildDatasetIndex } from '../query/dataset-index';
import { useExplorerStore } from '../state/explorer-store';
import { FilterBar, filterDimensions } from './filter-bar';

const dataset: Dataset = {
  meta: { title: 't', source: 's', periods: [], notes: '' },
  codebook: {
    outcomes: [
      { id: 'death', label: 'Death', subcategories: [] },
      { id: 'harm', label: 'Significant harm', subcategories: [] },
    ],
    contactRoutes: [],
    themes: [
      { id: 'info', label: 'Information sharing' },
      { id: 'risk', label: 'Risk assessment' },
    ],
    barriers: [],
    fields: [],
    derived: false,
  },
  cases: [
    {
      id: 'a',
      title: 'A',
      outcome: 'death',
      force: 'kent',
      themes: ['info'],
      attributes: [{ field: 'Ethnicity', value: 'x' }],
      inferred: [],
    },
    {
      id: 'b',
      title: 'B',
      outcome: 'harm',
      force: 'kent',
      themes: ['info', 'risk'],
      attributes: [],
      inferred: [],
    },
    {
      id: 'c',
      title: 'C',
      outcome: 'harm',
      force: 'dorset',
      themes: [],
      attributes: [],
      inferred: [],
    },
  ],
  learning: [],
  published: [],
  screening: [],
};
const index = buildDatasetIndex(dataset);

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
});

/** Opens "Add filter" and unfolds one dimension; returns its group of values. */
async function openDimension(user: ReturnType<typeof userEvent.setup>, label: string) {
  if (!screen.queryByRole('list', { name: 'Filter by' }))
    await user.click(screen.getByRole('button', { name: 'Add filter' }));
  await user.click(screen.getByRole('button', { name: new RegExp(`^${label}`) }));
  return screen.getByRole('group', { name: label });
}

describe('FilterBar', () => {
  it('offers every dimension with values from one "Add filter" menu, in order, extra attributes last', async () => {
    const user = userEvent.setup();
    expect(filterDimensions(index).map((d) => d.id)).toEqual([
      'outcome',
      'force',
      'themes',
      'attr:Ethnicity',
    ]);
    render(<FilterBar index={index} dataset={dataset} />);
    const bar = screen.getByRole('region', { name: 'Filters' });
    expect(
      within(bar)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['+Add filter']);
    expect(within(bar).getByText('No filters: all 3 cases.')).toBeVisible();
    await user.click(within(bar).getByRole('button', { name: 'Add filter' }));
    const menu = within(bar).getByRole('list', { name: 'Filter by' });
    expect(
      within(menu)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Outcome ▾', 'Police force ▾', 'Theme ▾', 'Ethnicity ▾']);
    // Four dimensions need no search box.
    expect(within(bar).queryByRole('searchbox')).not.toBeInTheDocument();
  });

  it('filters from the menu with counts, shows a removable chip, and clears all', async () => {
    const user = userEvent.setup();
    render(<FilterBar index={index} dataset={dataset} />);
    const panel = await openDimension(user, 'Police force');
    expect(within(panel).getByRole('checkbox', { name: 'kent 2 cases' })).not.toBeChecked();
    await user.click(within(panel).getByRole('checkbox', { name: 'kent 2 cases' }));
    expect([...useExplorerStore.getState().filters.values]).toEqual([['force', ['kent']]]);
    expect(screen.getByText('Showing 2 of 3 cases.')).toBeVisible();
    expect(screen.getByRole('button', { name: /^Police force 1 chosen/ })).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Police force' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add filter' })).toHaveFocus();

    // Crossfilter counts in the menu: the outcome counts respect the force filter.
    const outcomes = await openDimension(user, 'Outcome');
    expect(
      within(outcomes).getByRole('checkbox', { name: 'Significant harm 1 case' }),
    ).toBeVisible();
    await user.click(within(outcomes).getByRole('checkbox', { name: 'Death 1 case' }));
    await user.keyboard('{Escape}');
    expect(
      within(screen.getByRole('list', { name: 'Active filters' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Police force: kent×', 'Outcome: Death×']);
    await user.click(screen.getByRole('button', { name: 'Remove filter Police force: kent' }));
    expect([...useExplorerStore.getState().filters.values]).toEqual([['outcome', ['death']]]);
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(useExplorerStore.getState().filters.values.size).toBe(0);
    expect(screen.queryByRole('button', { name: 'Clear all' })).not.toBeInTheDocument();
  });

  it('lets themes match any or all of the chosen, and says which in the chips', async () => {
    const user = userEvent.setup();
    render(<FilterBar index={index} dataset={dataset} />);
    const themes = await openDimension(user, 'Theme');
    await user.click(within(themes).getByRole('checkbox', { name: 'Information sharing 2 cases' }));
    await user.click(screen.getByRole('checkbox', { name: 'Risk assessment 1 case' }));
    expect(screen.getByText('Showing 2 of 3 cases.')).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'all of the chosen' }));
    expect(useExplorerStore.getState().filters.themeMatch).toBe('all');
    expect(screen.getByText('Showing 1 of 3 cases.')).toBeVisible();
    expect(screen.getByText('Theme (all of): Risk assessment')).toBeVisible();
  });

  it('closes the menu when the user clicks elsewhere', async () => {
    const user = userEvent.setup();
    render(<FilterBar index={index} dataset={dataset} />);
    await openDimension(user, 'Outcome');
    expect(screen.getByRole('group', { name: 'Outcome' })).toBeVisible();
    await user.click(document.body);
    expect(screen.queryByRole('group', { name: 'Outcome' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add filter' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('finds dimensions and values by name when there are many dimensions', async () => {
    const user = userEvent.setup();
    const wideDataset: Dataset = {
      ...dataset,
      cases: dataset.cases.map((c, i) => ({
        ...c,
        region: `region-${i}`,
        area: `area-${i}`,
        reviewType: 'SCR',
      })),
    };
    const wide = buildDatasetIndex(wideDataset);
    render(<FilterBar index={wide} dataset={wideDataset} />);
    await user.click(screen.getByRole('button', { name: 'Add filter' }));
    const search = screen.getByRole('searchbox', { name: 'Search filters' });
    expect(search).toHaveFocus();
    await user.type(search, 'dors');
    // A value matches: its dimension shows unfolded with only the matching value.
    const forces = screen.getByRole('group', { name: 'Police force' });
    expect(
      within(forces)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('aria-label')),
    ).toEqual(['dorset 1 case']);
    expect(screen.queryByRole('group', { name: 'Outcome' })).not.toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'theme');
    // A dimension's name matches: all its values show.
    expect(
      within(screen.getByRole('group', { name: 'Theme' })).getAllByRole('checkbox'),
    ).toHaveLength(2);
    await user.clear(search);
    await user.type(search, 'zzz');
    expect(screen.getByText('No filter or value matches “zzz”.')).toBeVisible();
  });
});

describe('FilterBar focus after removing a chip', () => {
  const removeButton = (text: string) =>
    screen.getByRole('button', { name: `Remove filter ${text}` });
  const press = async (user: ReturnType<typeof userEvent.setup>, button: HTMLElement) => {
    act(() => button.focus());
    await user.keyboard('{Enter}');
  };

  it('moves to the next chip, else the previous one, else "Add filter"', async () => {
    const user = userEvent.setup();
    const { setFilter } = useExplorerStore.getState();
    setFilter('force', ['kent', 'dorset']);
    setFilter('outcome', ['death']);
    render(<FilterBar index={index} dataset={dataset} />);
    await press(user, removeButton('Outcome: Death'));
    expect(removeButton('Police force: dorset')).toHaveFocus();
    await press(user, removeButton('Police force: kent'));
    expect(removeButton('Police force: dorset')).toHaveFocus();
    await press(user, removeButton('Police force: dorset'));
    expect(useExplorerStore.getState().filters.values.size).toBe(0);
    expect(screen.getByRole('button', { name: 'Add filter' })).toHaveFocus();
  });

  it('moves to "Add filter" after Clear all', async () => {
    const user = userEvent.setup();
    const { setFilter } = useExplorerStore.getState();
    setFilter('period', ['2019-Q3']);
    render(<FilterBar index={index} dataset={dataset} />);
    act(() => setFilter('themes', ['info', 'risk']));
    await press(user, screen.getByRole('button', { name: 'Clear all' }));
    expect(screen.getByRole('button', { name: 'Add filter' })).toHaveFocus();
  });

  it('does not offer a withheld column, and a chip of one (until dropped) hides its value', () => {
    const withheld = new Set(['attr:Ethnicity']);
    expect(filterDimensions(index, withheld).map((d) => d.id)).toEqual([
      'outcome',
      'force',
      'themes',
    ]);
    useExplorerStore.getState().setFilter('attr:Ethnicity', ['x']);
    render(<FilterBar index={index} dataset={dataset} withheld={withheld} />);
    const bar = screen.getByRole('region', { name: 'Filters' });
    expect(within(bar).queryByRole('button', { name: /^Ethnicity/ })).not.toBeInTheDocument();
    expect(within(bar).getByRole('list', { name: 'Active filters' })).toHaveTextContent(
      'Ethnicity: hidden in presenter-safe',
    );
  });
});
