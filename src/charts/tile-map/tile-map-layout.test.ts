import { describe, expect, it } from 'vitest';
import { regionOutline } from './region-outline';
import { layoutTileMap } from './tile-map-layout';
import { maskedFill, zeroClass } from './tile-map-scale';
import type { TileMapInput } from './tile-map-types';

const input: TileMapInput = {
  forces: [
    { id: 'kent-police', label: 'Kent Police', count: 3 },
    { id: 'gmp', label: 'GMP', count: 2 },
    { id: 'greater-manchester', label: 'Greater Manchester', count: 1 },
    { id: 'surrey', label: 'Surrey', count: 0 },
    { id: 'btp', label: 'British Transport Police', count: 1 },
  ],
  n: 7,
  total: 8,
  measure: 'count',
  view: 'forces',
};

const tileOf = (layout: ReturnType<typeof layoutTileMap>, code: string) => {
  const tile = layout.tiles.find((t) => t.code === code);
  if (!tile) throw new Error(`no tile ${code}`);
  return tile;
};

describe('layoutTileMap', () => {
  const layout = layoutTileMap(input, { width: 400 });

  it('places 43 equal tiles on the grid, sized to the width', () => {
    expect(layout.tiles).toHaveLength(43);
    expect(layout.tileSize).toBe(46);
    expect([layout.width, layout.height]).toEqual([395, 444]);
    expect(tileOf(layout, 'KEN')).toMatchObject({ x: 3 + 4 * 49, y: 3 + 8 * 49 });
  });

  it('counts each force through its names, adding up categories that name the same force', () => {
    expect(tileOf(layout, 'KEN')).toMatchObject({
      count: 3,
      valueText: '3',
      accessibleName: 'KEN 3, Kent Police: 3 cases',
      target: {
        kind: 'force',
        id: 'kent-police',
        dimension: 'force',
        categoryIds: ['kent-police'],
      },
    });
    expect(tileOf(layout, 'GMP')).toMatchObject({
      count: 3,
      accessibleName: 'GMP 3, Greater Manchester Police: 3 cases',
      target: { categoryIds: ['gmp', 'greater-manchester'] },
    });
    expect(tileOf(layout, 'SUR')).toMatchObject({
      count: 0,
      fill: zeroClass.fill,
      accessibleName: 'SUR 0, Surrey Police: 0 cases',
    });
    expect(tileOf(layout, 'KEN').fill).toBe(tileOf(layout, 'GMP').fill);
  });

  it('lists the forces not on the map with their counts, and states n in the legend', () => {
    expect(layout.unmatched).toEqual([
      expect.objectContaining({
        label: 'British Transport Police',
        reason: 'not-territorial',
        count: 1,
        countText: '1',
      }),
    ]);
    expect(layout.legend).toEqual({
      title: 'Cases',
      entries: [
        { fill: zeroClass.fill, label: '0', kind: 'zero' },
        expect.objectContaining({ label: '1', kind: 'class' }),
        expect.objectContaining({ label: '2', kind: 'class' }),
        expect.objectContaining({ label: '3', kind: 'class' }),
      ],
      nText:
        'n = 7 cases with a force recorded, of 8 under the filters; 1 not on the map (listed ' +
        'beside it)',
    });
  });

  it('shows shares of the n in share mode', () => {
    const shares = layoutTileMap({ ...input, measure: 'share' }, { width: 400 });
    expect(tileOf(shares, 'KEN')).toMatchObject({
      percent: 43,
      valueText: '43%',
      accessibleName: 'KEN 43%, Kent Police: 3 cases (43%)',
    });
    expect(shares.legend.title).toBe('Share of cases with a force recorded');
  });

  it('marks the tiles whose categories the filter holds', () => {
    const selected = layoutTileMap({ ...input, selected: new Set(['gmp']) }, { width: 400 });
    expect(tileOf(selected, 'GMP').selected).toBe(true);
    expect(tileOf(selected, 'KEN').selected).toBe(false);
  });

  it('hides counts below k under presenter-safe, in one hatched colour', () => {
    const safe = layoutTileMap({ ...input, hideBelow: 5 }, { width: 400 });
    expect(tileOf(safe, 'KEN')).toMatchObject({
      masked: true,
      fill: maskedFill,
      valueText: '< 5',
      percent: null,
      accessibleName: 'KEN < 5, Kent Police: < 5 cases',
    });
    expect(safe.unmatched[0]?.countText).toBe('< 5');
    expect(safe.legend.entries.at(-1)).toEqual({
      fill: maskedFill,
      label: '< 5 (hidden)',
      kind: 'masked',
    });
  });
});

describe('the region view', () => {
  it('sums the forces by region when the data has no region field', () => {
    const layout = layoutTileMap({ ...input, view: 'regions' }, { width: 400 });
    const southEast = layout.regions.find((r) => r.target.id === 'south-east');
    expect(southEast).toMatchObject({
      accessibleName: 'SE 3, South East: 3 cases',
      code: 'SE',
      target: { kind: 'region', dimension: 'force', categoryIds: ['kent-police', 'surrey'] },
    });
    expect(southEast?.forceIds).toHaveLength(5);
    expect(layout.regions).toHaveLength(10);
  });

  it('counts the region field when given, and lists regions not on the map', () => {
    const layout = layoutTileMap(
      {
        ...input,
        view: 'regions',
        regions: [
          { id: 'se', label: 'South East', count: 4 },
          { id: 'scot', label: 'Scotland', count: 1 },
        ],
        regionN: 5,
      },
      { width: 400 },
    );
    expect(layout.regions.find((r) => r.target.id === 'south-east')).toMatchObject({
      count: 4,
      target: { dimension: 'region', categoryIds: ['se'] },
    });
    expect(layout.unmatched.map((u) => [u.label, u.count])).toEqual([['Scotland', 1]]);
    expect(layout.legend.nText).toBe(
      'n = 5 cases with a region recorded, of 8 under the filters; 1 not on the map (listed beside it)',
    );
  });
});

describe('regionOutline', () => {
  it('draws the edges two side-by-side tiles do not share, and labels the one nearer the middle', () => {
    const a = { forceId: 'a', code: 'A', column: 0, row: 0 };
    const b = { forceId: 'b', code: 'B', column: 1, row: 0 };
    const { outline, cells, labelTile } = regionOutline([a, b], { margin: 2, step: 10, gap: 2 });
    expect(outline).toBe('M1,1V11M1,1H11M1,11H11M21,1V11M11,1H21M11,11H21');
    // Each tile is 8 wide; the two fills meet in the middle of the gap between them.
    expect(cells).toEqual([
      { x: 2, y: 2, width: 9, height: 8 },
      { x: 11, y: 2, width: 9, height: 8 },
    ]);
    expect(labelTile).toBe(a);
  });
});

describe('layoutTileMap with counts a chart model hid (presenter-safe)', () => {
  const hiddenInput: TileMapInput = {
    forces: [
      { id: 'kent', label: 'Kent Police', count: 0, hidden: '< 5' },
      { id: 'gmp', label: 'GMP', count: 6 },
      { id: 'greater-manchester', label: 'Greater Manchester', count: 0, hidden: '< 5' },
      { id: 'lancs', label: 'Lancashire Constabulary', count: 7 },
      { id: 'btp', label: 'British Transport Police', count: 0, hidden: 'hidden' },
    ],
    n: 20,
    nText: 'hidden',
    measure: 'share',
    view: 'forces',
    hideBelow: 5,
  };
  const layout = layoutTileMap(hiddenInput, { width: 400 });

  it('shows a hidden row as the model words it, and a sum with a hidden part as hidden', () => {
    expect(tileOf(layout, 'KEN')).toMatchObject({ valueText: '< 5', masked: true, percent: null });
    expect(tileOf(layout, 'KEN').accessibleName).toBe('KEN < 5, Kent Police: < 5 cases');
    expect(tileOf(layout, 'GMP')).toMatchObject({ valueText: 'hidden', masked: true });
    expect(tileOf(layout, 'GMP').fill).toBe(maskedFill);
  });

  it('gives no share when n is hidden, and says n as the model does', () => {
    expect(tileOf(layout, 'LAN')).toMatchObject({ percent: null, valueText: '7' });
    expect(layout.legend.nText).toBe(
      'n = hidden cases with a force recorded; some not on the map (listed beside it)',
    );
    expect(layout.unmatched[0]).toMatchObject({ countText: 'hidden' });
  });

  it('hides a region summing a hidden force', () => {
    const regions = layoutTileMap({ ...hiddenInput, view: 'regions' }, { width: 400 });
    const northWest = regions.regions.find((r) => r.target.id === 'north-west');
    expect(northWest).toMatchObject({ countText: 'hidden', masked: true });
    expect(northWest?.target.categoryIds).toEqual(['gmp', 'greater-manchester', 'lancs']);
  });

  it('keeps a row’s own reason for not being on the map', () => {
    const told = layoutTileMap(
      {
        forces: [],
        regions: [
          { id: 'x', label: 'British Transport Police', count: 2, notOnMap: 'Not territorial.' },
        ],
        n: 2,
        measure: 'count',
        view: 'regions',
        regionDimension: 'force',
      },
      { width: 400 },
    );
    expect(told.unmatched).toEqual([
      expect.objectContaining({
        label: 'British Transport Police',
        note: 'Not territorial.',
        count: 2,
      }),
    ]);
    expect(told.dimension).toBe('force');
  });
});
