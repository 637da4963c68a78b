import type { HeadlineFigures } from '../../query/aggregate';
import { percentHalfUp } from '../../query/percent';
import { isMaskedCount, maskCount } from '../../query/presenter-safe';

/** One headline tile: the figure under the filters, the whole-dataset figure and a percentage. */
export interface HeadlineTile {
  key: keyof HeadlineFigures;
  label: string;
  value: number;
  total: number;
  /** Share of the selected cases (for deaths and harm), or null where a share means nothing. */
  percent: number | null;
}

const tileLabels: ReadonlyArray<[keyof HeadlineFigures, string]> = [
  ['cases', 'Cases'],
  ['deaths', 'Deaths'],
  ['significantHarm', 'Significant harm'],
  ['forces', 'Forces'],
  ['regions', 'Regions'],
];

/** Lays out the headline tiles from the filtered and the whole-dataset figures. */
export function layoutHeadline(selected: HeadlineFigures, all: HeadlineFigures): HeadlineTile[] {
  return tileLabels.map(([key, label]) => ({
    key,
    label,
    value: selected[key],
    total: all[key],
    percent:
      key === 'cases'
        ? percentHalfUp(selected.cases, all.cases)
        : key === 'deaths' || key === 'significantHarm'
          ? percentHalfUp(selected[key], selected.cases)
          : null,
  }));
}

/** A headline tile placed in the chart, with its text and where it goes. */
export interface PlacedTile extends HeadlineTile {
  x: number;
  y: number;
  width: number;
  height: number;
  valueText: string;
  /** "of 11" under filters. */
  totalText: string;
  totalX: number;
  /** "55% of cases", or empty. */
  percentText: string;
}

/** The geometry of the headline tiles. */
export interface HeadlineTilesLayout {
  width: number;
  height: number;
  tiles: PlacedTile[];
}

const tileGap = 12;
const tileMinWidth = 172;
const tileHeight = 112;

/**
 * Places the tiles in as many columns as fit at least {@link tileMinWidth} pixels wide (all five
 * on a wide screen), with the filtered figure, "of N" under filters, and the share of cases.
 * While presenter-safe is on (`hideBelow` = k), figures below k read "< k" and lose their share.
 */
export function layoutHeadlineTiles(
  tiles: readonly HeadlineTile[],
  width: number,
  filtered: boolean,
  measure: (text: string, fontSize: number, bold: boolean) => number,
  hideBelow?: number,
): HeadlineTilesLayout {
  const shown = (count: number) =>
    hideBelow === undefined ? String(count) : maskCount(count, hideBelow);
  const columns = Math.max(
    1,
    Math.min(tiles.length, Math.floor((width + tileGap) / (tileMinWidth + tileGap))),
  );
  const tileWidth = (width - tileGap * (columns - 1)) / columns;
  const placed = tiles.map((tile, i): PlacedTile => {
    const valueText = shown(tile.value);
    const masked = hideBelow !== undefined && isMaskedCount(tile.value, hideBelow);
    // A share of a hidden figure would give the figure back.
    let percentText = '';
    if (masked) percentText = '';
    else if (tile.key === 'cases' && filtered) percentText = `${tile.percent ?? 0}% of all cases`;
    else if (tile.percent !== null && tile.key !== 'cases')
      percentText = `${tile.percent}% of cases${filtered ? ' in view' : ''}`;
    return {
      ...tile,
      x: (i % columns) * (tileWidth + tileGap),
      y: Math.floor(i / columns) * (tileHeight + tileGap),
      width: tileWidth,
      height: tileHeight,
      valueText,
      totalText: filtered ? `of ${shown(tile.total)}` : '',
      totalX: 20 + measure(valueText, 38, true) + 8,
      percentText,
    };
  });
  const rows = Math.ceil(tiles.length / columns);
  return { width, height: rows * tileHeight + (rows - 1) * tileGap, tiles: placed };
}
