import { scaleLinear } from 'd3-scale';
import { isMaskedCount, maskCount } from '../../query/presenter-safe';
import type { ScreeningSummary } from '../../query/screening';
import { wrapText } from '../text-measure';

/** One part of a bar: the reviews of one source. */
export interface FunnelSegment {
  source: number;
  x: number;
  width: number;
  count: number;
  /** The count as shown: "< 5" while presenter-safe hides it. */
  countText: string;
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
}

/** Font size of the labels, in pixels. */
export const funnelFontSize = 14;
const lineHeight = 17;
const barHeight = 20;
const valueRoom = 96;

/**
 * Lays out the screening funnel as a waterfall: all reviews at the top, each exclusion reason
 * taken off in turn, and the included reviews at the bottom; each bar split by source. While
 * presenter-safe is on (`hideBelow` = k), counts below k and their percentages read "< k".
 */
export function layoutScreeningFunnel(
  summary: ScreeningSummary,
  percents: ReadonlyArray<number | null>,
  width: number,
  hideBelow?: number,
): FunnelLayout {
  const countText = (count: number) =>
    hideBelow === undefined ? String(count) : maskCount(count, hideBelow);
  const labelWidth = Math.round(Math.min(340, Math.max(160, width * 0.38)));
  const x = scaleLinear()
    .domain([0, Math.max(1, summary.total)])
    .range([labelWidth + 12, Math.max(labelWidth + 60, width - valueRoom)]);
  const bars: FunnelBar[] = [];
  let y = 0;
  const push = (
    key: string,
    kind: FunnelBar['kind'],
    label: string,
    from: number,
    counts: readonly number[],
    value: string,
  ) => {
    // Wrap short of the column: wide fallback fonts (e.g. DejaVu Sans) outrun the estimate.
    const lines = wrapText(label, labelWidth * 0.8, funnelFontSize, { maxLines: 3 });
    const height = Math.max(barHeight + 12, lines.length * lineHeight + 10);
    let at = from;
    const segments = counts.flatMap((count, source) => {
      if (count === 0) return [];
      const segment = {
        source,
        x: x(at),
        width: x(at + count) - x(at),
        count,
        countText: countText(count),
      };
      at += count;
      return [segment];
    });
    bars.push({
      key,
      kind,
      lines,
      y,
      height,
      barY: y + (height - barHeight) / 2,
      barHeight,
      x0: x(from),
      x1: x(at),
      segments,
      value,
    });
    y += height;
  };
  const shown = (count: number, percent: number | null | undefined) => {
    if (hideBelow !== undefined && isMaskedCount(count, hideBelow)) return countText(count);
    return percent === null || percent === undefined ? String(count) : `${count} · ${percent}%`;
  };
  push(
    'total',
    'total',
    'All reviews identified and examined',
    0,
    summary.sources.map((s) => s.count),
    shown(summary.total, summary.total > 0 ? 100 : null),
  );
  let remaining = summary.total;
  summary.statuses.forEach((status, i) => {
    const from = status.included ? 0 : remaining - status.count;
    if (!status.included) remaining -= status.count;
    push(
      status.id,
      status.included ? 'included' : 'excluded',
      status.label,
      from,
      status.bySource,
      shown(status.count, percents[i]),
    );
  });
  // Each bar starts where the reviews left by the bar above end: x1 of a bar is x0 of its parent.
  const connectors = bars.slice(1).map((bar, i) => ({
    x: bar.x1,
    y1: (bars[i] as FunnelBar).barY + barHeight,
    y2: bar.barY,
  }));
  return { width, height: y, labelWidth, bars, connectors };
}
