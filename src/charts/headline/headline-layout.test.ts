import { describe, expect, it } from 'vitest';
import { layoutHeadline, layoutHeadlineTiles } from './headline-layout';

const all = { cases: 11, deaths: 6, significantHarm: 5, forces: 8, regions: 5 };
const deaths = { cases: 6, deaths: 6, significantHarm: 0, forces: 5, regions: 4 };
const measure = (text: string, size: number) => text.length * size * 0.6;

describe('headline layout', () => {
  it('keeps the Contract rows and gives shares of the cases', () => {
    const tiles = layoutHeadline(deaths, all);
    expect(tiles.map((t) => [t.label, t.value, t.total, t.percent])).toEqual([
      ['Cases', 6, 11, 55],
      ['Deaths', 6, 6, 100],
      ['Significant harm', 0, 5, 0],
      ['Forces', 5, 8, null],
      ['Regions', 4, 5, null],
    ]);
  });

  it.each([
    [1000, 5, 1],
    [560, 3, 2],
    [180, 1, 5],
  ])('at %i px puts the tiles in %i columns over %i rows', (width, columns, rows) => {
    const layout = layoutHeadlineTiles(layoutHeadline(all, all), width, false, measure);
    expect(new Set(layout.tiles.map((t) => t.x)).size).toBe(columns);
    expect(new Set(layout.tiles.map((t) => t.y)).size).toBe(rows);
    for (const tile of layout.tiles) expect(tile.x + tile.width).toBeLessThanOrEqual(width + 0.01);
  });

  it('reads "6 of 11" under filters, the total placed after the figure', () => {
    const layout = layoutHeadlineTiles(layoutHeadline(deaths, all), 1000, true, measure);
    const cases = layout.tiles[0]!;
    expect([cases.valueText, cases.totalText, cases.percentText]).toEqual([
      '6',
      'of 11',
      '55% of all cases',
    ]);
    expect(cases.totalX).toBeGreaterThan(20 + measure('6', 38));
    expect(layout.tiles[3]?.percentText).toBe('');
  });
});
