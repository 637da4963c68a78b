import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { ChartModel } from '../../query/model/chart-model';
import { isNotCodedShare } from '../../query/model/figure';
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
  /** Accessible name: category, period, count and share. */
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

/** The accessible name of a column: "Death, 2019-Q2: 12 cases (40% of 30 cases coded in the period)". */
export function markName(
  category: string,
  period: string,
  cell: MultipleSeriesInput['cells'][number],
): string {
  if (cell.notCoded)
    return `${category}, ${period}: not coded (no case of the period is coded for it)`;
  const share = cell.share === null ? '–' : cell.shareText;
  return `${category}, ${period}: ${casesText(cell.countText)} (${share} of ${casesText(cell.baseText)} coded in the period)`;
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
  const largest = max(series, (s) => max(s.cells, valueOf)) ?? 0;
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
      const top = masked
        ? baseline - maskedColumnHeight
        : padding + titleHeight + valueSpace + y(valueOf(cell));
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
        valueY: (drawn ? Math.min(top, baseline - 1.5) : baseline) - 5,
        dimmed: categoryDimmed || (chosenPeriods.length > 0 && !chosenPeriods.includes(p.id)),
        masked,
        name: markName(s.label, p.label, cell),
      };
    });
    return {
      key: s.id,
      x: (index % columns) * (panelWidth + gap),
      y: Math.floor(index / columns) * (panelHeight + gap),
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
    height: rows === 0 ? 0 : rows * panelHeight + (rows - 1) * gap,
    fontSize,
    lineHeight,
    scaleMax: y.domain()[1] ?? 0,
    panels,
  };
}
