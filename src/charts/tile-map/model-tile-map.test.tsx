import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readBundledDataset } from '../../../tests/unit/bundled';
import { filtersOf, primaryMasked } from '../../../tests/unit/chart-models';
import { buildDatasetIndex } from '../../query/dataset-index';
import { forceMapModel } from '../../query/model/force-map-model';
import { noFilters } from '../../query/selection';
import { ModelTileMap } from './model-tile-map';
import { tileMapInputFromModel } from './tile-map-model-input';

const dataset = readBundledDataset();
const index = buildDatasetIndex(dataset);
const model = forceMapModel({ dataset, index, filters: noFilters });

function setup(shown = model, view: 'forces' | 'regions' = 'forces') {
  const onToggle = vi.fn();
  const onList = vi.fn();
  render(
    <ModelTileMap model={shown} view={view} measure="count" onToggle={onToggle} onList={onList} />,
  );
  return { onToggle, onList, user: userEvent.setup() };
}

describe('ModelTileMap', () => {
  // The drawing is a lazy chunk: load it once so each test waits only for React.
  beforeAll(() => import('./tile-map-drawing'));

  it('reads its tiles and its data table from the model', async () => {
    setup();
    // The drawing's code loads on first use; the frame and its table do not wait for it.
    expect(
      await screen.findByRole(
        'button',
        { name: 'KEN 1, Kent Police: 1 case' },
        { timeout: 10_000 },
      ),
    ).toBeVisible();
    const table = screen.getByRole('table', { name: 'Cases by force (map)' });
    const kent = within(table)
      .getAllByRole('row')
      .find((r) => r.textContent?.startsWith('Kent'));
    expect(kent).toHaveTextContent(/^Kent Police19%/);
    expect(screen.getByRole('button', { name: 'KEN 1, Kent Police: 1 case' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'LAN 2, Lancashire Constabulary: 2 cases' }),
    ).toBeVisible();
    expect(screen.getByText('n = 11 cases with a force recorded')).toBeVisible();
  });

  it('filters the force a click names, and then offers to list its cases', async () => {
    const { onToggle, onList, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'KEN 1, Kent Police: 1 case' }));
    expect(onToggle).toHaveBeenCalledWith('force', ['kent-police'], false);
    await user.click(screen.getByRole('button', { name: 'List the cases of Kent Police' }));
    expect(onList).toHaveBeenCalledWith(expect.objectContaining({ label: 'Kent Police' }));
  });

  it('shows what presenter-safe hid, on the tiles and in the table', async () => {
    setup(primaryMasked(model));
    // A hidden count is above 0, so its force can still be filtered to.
    expect(
      await screen.findByRole('button', { name: 'KEN < 5, Kent Police: < 5 cases' }),
    ).not.toHaveAttribute('aria-disabled');
    expect(screen.queryByRole('button', { name: /Kent Police: 1 case/ })).not.toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Cases by force (map)' });
    expect(within(table).queryByText('1')).not.toBeInTheDocument();
  });

  it('draws the data’s regions as groups in the region view', async () => {
    const regions = forceMapModel({ dataset, index, filters: noFilters }, 'regions');
    setup(regions, 'regions');
    expect(await screen.findByRole('button', { name: 'NW 4, North West: 4 cases' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'WAL 0, Wales: 0 cases' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });
});

describe('tileMapInputFromModel', () => {
  it('passes the categories behind each row and what the filter holds', () => {
    const filtered = forceMapModel({
      dataset,
      index,
      filters: filtersOf(['force', ['kent-police']]),
    });
    const input = tileMapInputFromModel(filtered, 'forces', 'share');
    expect(input.forces.find((r) => r.label === 'Kent Police')).toMatchObject({
      count: 1,
      categoryIds: ['kent-police'],
    });
    expect([...(input.selected ?? [])]).toEqual(['kent-police']);
    expect(input.n).toBe(11);
  });

  it('marks hidden rows with the words the model shows', () => {
    const input = tileMapInputFromModel(primaryMasked(model), 'forces', 'count');
    expect(input.forces.every((r) => r.hidden === '< 5')).toBe(true);
    expect(input.hideBelow).toBe(5);
  });
});
