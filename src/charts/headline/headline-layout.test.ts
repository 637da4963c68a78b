import { describe, expect, it } from 'vitest';
import { bundledModel, filtersOf, primaryMasked } from '../../../tests/unit/chart-models';
import { layoutHeadlineTiles, valueFontSize } from './headline-layout';

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

  it('draws a large count and its total smaller where the tile is too narrow for both, and both fit', () => {
    const big = {
      ...deaths,
      rows: deaths.rows.map((row) => ({
        ...row,
        count: { ...row.count, text: '54,996' },
        extra: row.extra?.map((cell) => ({ ...cell, text: '100,000' })),
      })),
    };
    // Five tiles in 1,000 px (as on a 1,024 px screen): about 190 px a tile.
    const narrow = layoutHeadlineTiles(big, 1000, measure);
    const [cases] = narrow.tiles;
    expect(cases?.valueFontSize).toBeLessThan(38);
    const right = (cases?.totalX ?? 0) + measure(cases?.totalText ?? '', cases?.totalFontSize ?? 0);
    expect(right).toBeLessThanOrEqual((cases?.width ?? 0) - 10);
    // The small briefing's figures keep their size.
    const wide = layoutHeadlineTiles(deaths, 1000, measure);
    expect([wide.tiles[0]?.valueFontSize, wide.tiles[0]?.totalFontSize]).toEqual([38, 18]);
  });

  it('shows what presenter-safe hides as "< k", without its share', () => {
    const layout = layoutHeadlineTiles(primaryMasked(all, 6), 1000, measure);
    const harm = layout.tiles.find((t) => t.key === 'significantHarm');
    expect([harm?.valueText, harm?.percentText]).toEqual(['< 6', '']);
  });
});

describe('valueFontSize', () => {
  it('keeps a count large however it is grouped, and makes long words smaller', () => {
    expect(valueFontSize('11')).toBe(38);
    expect(valueFontSize('54,996')).toBe(38);
    expect(valueFontSize('100,000')).toBe(38);
    expect(valueFontSize('< 5')).toBe(38);
    expect(valueFontSize('1,000,000')).toBe(24);
    expect(valueFontSize('not recorded')).toBe(24);
  });
});
