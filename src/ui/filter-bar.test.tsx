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

describe('FilterBar', () => {
  it('offers every dimension with values, in order, extra attributes last', () => {
    expect(filterDimensions(index).map((d) => d.id)).toEqual([
      'outcome',
      'force',
      'themes',
      'attr:Ethnicity',
    ]);
    render(<FilterBar index={index} />);
    const bar = screen.getByRole('region', { name: 'Filters' });
    expect(
      within(bar)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Outcome▾', 'Police force▾', 'Theme▾', 'Ethnicity▾']);
    expect(within(bar).getByText('No filters: all 3 cases.')).toBeVisible();
  });

  it('filters from a menu with counts, shows a removable chip, and clears all', async () => {
    const user = userEvent.setup();
    render(<FilterBar index={index} />);
    await user.click(screen.getByRole('button', { name: 'Police force' }));
    const panel = screen.getByRole('group', { name: 'Police force' });
    expect(within(panel).getByRole('checkbox', { name: 'kent 2 cases' })).not.toBeChecked();
    await user.click(within(panel).getByRole('checkbox', { name: 'kent 2 cases' }));
    expect([...useExplorerStore.getState().filters.values]).toEqual([['force', ['kent']]]);
    expect(screen.getByText('Showing 2 of 3 cases.')).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Police force' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Police force (1)' })).toHaveFocus();

    // Crossfilter counts in the menu: the outcome counts respect the force filter.
    await user.click(screen.getByRole('button', { name: 'Outcome' }));
    const outcomes = screen.getByRole('group', { name: 'Outcome' });
    expect(
      within(outcomes).getByRole('checkbox', { name: 'Significant harm 1 case' }),
    ).toBeVisible();
    await user.click(within(outcomes).getByRole('checkbox', { name: 'Death 1 case' }));
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Police force: kent×',
      'Outcome: Death×',
    ]);
    await user.click(screen.getByRole('button', { name: 'Remove filter Police force: kent' }));
    expect([...useExplorerStore.getState().filters.values]).toEqual([['outcome', ['death']]]);
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(useExplorerStore.getState().filters.values.size).toBe(0);
    expect(screen.queryByRole('button', { name: 'Clear all' })).not.toBeInTheDocument();
  });

  it('lets themes match any or all of the chosen, and says which in the chips', async () => {
    const user = userEvent.setup();
    render(<FilterBar index={index} />);
    await user.click(screen.getByRole('button', { name: 'Theme' }));
    await user.click(screen.getByRole('checkbox', { name: 'Information sharing 2 cases' }));
    await user.click(screen.getByRole('checkbox', { name: 'Risk assessment 1 case' }));
    expect(screen.getByText('Showing 2 of 3 cases.')).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'all of the chosen' }));
    expect(useExplorerStore.getState().filters.themeMatch).toBe('all');
    expect(screen.getByText('Showing 1 of 3 cases.')).toBeVisible();
    expect(screen.getByText('Theme (all of): Risk assessment')).toBeVisible();
  });

  it('closes a menu when the user clicks elsewhere', async () => {
    const user = userEvent.setup();
    render(<FilterBar index={index} />);
    await user.click(screen.getByRole('button', { name: 'Outcome' }));
    expect(screen.getByRole('group', { name: 'Outcome' })).toBeVisible();
    await user.click(document.body);
    expect(screen.queryByRole('group', { name: 'Outcome' })).not.toBeInTheDocument();
  });
});

describe('FilterBar focus after removing a chip', () => {
  const removeButton = (text: string) =>
    screen.getByRole('button', { name: `Remove filter ${text}` });
  const press = async (user: ReturnType<typeof userEvent.setup>, button: HTMLElement) => {
    act(() => button.focus());
    await user.keyboard('{Enter}');
  };

  it('moves to the next chip, else the previous one, else the dimension’s menu', async () => {
    const user = userEvent.setup();
    const { setFilter } = useExplorerStore.getState();
    setFilter('force', ['kent', 'dorset']);
    setFilter('outcome', ['death']);
    render(<FilterBar index={index} />);
    await press(user, removeButton('Outcome: Death'));
    expect(removeButton('Police force: dorset')).toHaveFocus();
    await press(user, removeButton('Police force: kent'));
    expect(removeButton('Police force: dorset')).toHaveFocus();
    await press(user, removeButton('Police force: dorset'));
    expect(useExplorerStore.getState().filters.values.size).toBe(0);
    expect(screen.getByRole('button', { name: 'Police force' })).toHaveFocus();
  });

  it('moves to the first menu from a chip with no menu of its own, and after Clear all', async () => {
    const user = userEvent.setup();
    const { setFilter } = useExplorerStore.getState();
    setFilter('period', ['2019-Q3']);
    render(<FilterBar index={index} />);
    await press(user, removeButton('Period: 2019-Q3'));
    expect(screen.getByRole('button', { name: 'Outcome' })).toHaveFocus();
    act(() => setFilter('themes', ['info', 'risk']));
    await press(user, screen.getByRole('button', { name: 'Clear all' }));
    expect(screen.getByRole('button', { name: 'Outcome' })).toHaveFocus();
  });

  it('does not offer a withheld column, and a chip of one (until dropped) hides its value', () => {
    const withheld = new Set(['attr:Ethnicity']);
    expect(filterDimensions(index, withheld).map((d) => d.id)).toEqual([
      'outcome',
      'force',
      'themes',
    ]);
    useExplorerStore.getState().setFilter('attr:Ethnicity', ['x']);
    render(<FilterBar index={index} withheld={withheld} />);
    const bar = screen.getByRole('region', { name: 'Filters' });
    expect(within(bar).queryByRole('button', { name: /^Ethnicity/ })).not.toBeInTheDocument();
    expect(within(bar).getByRole('list', { name: 'Active filters' })).toHaveTextContent(
      'Ethnicity: hidden in presenter-safe',
    );
  });
});
