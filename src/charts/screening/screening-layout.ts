import { scaleLinear } from 'd3-scale';
import type { ChartModel } from '../../query/model/chart-model';
import { wrapText } from '../text-measure';

/** One part of a bar: the reviews of one source. */
export interface FunnelSegment {
  source: number;
  x: number;
  width: number;
  /** The count as shown: "3", "< 5", "hidden". */
  countText: string;
  /** True when the count is hidden (drawn outlined, not to scale). */
  hidden: boolean;
}

/** One row of the funnel: all reviews, one exclusion reason, or the included reviews. */
export interface FunnelBar {
  key: string;
  kind: 'total' | 'excluded' | 'included';
  lines: string[];
  y: number;
  height: number;
  barY: number;
  barHeight: number;
  x0: number;
  x1: number;
  segments: FunnelSegment[];
  value: string;
}

/** The funnel's geometry. */
export interface FunnelLayout {
  width: number;
  height: number;
  labelWidth: number;
  bars: FunnelBar[];
  /** Dotted lines carrying each step's remaining total down to the next bar. */
  connectors: Array<{ x: number; y1: number; y2: number }>;
  /** False when hidden counts forbid lengths to scale (presenter-safe): every bar is as long. */
  toScale: boolean;
}

/** Font size of the labels, in pixels. */
export const funnelFontSize = 14;
const lineHeight = 17;
const barHeight = 20;
const valueRoom = 96;

/**
 * Lays out the screening model as a waterfall: all reviews at the top, each exclusion reason
 * taken off in turn, and the included reviews at the bottom; each bar split by source. When the
 * model hides any count (presenter-safe), no length is to scale — bars and their parts would give
 * hidden counts back — so every bar spans the plot and its sources share it equally.
 */
export function layoutScreeningFunnel(model: ChartModel, width: number): FunnelLayout {
  const sourceCount = model.extraColumns.filter((c) => c.kind === 'count').length;
  const toScale = model.rows.every(
    (r) =>
      r.count.value !== null &&
      (r.extra ?? []).slice(0, sourceCount).every((c) => c.value !== null),
  );
  const labelWidth = Math.round(Math.min(340, Math.max(160, width * 0.38)));
  const total = model.n.value ?? 0;
  const plotEnd = Math.max(labelWidth + 60, width - valueRoom);
  const x = scaleLinear()
    .domain([0, Math.max(1, total)])
    .range([labelWidth + 12, plotEnd]);
  const bars: FunnelBar[] = [];
  let y = 0;
  let remaining = total;
  for (const row of model.rows) {
    const kind: FunnelBar['kind'] =
      row.key === 'total' ? 'total' : row.key === 'included' ? 'included' : 'excluded';
    const count = row.count.value ?? 0;
    const from = !toScale || kind === 'total' || kind === 'included' ? 0 : remaining - count;
    if (kind === 'excluded') remaining -= count;
    // Wrap short of the column: wide fallback fonts (e.g. DejaVu Sans) outrun the estimate.
    const lines = wrapText(row.label, labelWidth * 0.8, funnelFontSize, { maxLines: 3 });
    const height = Math.max(barHeight + 12, lines.length * lineHeight + 10);
    const cells = (row.extra ?? []).slice(0, sourceCount);
    const drawn = cells
      .map((cell, source) => ({ cell, source }))
      .filter(({ cell }) => cell.value !== 0);
    let at = x(from);
    const unscaled = (plotEnd - x(0)) / Math.max(1, drawn.length);
    const segments = drawn.map(({ cell, source }) => {
      const segmentWidth = toScale ? x(cell.value ?? 0) - x(0) : unscaled;
      const segment = {
        source,
        x: at,
        width: segmentWidth,
        countText: cell.text,
        hidden: cell.value === null,
      };
      at += segmentWidth;
      return segment;
    });
    const shown =
      row.count.value === null || row.share.value === null
        ? row.count.text
        : `${row.count.text} · ${row.share.text}`;
    bars.push({
      key: row.key,
      kind,
      lines,
      y,
      height,
      barY: y + (height - barHeight) / 2,
      barHeight,
      x0: x(from),
      x1: at,
      segments,
      value: shown,
    });
    y += height;
  }
  // Each bar starts where the reviews left by the bar above end: x1 of a bar is x0 of its parent.
  const connectors = toScale
    ? bars
        .slice(1)
        .map((bar, i) => ({ x: bar.x1, y1: (bars[i] as FunnelBar).barY + barHeight, y2: bar.barY }))
    : [];
  return { width, height: y, labelWidth, bars, connectors, toScale };
}
