import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TileMap } from './tile-map';
import { layoutTileMap } from './tile-map-layout';
import type { TileMapInput } from './tile-map-types';

const input: TileMapInput = {
  forces: [
    { id: 'kent-police', label: 'Kent Police', count: 1 },
    { id: 'gmp', label: 'GMP', count: 2 },
    { id: 'greater-manchester', label: 'Greater Manchester', count: 1 },
    { id: 'btp', label: 'British Transport Police', count: 1 },
  ],
  n: 5,
  measure: 'count',
  view: 'forces',
  selected: new Set(['gmp']),
};

function setup(overrides: Partial<TileMapInput> = {}) {
  const onToggle = vi.fn();
  const layout = layoutTileMap({ ...input, ...overrides }, { width: 400 });
  render(<TileMap layout={layout} name="Cases by force (map)" onToggle={onToggle} />);
  return { onToggle, user: userEvent.setup() };
}

describe('TileMap', () => {
  it('draws a button per force, named by force and count, pressed when filtered', () => {
    setup();
    const map = screen.getByRole('group', { name: 'Cases by force (map)' });
    expect(within(map).getAllByRole('button')).toHaveLength(43);
    expect(screen.getByRole('button', { name: 'KEN 1, Kent Police: 1 case' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(
      screen.getByRole('button', { name: 'GMP 3, Greater Manchester Police: 3 cases' }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'SUR 0, Surrey Police: 0 cases' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('writes a hidden count apart from the force’s code, and names the tile by force and "< 5 cases"', () => {
    setup({ hideBelow: 5 });
    const kent = screen.getByRole('button', { name: 'KEN < 5, Kent Police: < 5 cases' });
    // Read as one (copied, or taken from the page), the code and the count stay apart.
    expect(kent).toHaveTextContent(/^KEN < 5$/);
  });

  it('filters on click, adds with Shift-click, and does nothing for a force with no cases', async () => {
    const { onToggle, user } = setup();
    await user.click(screen.getByRole('button', { name: 'KEN 1, Kent Police: 1 case' }));
    expect(onToggle).toHaveBeenLastCalledWith(
      { kind: 'force', id: 'kent-police', dimension: 'force', categoryIds: ['kent-police'] },
      false,
    );
    await user.keyboard('{Shift>}');
    await user.click(
      screen.getByRole('button', { name: 'GMP 3, Greater Manchester Police: 3 cases' }),
    );
    await user.keyboard('{/Shift}');
    expect(onToggle).toHaveBeenLastCalledWith(
      expect.objectContaining({ categoryIds: ['gmp', 'greater-manchester'] }),
      true,
    );
    await user.click(screen.getByRole('button', { name: 'SUR 0, Surrey Police: 0 cases' }));
    expect(onToggle).toHaveBeenCalledTimes(2);
  });

  it('is one tab stop; arrow keys, Home and End move between forces; Enter filters', async () => {
    const { onToggle, user } = setup();
    await user.tab();
    expect(
      screen.getByRole('button', { name: 'NUM 0, Northumbria Police: 0 cases' }),
    ).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(
      screen.getByRole('button', { name: 'DUR 0, Durham Constabulary: 0 cases' }),
    ).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(
      screen.getByRole('button', { name: 'CUM 0, Cumbria Constabulary: 0 cases' }),
    ).toHaveFocus();
    await user.keyboard('{End}{ArrowLeft}');
    expect(screen.getByRole('button', { name: 'KEN 1, Kent Police: 1 case' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onToggle).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: 'kent-police' }),
      false,
    );
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(onToggle).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'kent-police' }), true);
    const stops = screen.getAllByRole('button').filter((b) => b.getAttribute('tabindex') === '0');
    expect(stops).toEqual([screen.getByRole('button', { name: 'KEN 1, Kent Police: 1 case' })]);
  });

  it('shows the force and its count in a tooltip on focus, and hides it on Escape', async () => {
    const { user } = setup();
    await user.tab();
    await user.keyboard('{End}{ArrowLeft}');
    expect(screen.getByRole('tooltip')).toHaveTextContent('Kent Police1 case');
    expect(
      screen.getByRole('button', { name: 'KEN 1, Kent Police: 1 case' }),
    ).toHaveAccessibleDescription(/Kent Police/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('lists the forces not on the map beside it, and states n in the legend', () => {
    setup();
    const list = screen.getByRole('list', { name: 'Not on the map: 1 force' });
    expect(within(list).getByRole('listitem')).toHaveTextContent(
      'British Transport Police: 1 case British Transport Police is not one of the 43 territorial forces',
    );
    expect(
      screen.getByText('n = 5 cases with a force recorded; 1 not on the map (listed beside it)'),
    ).toBeVisible();
  });

  it('groups the tiles by region in the region view, each region one button', async () => {
    const { onToggle, user } = setup({ view: 'regions', selected: undefined });
    const map = screen.getByRole('group', { name: 'Cases by force (map)' });
    expect(within(map).getAllByRole('button')).toHaveLength(10);
    await user.click(screen.getByRole('button', { name: 'NW 3, North West: 3 cases' }));
    expect(onToggle).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: 'region', id: 'north-west', dimension: 'force' }),
      false,
    );
    expect(screen.getByRole('button', { name: 'WAL 0, Wales: 0 cases' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });
});
