import type { ChartModel, ChartRow } from '../../query/model/chart-model';

/** A headline tile placed in the chart, with its text and where it goes. */
export interface PlacedTile {
  key: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The figure as shown: "6", "< 5", "not recorded". */
  valueText: string;
  /** "of 11" under filters. */
  totalText: string;
  totalX: number;
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
    return {
      key: row.key,
      label: row.label,
      x: (i % columns) * (tileWidth + tileGap),
      y: Math.floor(i / columns) * (tileHeight + tileGap),
      width: tileWidth,
      height: tileHeight,
      valueText,
      totalText: filtered && total ? `of ${total.text}` : '',
      totalX: 20 + measure(valueText, valueText.length > 6 ? 24 : 38, true) + 8,
      percentText: percentText(row, filtered),
      ...(row.meaning === undefined ? {} : { meaning: row.meaning }),
      listable: row.list !== undefined,
    };
  });
  const rows = Math.ceil(model.rows.length / columns);
  return { width, height: rows * tileHeight + (rows - 1) * tileGap, tiles };
}
