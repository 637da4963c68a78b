import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { ChartModel } from '../../query/model/chart-model';
import { isNotCodedShare } from '../../query/model/figure';
import { intervalLegendItem, intervalOf } from '../bar/bar-inputs';
import {
  layoutLegend,
  whiskerExtent,
  type ColumnWhisker,
  type LegendItem,
} from '../bar/bar-layout';
import { textWidth, wrapText } from '../text-measure';

/** What the columns show: the number of cases, or their share of the period's cases. */
export type TrendMeasure = 'count' | 'share';

/** One category's values across the periods, as the layout needs them. */
export interface MultipleSeriesInput {
  id: string;
  label: string;
  cells: ReadonlyArray<{
    /** The count, or null when presenter-safe hides it. */
    count: number | null;
    countText: string;
    /** The share of the period's cases coded, 0–1, or null (none, or hidden). */
    share: number | null;
    shareText: string;
    /** The period's cases coded, as shown. */
    baseText: string;
    /** True when the period has cases but none coded for the category: "not coded", not 0. */
    notCoded?: boolean;
    /** The period's cases coded (the share's base), or null where hidden. */
    base?: number | null;
    /** The share's 95 % interval from the model (proportions); null where none or hidden. */
    interval?: { low: number; high: number } | null;
    /** The interval as the model shows it: "16–69%". */
    intervalText?: string;
  }>;
}

/** A period, as the columns' axis names it. */
export interface MultiplePeriodInput {
  id: string;
  label: string;
}

/** Options of {@link layoutSmallMultiples}. */
export interface SmallMultiplesOptions {
  width: number;
  measure: TrendMeasure;
  /** Categories chosen in the dimension's filter: the others are drawn dimmed. */
  chosenCategories?: readonly string[];
  /** Periods chosen in the period filter: the others are drawn dimmed. */
  chosenPeriods?: readonly string[];
  fontSize?: number;
  /** Draw each share's 95 % interval (the cells' `interval`, from the model) as a line. */
  intervals?: boolean;
}

/** The series and periods of a breakdown model (a row per category and period). */
export function seriesOfModel(model: ChartModel): {
  series: MultipleSeriesInput[];
  periods: MultiplePeriodInput[];
} {
  const series = new Map<
    string,
    { id: string; label: string; cells: MultipleSeriesInput['cells'][number][] }
  >();
  const periods = new Map<string, MultiplePeriodInput>();
  for (const row of model.rows) {
    if (!row.column || !row.series) continue;
    periods.set(row.column.id, row.column);
    let entry = series.get(row.series.id);
    if (!entry) {
      entry = { ...row.series, cells: [] };
      series.set(row.series.id, entry);
    }
    entry.cells.push({
      count: row.count.value,
      countText: row.count.text,
      share: row.share.value,
      shareText: row.share.text,
      baseText: row.extra?.[0]?.text ?? row.base.text,
      notCoded: isNotCodedShare(row.share),
      base: row.base.value,
      interval: intervalOf(row),
      intervalText: row.interval.text,
    });
  }
  return { series: [...series.values()], periods: [...periods.values()] };
}

/** One column: a category in a period. */
export interface MultipleMark {
  key: string;
  categoryId: string;
  categoryLabel: string;
  periodId: string;
  periodLabel: string;
  x: number;
  y: number;
  width: number;
  height: number;
  valueText: string;
  valueX: number;
  valueY: number;
  dimmed: boolean;
  /** Presenter-safe hides the count: the column is a stub of fixed height, not to scale. */
  masked: boolean;
  /** The 95 % interval's line, where intervals are drawn and the cell has one to show. */
  whisker?: ColumnWhisker;
  /** Accessible name: category, period, count and share (and its interval, where drawn). */
  name: string;
}

/** One small chart: a category across the periods. */
export interface MultiplePanel {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  titleLines: string[];
  /** Baseline of the columns, in the panel's coordinates. */
  baseline: number;
  marks: MultipleMark[];
  /** Period labels under the columns (thinned out when they would collide). */
  axisLabels: Array<{ text: string; x: number }>;
}

/** The geometry of a set of small multiples sharing one scale. */
export interface SmallMultiplesLayout {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  /** Top of the value axis (a count, or a percent) every panel shares. */
  scaleMax: number;
  /** The legend above the panels (the interval lines, while they are drawn), at `fontSize - 1`. */
  legend: LegendItem[];
  panels: MultiplePanel[];
}

const gap = 16;
const padding = 10;
const plotHeight = 110;
const minPanelWidth = 220;
const maxPanelWidth = 420;

/** Height of a column whose count presenter-safe hides: the same for every such column. */
export const maskedColumnHeight = 10;

/** "1 case", "6 cases", "< 5 cases" (the count as shown). */
function casesText(shown: string): string {
  return `${shown} ${shown === '1' ? 'case' : 'cases'}`;
}

/**
 * The accessible name of a column: "Death, 2019-Q2: 12 cases (40% of 30 cases coded in the
 * period)", with "; 95% interval 25–57%" before the bracket closes while its interval is drawn.
 */
export function markName(
  category: string,
  period: string,
  cell: MultipleSeriesInput['cells'][number],
  interval?: string,
): string {
  if (cell.notCoded)
    return `${category}, ${period}: not coded (no case of the period is coded for it)`;
  const share = cell.share === null ? '–' : cell.shareText;
  const drawn = interval ? `; 95% interval ${interval}` : '';
  return `${category}, ${period}: ${casesText(cell.countText)} (${share} of ${casesText(cell.baseText)} coded in the period${drawn})`;
}

/**
 * A cell's interval on the columns' scale (a count, or a percent), or undefined where none is
 * drawn: the model's interval, times the period's cases coded on a count scale.
 */
function cellExtent(
  cell: MultipleSeriesInput['cells'][number],
  measure: TrendMeasure,
): { low: number; high: number } | undefined {
  if (cell.notCoded) return undefined;
  const extent = whiskerExtent(
    {
      interval: cell.interval ?? null,
      kind: 'bar',
      count: cell.count,
      share: cell.share,
      base: cell.base ?? null,
    },
    measure,
  );
  if (!extent || measure === 'count') return extent;
  return { low: extent.low * 100, high: extent.high * 100 };
}

/**
 * Lays out one small column chart per category, periods on the x axis in the given order, all
 * on one value scale so panels compare honestly. Panels wrap into as many columns as fit.
 */
export function layoutSmallMultiples(
  series: readonly MultipleSeriesInput[],
  periods: readonly MultiplePeriodInput[],
  options: SmallMultiplesOptions,
): SmallMultiplesLayout {
  const { width, measure, chosenCategories = [], chosenPeriods = [] } = options;
  const fontSize = options.fontSize ?? 14;
  const lineHeight = Math.round(fontSize * 1.3);
  const extentOf = (cell: MultipleSeriesInput['cells'][number]) =>
    options.intervals ? cellExtent(cell, measure) : undefined;
  const lines = series.some((s) => s.cells.some((c) => extentOf(c) !== undefined));
  const legend = layoutLegend(lines ? [intervalLegendItem] : [], width, fontSize - 1, textWidth);
  const labelWidth = max(periods, (p) => textWidth(p.label, fontSize - 1)) ?? 0;
  const band = Math.max(28, labelWidth + 10);
  const wanted = Math.max(minPanelWidth, periods.length * band + 2 * padding);
  const fit = Math.max(1, Math.floor((width + gap) / (Math.min(wanted, width) + gap)));
  const columns = Math.max(1, Math.min(fit, series.length));
  // Few panels grow to use the width, but not so far that their columns turn into slabs.
  const panelWidth = Math.max(
    1,
    Math.min(Math.max(wanted, maxPanelWidth), (width - (columns - 1) * gap) / columns),
  );
  const plotWidth = panelWidth - 2 * padding;
  const step = periods.length > 0 ? plotWidth / periods.length : plotWidth;
  const labelEvery = Math.max(1, Math.ceil(band / Math.max(1, step)));
  // Hidden counts take no part in the scale: its top would otherwise tell their size.
  const valueOf = (cell: MultipleSeriesInput['cells'][number]) =>
    measure === 'count' ? (cell.count ?? 0) : (cell.share ?? 0) * 100;
  // The scale reaches the highest interval drawn too, so no line runs out of its panel.
  const largest =
    max(series, (s) => max(s.cells, (c) => Math.max(valueOf(c), extentOf(c)?.high ?? 0))) ?? 0;
  const y = scaleLinear()
    .domain([0, Math.max(measure === 'count' ? 1 : 10, largest)])
    .nice()
    .range([plotHeight, 0]);
  const titles = series.map((s) =>
    wrapText(s.label, plotWidth, fontSize, { bold: true, maxLines: 2 }),
  );
  const titleHeight = (max(titles, (t) => t.length) ?? 1) * lineHeight;
  const valueSpace = fontSize + 6;
  const baseline = padding + titleHeight + valueSpace + plotHeight;
  const panelHeight = baseline + lineHeight + padding;
  const barWidth = Math.max(4, Math.min(44, step * 0.62));
  const plotTop = padding + titleHeight + valueSpace;

  const panels = series.map((s, index): MultiplePanel => {
    const categoryDimmed = chosenCategories.length > 0 && !chosenCategories.includes(s.id);
    const marks = periods.map((p, i): MultipleMark => {
      const cell = s.cells[i] ?? {
        count: 0,
        countText: '0',
        share: null,
        shareText: '–',
        baseText: '0',
      };
      const masked = cell.count === null;
      const top = masked ? baseline - maskedColumnHeight : plotTop + y(valueOf(cell));
      const height = baseline - top;
      const valueText = cell.notCoded
        ? 'not coded'
        : measure === 'count'
          ? cell.countText
          : cell.share === null
            ? '–'
            : cell.shareText;
      const drawn = !cell.notCoded && (masked || (cell.count ?? 0) > 0);
      const center = padding + step * (i + 0.5);
      const extent = extentOf(cell);
      const whisker: ColumnWhisker | undefined = extent && {
        x: center,
        y1: plotTop + y(extent.low),
        y2: plotTop + y(extent.high),
        cap: Math.max(3, Math.min(8, barWidth / 2 - 3)),
      };
      // The value sits above the column and above its interval's line, so the line never crosses it.
      const above = Math.min(
        drawn ? Math.min(top, baseline - 1.5) : baseline,
        whisker?.y2 ?? Infinity,
      );
      return {
        key: `${s.id}\u0000${p.id}`,
        categoryId: s.id,
        categoryLabel: s.label,
        periodId: p.id,
        periodLabel: p.label,
        x: center - barWidth / 2,
        y: top,
        width: barWidth,
        height: drawn ? Math.max(1.5, height) : 0,
        valueText,
        valueX: center,
        valueY: above - 5,
        dimmed: categoryDimmed || (chosenPeriods.length > 0 && !chosenPeriods.includes(p.id)),
        masked,
        ...(whisker ? { whisker } : {}),
        name: markName(s.label, p.label, cell, whisker && cell.intervalText),
      };
    });
    return {
      key: s.id,
      x: (index % columns) * (panelWidth + gap),
      y: legend.height + Math.floor(index / columns) * (panelHeight + gap),
      width: panelWidth,
      height: panelHeight,
      titleLines: titles[index] ?? [s.label],
      baseline,
      marks,
      axisLabels: periods.flatMap((p, i) =>
        i % labelEvery === 0 ? [{ text: p.label, x: padding + step * (i + 0.5) }] : [],
      ),
    };
  });
  const rows = Math.ceil(series.length / columns);
  return {
    width: Math.ceil(columns * panelWidth + (columns - 1) * gap),
    height: rows === 0 ? 0 : legend.height + rows * panelHeight + (rows - 1) * gap,
    fontSize,
    lineHeight,
    scaleMax: y.domain()[1] ?? 0,
    legend: legend.placed,
    panels,
  };
}
