import { max } from 'd3-array';
import { textWidth, wrapText, type TextMeasure } from '../text-measure';

/** How a bar stands under its own dimension's filter: chosen, not chosen, or no filter at all. */
export type BarState = 'normal' | 'selected' | 'dimmed';

/** One row to lay out: a category bar, a group heading, or the cases not coded. */
export interface BarInput {
  /** Unique within the chart. */
  key: string;
  /** The category a click toggles; absent for rows that do not filter. */
  categoryId?: string;
  label: string;
  /** The count, or null when presenter-safe hides it (its bar is then a stub, not to scale). */
  count: number | null;
  /** The count as shown: "6", "< 5", "hidden". */
  countText: string;
  /** The share as shown ("55%"), or empty where the row has none. */
  shareText: string;
  /** How many of `count` hold an inferred (not stated) value (0 when hidden). */
  inferred: number;
  /** The share (a proportion), or null where there is none or it is hidden. */
  share?: number | null;
  /** The base the share is of (cases coded), or null where hidden. */
  base?: number | null;
  /** The share's 95 % interval as proportions, from the model; null where there is none or hidden. */
  interval?: { low: number; high: number } | null;
  colour: string;
  state: BarState;
  kind: 'bar' | 'group' | 'not-recorded';
  /** 1 for rows nested under a group heading. */
  level: 0 | 1;
}

/** One legend entry: a colour swatch, a hatched (inferred) swatch, a dimmed swatch or a whisker. */
export interface LegendInput {
  label: string;
  colour: string;
  swatch: 'solid' | 'hatch' | 'outline' | 'whisker';
}

/** A share's 95 % interval drawn as a line across the bar's end, with caps. */
export interface Whisker {
  x1: number;
  x2: number;
  y: number;
  /** Half the height of the caps. */
  cap: number;
}

/** A share's 95 % interval drawn as a vertical line along a column's top, with caps. */
export interface ColumnWhisker {
  x: number;
  /** The interval's low end (lower on screen, so the larger y) and high end. */
  y1: number;
  y2: number;
  /** Half the width of the caps. */
  cap: number;
}

/** A legend entry placed in the chart. */
export interface LegendItem extends LegendInput {
  x: number;
  y: number;
}

/** A laid-out row: where its label lines, bar and value label go. */
export interface BarRow extends BarInput {
  y: number;
  height: number;
  labelLines: string[];
  labelX: number;
  /** Baseline of the first label line; further lines follow at `lineHeight`. */
  labelY: number;
  barX: number;
  barY: number;
  barWidth: number;
  barHeight: number;
  /** Width of the inferred share, drawn at the bar's end. */
  inferredWidth: number;
  /** Presenter-safe hides this row's count: its bar is a stub of fixed length, not to scale. */
  masked: boolean;
  /** The 95 % interval's line, where intervals are drawn and the row has one to show. */
  whisker?: Whisker;
  valueText: string;
  valueX: number;
  valueY: number;
  valueWidth: number;
}

/** The geometry of a horizontal bar chart. */
export interface BarLayout {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  labelWidth: number;
  plotX: number;
  plotWidth: number;
  legend: LegendItem[];
  rows: BarRow[];
}

/** Options of {@link layoutBars}. */
export interface BarLayoutOptions {
  width: number;
  fontSize?: number;
  legend?: readonly LegendInput[];
  /** Measures text; an estimate by default (layouts stay pure and testable). */
  measure?: TextMeasure;
  /**
   * What a bar's length shows: its count (the default) or its share (a proportion, 0 to 100 %),
   * for charts whose rows have different bases, such as two periods compared.
   */
  scale?: 'count' | 'share';
  /** Draw each share's 95 % interval (from the inputs' `interval`) as a whisker. */
  intervals?: boolean;
  /**
   * Group headings run across the whole width instead of sitting in the label column (they have
   * no bar), so a long heading does not squeeze every bar on a narrow screen.
   */
  headingsAcross?: boolean;
}

/**
 * The extent of a row's interval on the bar's scale, or undefined where none is drawn: on a count
 * scale the interval of the share times its base (the counts the interval allows), on a share
 * scale the interval itself. Taken from the model's interval, never worked out here.
 */
export function whiskerExtent(
  input: Pick<BarInput, 'interval' | 'kind' | 'count' | 'share' | 'base'>,
  scale: 'count' | 'share',
): { low: number; high: number } | undefined {
  const { interval } = input;
  if (!interval || input.kind !== 'bar' || input.count === null) return undefined;
  if (scale === 'share') return input.share == null ? undefined : interval;
  const base = input.base;
  if (base == null || base <= 0) return undefined;
  return { low: interval.low * base, high: interval.high * base };
}

const gap = 12;
const indentStep = 18;
const rowPadding = 10;
const swatchSize = 14;
/** Length of a bar whose count presenter-safe hides: the same for every such bar. */
export const maskedBarWidth = 10;

/** The value label of a row: "6 (55%)", or the count alone where there is no share. */
export function valueLabel(countText: string, shareText: string): string {
  return shareText && shareText !== '–' ? `${countText} (${shareText})` : countText;
}

/**
 * Places legend entries in rows across `width` (swatch, then label), wrapping when a row is full;
 * `height` is the room the legend takes above the chart (0 when there is none).
 */
export function layoutLegend(
  items: readonly LegendInput[],
  width: number,
  fontSize: number,
  measure: TextMeasure,
) {
  const lineHeight = Math.round(fontSize * 1.5);
  const placed: LegendItem[] = [];
  let x = 0;
  let y = 0;
  for (const item of items) {
    const itemWidth = swatchSize + 6 + measure(item.label, fontSize) + 18;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += lineHeight;
    }
    placed.push({ ...item, x, y });
    x += itemWidth;
  }
  return { placed, height: items.length === 0 ? 0 : y + lineHeight + 6 };
}

/**
 * Lays out horizontal bars with a label column that wraps long labels instead of cutting them,
 * a value column wide enough for every "count (percent)" label, and bars scaled from zero to the
 * largest count shown. A hidden count (presenter-safe) gets a stub of one length for all.
 */
export function layoutBars(inputs: readonly BarInput[], options: BarLayoutOptions): BarLayout {
  const { width } = options;
  const scale = options.scale ?? 'count';
  const fontSize = options.fontSize ?? 15;
  const measure = options.measure ?? textWidth;
  const lineHeight = Math.round(fontSize * 1.3);
  const legend = layoutLegend(options.legend ?? [], width, fontSize - 1, measure);
  const withValues = inputs.map((input) => {
    const masked = input.count === null;
    // Neither the count, its share nor the bar's length may show how small a hidden count is.
    const valueText = masked ? input.countText : valueLabel(input.countText, input.shareText);
    return { input, masked, valueText };
  });
  const valueReserve =
    (max(withValues, (v) => measure(v.valueText, fontSize, v.input.kind === 'group')) ?? 0) + 10;
  const across = (i: BarInput) => options.headingsAcross === true && i.kind === 'group';
  const widestLabel =
    max(
      inputs.filter((i) => !across(i)),
      (i) => measure(i.label, fontSize, i.kind === 'group') + i.level * indentStep,
    ) ?? 0;
  const labelCap = Math.max(140, (width - valueReserve - gap) * 0.45);
  const labelWidth = Math.ceil(Math.min(widestLabel + 2, labelCap));
  const plotX = labelWidth + gap;
  const plotWidth = Math.max(40, width - plotX - valueReserve);
  const barInputs = inputs.filter((i) => i.kind !== 'group');
  const extents = new Map(
    options.intervals
      ? inputs.flatMap((i) => {
          const extent = whiskerExtent(i, scale);
          return extent ? [[i.key, extent] as const] : [];
        })
      : [],
  );
  const largest =
    scale === 'share'
      ? 1
      : Math.max(
          1,
          max(barInputs, (i) => i.count ?? 0) ?? 0,
          max([...extents.values()], (e) => e.high) ?? 0,
        );
  // Bars start at 0 and `largest` is at least 1: a proportion of the plot's width. (d3-scale's
  // linear scale would bring d3-interpolate and d3-color, 5 KB gzip, into the first screen's code.)
  const x = (value: number) => (value / largest) * plotWidth;

  let y = legend.height;
  const rows = withValues.map(({ input, masked, valueText }, position) => {
    const indent = input.level * indentStep;
    const bold = input.kind === 'group';
    const labelLines = wrapText(
      input.label,
      (across(input) ? width : labelWidth) - indent,
      fontSize,
      {
        bold,
        measure,
        maxLines: 6,
      },
    );
    const barHeight = input.kind === 'group' ? 0 : input.level === 1 ? 16 : 22;
    if (input.kind === 'group' && position > 0) y += 8;
    const height = Math.max(barHeight, labelLines.length * lineHeight) + rowPadding;
    const top = y;
    y += height;
    const count = input.count ?? 0;
    const length = scale === 'share' ? (input.share ?? 0) : count;
    const drawn = (masked || length > 0) && input.kind !== 'group';
    const barWidth = drawn ? (masked ? maskedBarWidth : Math.max(2, x(length))) : 0;
    const inferredWidth = count > 0 && !masked ? (barWidth * input.inferred) / count : 0;
    const labelBlock = labelLines.length * lineHeight;
    const extent = extents.get(input.key);
    const barY = top + (height - barHeight) / 2;
    const whisker: Whisker | undefined = extent && {
      x1: plotX + x(extent.low),
      x2: plotX + x(extent.high),
      y: barY + barHeight / 2,
      cap: Math.max(4, barHeight / 2 - 2),
    };
    // The value sits past the bar and past its interval's line, so the line never crosses it.
    const end = Math.max(barWidth, whisker ? whisker.x2 - plotX : 0);
    const row: BarRow = {
      ...input,
      y: top,
      height,
      labelLines,
      labelX: indent,
      labelY: top + (height - labelBlock) / 2 + lineHeight * 0.75,
      barX: plotX,
      barY,
      barWidth,
      barHeight,
      inferredWidth,
      masked,
      ...(whisker ? { whisker } : {}),
      valueText,
      valueX: plotX + end + (end > 0 ? 6 : 0),
      valueY: top + height / 2 + fontSize * 0.35,
      valueWidth: measure(valueText, fontSize, bold),
    };
    return row;
  });
  return {
    width,
    height: Math.ceil(y + 2),
    fontSize,
    lineHeight,
    labelWidth,
    plotX,
    plotWidth,
    legend: legend.placed,
    rows,
  };
}
