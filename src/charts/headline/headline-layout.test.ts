import { describe, expect, it } from 'vitest';
import { bundledModel, filtersOf, primaryMasked } from '../../../tests/unit/chart-models';
import { layoutHeadlineTiles } from './headline-layout';

const measure = (text: string, size: number) => text.length * size * 0.6;
const all = bundledModel('overview.headline');
const deaths = bundledModel('overview.headline', filtersOf(['outcome', ['death']]));

describe('headline layout', () => {
  it.each([
    [1000, 5, 1],
    [560, 3, 2],
    [180, 1, 5],
  ])('at %i px puts the tiles in %i columns over %i rows', (width, columns, rows) => {
    const layout = layoutHeadlineTiles(all, width, measure);
    expect(new Set(layout.tiles.map((t) => t.x)).size).toBe(columns);
    expect(new Set(layout.tiles.map((t) => t.y)).size).toBe(rows);
    for (const tile of layout.tiles) expect(tile.x + tile.width).toBeLessThanOrEqual(width + 0.01);
  });

  it('reads "6 of 11" under filters, the total placed after the figure, shares of the cases', () => {
    const layout = layoutHeadlineTiles(deaths, 1000, measure);
    const [cases, death, harm, forces] = layout.tiles;
    expect([cases?.valueText, cases?.totalText, cases?.percentText]).toEqual([
      '6',
      'of 11',
      '55% of all cases',
    ]);
    expect(cases?.totalX).toBeGreaterThan(20 + measure('6', 38));
    expect([death?.valueText, death?.percentText]).toEqual(['6', '100% of cases in view']);
    expect([harm?.valueText, harm?.percentText]).toEqual(['0', '0% of cases in view']);
    expect(forces?.percentText).toBe('');
  });

  it('shows what presenter-safe hides as "< k", without its share', () => {
    const layout = layoutHeadlineTiles(primaryMasked(all, 6), 1000, measure);
    const harm = layout.tiles.find((t) => t.key === 'significantHarm');
    expect([harm?.valueText, harm?.percentText]).toEqual(['< 6', '']);
  });
});
