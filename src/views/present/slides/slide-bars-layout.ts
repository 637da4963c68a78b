import { barInputOf } from '../../../charts/bar/bar-inputs';
import { whiskerExtent, type Whisker } from '../../../charts/bar/bar-layout';
import { dimmedColour, meaningColour, singleSeriesColour } from '../../../charts/palette';
import { wrapText, type TextMeasure } from '../../../charts/text-measure';
import type { ChartModel, ChartRow } from '../../../query/model/chart-model';

/** One bar of a projector chart, placed. */
export interface SlideBar {
  key: string;
  labelLines: string[];
  /** Baseline of the first label line. */
  labelY: number;
  bold: boolean;
  italic: boolean;
  indent: number;
  barY: number;
  barHeight: number;
  /** The stated part, then the inferred part (hatched), in pixels. */
  statedWidth: number;
  inferredWidth: number;
  /** A hidden count: drawn as a dashed stub of fixed length, not to scale. */
  masked: boolean;
  colour: string;
  value: string;
  valueX: number;
  valueY: number;
  /** The share's 95 % interval as a line, where intervals are drawn and the row has one. */
  whisker?: Whisker;
  /** That interval as the model writes it ("28–79%"), for the drawing's accessible name. */
  interval?: string;
}

/** A projector bar chart: every text at `fontSize`, direct labels, what did not fit counted. */
export interface SlideBarsLayout {
  width: number;
  height: number;
  fontSize: number;
  labelWidth: number;
  plotX: number;
  bars: SlideBar[];
  /** Rows left out because they did not fit at a legible size. */
  more: number;
  /** Some bar has its 95 % interval drawn (the notes then say what the lines are). */
  intervals: boolean;
}

/** Options of {@link layoutSlideBars}. */
export interface SlideBarsOptions {
  /** The smallest text: {@link slideMinFont} on a slide; a handout on paper passes its own. */
  minFont?: number;
  /** Draw each share's 95 % interval from the model (the slide was saved with them on). */
  intervals?: boolean;
  /** Keep every row (a handout page): the height only sets the rows' spacing, and may be passed. */
  everyRow?: boolean;
}

/** The smallest text on a projected slide (CSS px at 1024 × 768): issue 17. */
export const slideMinFont = 24;

const notCodedColour = '#6B7280';

/** A row's colour: its meaning (death, harm), the chart's one colour, grey when not chosen. */
function colourOf(row: ChartRow): string {
  if (row.kind === 'not-coded') return notCodedColour;
  if (row.state === 'dimmed') return dimmedColour;
  return row.meaning ? meaningColour(row.meaning) : singleSeriesColour;
}

/** "4 (36%)", "< 5", "not recorded" — the count and share as the model shows them. */
export function valueText(row: ChartRow): string {
  const share = row.share.value !== null && !row.share.hidden ? ` (${row.share.text})` : '';
  return `${row.count.text}${share}`;
}

/**
 * The rows a slide shows: all of them when they fit `capacity`, else the largest counts (hidden
 * counts last, so the order never ranks what is hidden), in the chart's order.
 */
function rowsThatFit(rows: readonly ChartRow[], capacity: number): ChartRow[] {
  if (rows.length <= capacity) return [...rows];
  const ranked = rows
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => row.kind !== 'group')
    .sort((a, b) => (b.row.count.value ?? -1) - (a.row.count.value ?? -1) || a.i - b.i)
    .slice(0, Math.max(1, capacity))
    .sort((a, b) => a.i - b.i);
  return ranked.map(({ row }) => row);
}

/**
 * Lays a chart model out as a projector bar chart in `width` × `height`: labels on the left (up
 * to two lines), bars, and each bar's count and share at its end, all at `fontSize` (never under
 * `minFont`). Rows get up to 2.8 lines of height; when the rows would not fit (a label on two
 * lines takes one more), the rows with the largest counts are kept and the rest counted in `more`.
 * With `intervals`, each share's 95 % interval from the model is a line across its bar's end (in
 * counts: the interval times the share's base), the scale reaching the highest line and each
 * value past its line.
 */
export function layoutSlideBars(
  model: ChartModel,
  width: number,
  height: number,
  fontSize: number,
  measure: TextMeasure,
  options: SlideBarsOptions = {},
): SlideBarsLayout {
  const { minFont = slideMinFont, intervals = false, everyRow = false } = options;
  const font = Math.max(minFont, fontSize);
  const line = Math.round(font * 1.2);
  const minRow = Math.round(font * 1.55);
  const indentOf = (row: ChartRow) => (row.level === 1 ? font : 0);
  // The rows that fit, their label column and wrapped labels: a label on two lines takes a line
  // more, so when those lines would push the last row off the slide, one row fewer is kept.
  const fit = (capacity: number) => {
    const rows = rowsThatFit(model.rows, capacity);
    const widest = Math.max(
      ...rows.map((r) => measure(r.label, font, r.kind === 'group') + indentOf(r)),
      font * 4,
    );
    const labelWidth = Math.min(Math.ceil(widest), Math.floor(width * 0.42));
    const labels = rows.map((row) =>
      wrapText(row.label, labelWidth - indentOf(row), font, {
        bold: row.kind === 'group',
        maxLines: 2,
        measure,
      }),
    );
    const twoLines = labels.filter((l) => l.length > 1).length;
    return { rows, labelWidth, labels, twoLines };
  };
  let capacity = everyRow ? model.rows.length : Math.max(1, Math.floor(height / minRow));
  let fitted = fit(capacity);
  while (!everyRow && capacity > 1 && fitted.rows.length * minRow + fitted.twoLines * line > height)
    fitted = fit(--capacity);
  const { rows, labelWidth, labels, twoLines } = fitted;
  const more = model.rows.length - rows.length;
  // Height per row: single-line rows at most 2.8 lines, two-line rows one line more.
  const unit = Math.min(
    line * 2.8,
    Math.max(minRow, (height - twoLines * line) / Math.max(1, rows.length)),
  );
  const values = rows.map(valueText);
  const valueWidth = Math.max(...values.map((v) => measure(v, font, true)), 0);
  const gap = Math.round(font * 0.5);
  const plotX = labelWidth + gap;
  const plotWidth = Math.max(font * 2, width - plotX - gap - valueWidth - 4);
  // The interval of each row's share, on the bars' count scale (the same rule as the desk's bars).
  const extents = rows.map((r) => (intervals ? whiskerExtent(barInputOf(r), 'count') : undefined));
  const largest = Math.max(
    1,
    // A group heading draws no bar, so its sum must not shrink the bars under it.
    ...rows.map((r) => (r.kind === 'not-coded' || r.kind === 'group' ? 0 : (r.count.value ?? 0))),
    ...extents.map((e) => e?.high ?? 0),
  );
  let y = 0;
  const bars = rows.map((row, i): SlideBar => {
    const lines = labels[i] ?? [row.label];
    const rowHeight = unit + (lines.length - 1) * line;
    const barHeight = Math.round(Math.min(rowHeight * 0.62, font * 1.6));
    const barY = y + (rowHeight - barHeight) / 2;
    const masked = row.count.value === null && row.count.hidden !== undefined;
    const count = row.count.value ?? 0;
    // A group heading sums the rows under it: its figure, without a bar to dwarf theirs.
    const full =
      row.kind === 'group' ? 0 : masked ? plotWidth * 0.08 : (count / largest) * plotWidth;
    const inferred = masked || count === 0 ? 0 : full * ((row.inferred.value ?? 0) / count);
    const extent = extents[i];
    const whisker: Whisker | undefined = extent && {
      x1: plotX + (extent.low / largest) * plotWidth,
      x2: plotX + (extent.high / largest) * plotWidth,
      y: barY + barHeight / 2,
      cap: Math.max(6, barHeight / 2 - 2),
    };
    // The value sits past the bar and past its interval's line, so the line never crosses it.
    const end = Math.max(full, whisker ? whisker.x2 - plotX : 0);
    const bar: SlideBar = {
      key: row.key,
      labelLines: lines,
      labelY: y + rowHeight / 2 - ((lines.length - 1) * line) / 2 + font * 0.35,
      bold: row.kind === 'group',
      italic: row.kind === 'not-coded',
      indent: indentOf(row),
      barY,
      barHeight,
      statedWidth: full - inferred,
      inferredWidth: inferred,
      masked,
      colour: colourOf(row),
      value: values[i] ?? '',
      valueX: plotX + end + gap,
      valueY: barY + barHeight / 2 + font * 0.35,
      ...(whisker ? { whisker, interval: row.interval.text } : {}),
    };
    y += rowHeight;
    return bar;
  });
  return {
    width,
    // Rows share out the height exactly: a float error must not make it a pixel taller.
    height: Math.ceil(y - 1e-6),
    fontSize: font,
    labelWidth,
    plotX,
    bars,
    more,
    intervals: bars.some((b) => b.whisker !== undefined),
  };
}
