import { isMaskedCount, maskCount } from '../../query/presenter-safe';
import { measuredTextWidth as textWidth } from '../text-measure';
import { truncateText, wrapLabel } from './label-fit';

/** Outcome marker of a row: none, death (circle), significant harm (square), other (diamond). */
export type OutcomeMarker = 0 | 1 | 2 | 3;

/** What the layout needs: labels, orders, colour bins and totals, all in matrix order. */
export interface HeatmapLayoutInput {
  rowLabels: readonly string[];
  rowMarkers: Uint8Array;
  /** Display position → matrix row. */
  rowOrder: Int32Array;
  columnLabels: readonly string[];
  /** The codebook group label of each column, if the codebook groups themes. */
  columnGroups: ReadonlyArray<string | undefined>;
  /** Display position → matrix column. */
  columnOrder: Int32Array;
  rowTotals: ArrayLike<number>;
  columnTotals: ArrayLike<number>;
  /** Learning items naming no case, per matrix column (the foot row). */
  unnamed: ArrayLike<number>;
  /** Matrix columns the theme filter has chosen. */
  selectedColumns: ReadonlySet<number>;
  /** Presenter-safe's threshold k while it is on: counts below it read "< k", their bars hidden. */
  hideBelow?: number;
}

/** Layout options: the width available and whether rows are painted on a canvas. */
export interface HeatmapLayoutOptions {
  width: number;
  canvas: boolean;
}

/** One column in display order. */
export interface HeatmapColumn {
  matrixColumn: number;
  x: number;
  label: string;
  lines: string[];
  total: number;
  /** The total as shown ("< 5" while presenter-safe hides it). */
  totalText: string;
  /** Length of the column total bar, in pixels. */
  bar: number;
  unnamed: number;
  selected: boolean;
}

/** Geometry of the whole heatmap; head, body and foot each have their own y origin. */
export interface HeatmapLayout {
  width: number;
  rowCount: number;
  columnCount: number;
  rowHeight: number;
  bodyHeight: number;
  rowHeaderWidth: number;
  cellX0: number;
  columnWidth: number;
  /** Inset of a cell's fill from its slot. */
  cellGap: number;
  totalX: number;
  totalWidth: number;
  headHeight: number;
  groupBandHeight: number;
  /** Top of the column totals band, in head coordinates; labels sit above it. */
  totalsTop: number;
  totalsHeight: number;
  footHeight: number;
  labelMode: 'wrap' | 'rotate';
  fontSize: number;
  /** Font size of the theme labels (a little smaller when slanted). */
  labelFontSize: number;
  lineHeight: number;
  columns: HeatmapColumn[];
  groups: Array<{ label: string; x0: number; x1: number }>;
  rowOrder: Int32Array;
  /** Display rows' total bar lengths, in pixels (display order). */
  rowBars: Float32Array;
  /** Row labels cut to fit, in matrix order, made on demand (5,000 rows need not all be cut). */
  rowLabel: (matrixRow: number) => string;
  /** A count as shown: the number, or "< k" while presenter-safe hides it. */
  countText: (count: number) => string;
}

const fontSize = 14;
const lineHeight = 17;
const totalWidth = 116;
const totalBarMax = 64;
const totalsHeight = 52;
const totalsBarMax = 26;
const maxRotatedLabel = 320;

/** The largest value, at least 1 (a loop: spreading 100,000 totals would overflow the stack). */
function maxOf(values: ArrayLike<number>): number {
  let max = 1;
  for (let i = 0; i < values.length; i += 1) max = Math.max(max, values[i] ?? 0);
  return max;
}

/** Lays out the heatmap: columns fit the width (wrapping or rotating labels), rows stack. */
export function layoutHeatmap(
  input: HeatmapLayoutInput,
  options: HeatmapLayoutOptions,
): HeatmapLayout {
  const rowCount = input.rowOrder.length;
  const columnCount = input.columnOrder.length;
  const { hideBelow } = input;
  const hidden = (count: number) => hideBelow !== undefined && isMaskedCount(count, hideBelow);
  const countText = (count: number) =>
    hideBelow === undefined ? String(count) : maskCount(count, hideBelow);
  const rowHeight = options.canvas ? 24 : 30;
  const longest = input.rowLabels.reduce(
    (max, label, i) => (i < 400 ? Math.max(max, textWidth(label, fontSize)) : max),
    0,
  );
  const rowHeaderWidth = Math.round(Math.min(300, Math.max(170, longest + 34)));
  const cellX0 = rowHeaderWidth;
  const fit = (room: number) =>
    Math.floor(Math.min(128, Math.max(38, columnCount > 0 ? room / columnCount : 128)));
  let columnWidth = fit(options.width - cellX0 - totalWidth);
  const labelMode = columnWidth >= 84 ? 'wrap' : 'rotate';
  const hasGroups = input.columnGroups.some((g) => g !== undefined);
  const groupBandHeight = hasGroups ? 24 : 0;
  const labelFontSize = labelMode === 'wrap' ? fontSize : 13;
  const lines = input.columnLabels.map((label) =>
    labelMode === 'wrap'
      ? wrapLabel(label, columnWidth - 10, fontSize, 4)
      : [truncateText(label, maxRotatedLabel, labelFontSize)],
  );
  if (labelMode === 'rotate') {
    // Slanted labels reach right of their column: leave room for the last ones within the width.
    const reach = Math.max(
      0,
      ...Array.from(input.columnOrder, (matrixColumn, k) => {
        const slant = textWidth(lines[matrixColumn]?.[0] ?? '', labelFontSize) * Math.SQRT1_2;
        return slant - (columnCount - k - 0.5) * columnWidth;
      }),
    );
    columnWidth = fit(options.width - cellX0 - Math.max(totalWidth, reach + 8));
  }
  const labelHeight =
    labelMode === 'wrap'
      ? Math.max(2, ...lines.map((l) => l.length)) * lineHeight + 12
      : Math.max(40, ...lines.map((l) => textWidth(l[0] ?? '', labelFontSize) * Math.SQRT1_2 + 24));
  const totalsTop = groupBandHeight + Math.ceil(labelHeight);
  const maxColumnTotal = maxOf(input.columnTotals);
  const someSelected = input.selectedColumns.size > 0;
  const columns: HeatmapColumn[] = Array.from(input.columnOrder, (matrixColumn, k) => {
    const total = input.columnTotals[matrixColumn] ?? 0;
    return {
      matrixColumn,
      x: cellX0 + k * columnWidth,
      label: input.columnLabels[matrixColumn] ?? '',
      lines: lines[matrixColumn] ?? [],
      total,
      totalText: countText(total),
      bar: hidden(total) ? 0 : (total / maxColumnTotal) * totalsBarMax,
      unnamed: input.unnamed[matrixColumn] ?? 0,
      selected: someSelected && input.selectedColumns.has(matrixColumn),
    };
  });
  const groups: HeatmapLayout['groups'] = [];
  columns.forEach((column) => {
    const label = input.columnGroups[column.matrixColumn];
    const last = groups[groups.length - 1];
    if (label === undefined) return;
    if (last && last.label === label && last.x1 === column.x) last.x1 = column.x + columnWidth;
    else groups.push({ label, x0: column.x, x1: column.x + columnWidth });
  });
  const maxRowTotal = maxOf(input.rowTotals);
  const rowBars = Float32Array.from(input.rowOrder, (row) => {
    const total = input.rowTotals[row] ?? 0;
    return hidden(total) ? 0 : (total / maxRowTotal) * totalBarMax;
  });
  const totalX = cellX0 + columnCount * columnWidth;
  // Slanted labels reach right of their column: widen the drawing so the last ones are not cut.
  const overhang =
    labelMode === 'rotate'
      ? Math.max(
          0,
          ...columns.map(
            (c) =>
              c.x +
              columnWidth / 2 +
              textWidth(c.lines[0] ?? '', labelFontSize) * Math.SQRT1_2 -
              totalX,
          ),
        )
      : 0;
  const labelRoom = rowHeaderWidth - 30;
  const cut = new Map<number, string>();
  return {
    width: totalX + Math.max(totalWidth, Math.ceil(overhang) + 8),
    rowCount,
    columnCount,
    rowHeight,
    bodyHeight: rowCount * rowHeight,
    rowHeaderWidth,
    cellX0,
    columnWidth,
    cellGap: 2,
    totalX,
    totalWidth,
    headHeight: totalsTop + totalsHeight,
    groupBandHeight,
    totalsTop,
    totalsHeight,
    footHeight: rowHeight + 10,
    labelMode,
    fontSize,
    labelFontSize,
    lineHeight,
    columns,
    groups,
    rowOrder: input.rowOrder,
    rowBars,
    rowLabel: (matrixRow) => {
      let label = cut.get(matrixRow);
      if (label === undefined) {
        label = truncateText(input.rowLabels[matrixRow] ?? '', labelRoom, fontSize);
        cut.set(matrixRow, label);
      }
      return label;
    },
    countText,
  };
}

/** The largest bar a row total can have, in pixels (for legends and tests). */
export const rowTotalBarMax = totalBarMax;
/** The largest bar a column total can have, in pixels. */
export const columnTotalBarMax = totalsBarMax;
