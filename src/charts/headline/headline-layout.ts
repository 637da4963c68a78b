import type { ChartModel, ChartRow } from '../../query/model/chart-model';

/**
 * A tile's figure size: 38 px, or 24 px past six characters ("not recorded"). A count's grouping
 * commas are not counted, so "100,000" is as large as "54,996" beside it.
 */
export function valueFontSize(valueText: string): number {
  return valueText.replace(/(?<=\d),(?=\d{3})/g, '').length > 6 ? 24 : 38;
}

/** Room a tile keeps at its left (where its figure starts) and at its right. */
const figureInset = { left: 20, right: 10 };

/**
 * The sizes a tile's figure and its "of N" are drawn at: the largest pair, figure first, with
 * which both fit the tile (a count of 54,996 of 100,000 in a fifth of 1,024 px needs smaller
 * type than 6 of 11); the smallest pair when none does.
 */
function fitFigure(
  valueText: string,
  totalText: string,
  tileWidth: number,
  measure: (text: string, fontSize: number, bold: boolean) => number,
): { valueFontSize: number; totalX: number; totalFontSize: number } {
  const room = tileWidth - figureInset.left - figureInset.right;
  const largest = valueFontSize(valueText);
  const pairs = [
    [38, 18],
    [30, 16],
    [24, 14],
    [20, 13],
  ].filter(([value = 0]) => value <= largest);
  const widthOf = ([value = 0, total = 0]: number[]) =>
    measure(valueText, value, true) + (totalText ? 8 + measure(totalText, total, false) : 0);
  const [value = 20, total = 13] =
    pairs.find((pair) => widthOf(pair) <= room) ?? pairs.at(-1) ?? [];
  return {
    valueFontSize: value,
    totalX: figureInset.left + measure(valueText, value, true) + 8,
    totalFontSize: total,
  };
}

/** A headline tile placed in the chart, with its text and where it goes. */
export interface PlacedTile {
  key: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The figure as shown: "6", "54,996", "< 5", "not recorded". */
  valueText: string;
  /** Its font size: large, or smaller for a long text or where the tile is too narrow. */
  valueFontSize: number;
  /** "of 11" under filters. */
  totalText: string;
  totalX: number;
  totalFontSize: number;
  /** "55% of cases coded", or empty. */
  percentText: string;
  /** What the figure means, for its accent colour (death, harm). */
  meaning?: string;
  /** True when the tile lists the cases behind it. */
  listable: boolean;
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

/** A tile's share line: of all cases (Cases under filters) or of the cases coded (outcomes). */
function percentText(row: ChartRow, filtered: boolean): string {
  if (row.share.value === null || row.kind === 'distinct') return '';
  if (row.key === 'cases') return filtered ? `${row.share.text} of all cases` : '';
  return `${row.share.text} of cases${filtered ? ' in view' : ''}`;
}

/**
 * Places the headline model's tiles in as many columns as fit at least {@link tileMinWidth}
 * pixels wide (all five on a wide screen), with the figure, "of N" under filters, and the share.
 * Every text comes from the model, so a masked model reads "< k" and loses its shares.
 */
export function layoutHeadlineTiles(
  model: ChartModel,
  width: number,
  measure: (text: string, fontSize: number, bold: boolean) => number,
): HeadlineTilesLayout {
  const filtered = model.filters !== '';
  const columns = Math.max(
    1,
    Math.min(model.rows.length, Math.floor((width + tileGap) / (tileMinWidth + tileGap))),
  );
  const tileWidth = (width - tileGap * (columns - 1)) / columns;
  const tiles = model.rows.map((row, i): PlacedTile => {
    const valueText = row.count.text;
    const total = row.extra?.[0];
    const totalText = filtered && total ? `of ${total.text}` : '';
    return {
      key: row.key,
      label: row.label,
      x: (i % columns) * (tileWidth + tileGap),
      y: Math.floor(i / columns) * (tileHeight + tileGap),
      width: tileWidth,
      height: tileHeight,
      valueText,
      totalText,
      ...fitFigure(valueText, totalText, tileWidth, measure),
      percentText: percentText(row, filtered),
      ...(row.meaning === undefined ? {} : { meaning: row.meaning }),
      listable: row.list !== undefined,
    };
  });
  const rows = Math.ceil(model.rows.length / columns);
  return { width, height: rows * tileHeight + (rows - 1) * tileGap, tiles };
}
