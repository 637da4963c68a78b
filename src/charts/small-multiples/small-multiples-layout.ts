import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { formatPercent } from '../../query/percent';
import { isMaskedCount, maskCount } from '../../query/presenter-safe';
import { textWidth, wrapText } from '../text-measure';

/** What the columns show: the number of cases, or their share of the period's cases. */
export type TrendMeasure = 'count' | 'share';

/** One category's values across the periods, as the layout needs them. */
export interface MultipleSeriesInput {
  id: string;
  label: string;
  cells: ReadonlyArray<{ count: number; share: number | null; percent: number | null }>;
}

/** A period: its label and its selected cases (the denominator of its shares). */
export interface MultiplePeriodInput {
  id: string;
  label: string;
  total: number;
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
  /** Presenter-safe's threshold k while it is on: counts below it (and their shares) are hidden. */
  hideBelow?: number;
}

/** One column: a category in a period. */
export interface MultipleMark {
  key: string;
  categoryId: string;
  categoryLabel: string;
  periodId: string;
  periodLabel: string;
  count: number;
  percent: number | null;
  /** The period's selected cases. */
  total: number;
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

/**
 * The accessible name of a column: "Death, 2019-Q2: 12 cases (40% of 30 cases in the period)".
 * With `hideBelow` (presenter-safe's k), counts below k read "< k" and their share "–".
 */
export function markName(
  category: string,
  period: string,
  count: number,
  percent: number | null,
  total: number,
  hideBelow?: number,
): string {
  const shown = (n: number) => (hideBelow === undefined ? String(n) : maskCount(n, hideBelow));
  const share = hideBelow !== undefined && isMaskedCount(count, hideBelow) ? null : percent;
  return `${category}, ${period}: ${casesText(shown(count))} (${formatPercent(share)} of ${casesText(shown(total))} in the period)`;
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
  const { width, measure, chosenCategories = [], chosenPeriods = [], hideBelow } = options;
  const hidden = (count: number) => hideBelow !== undefined && isMaskedCount(count, hideBelow);
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
    hidden(cell.count) ? 0 : measure === 'count' ? cell.count : (cell.share ?? 0);
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
      const cell = s.cells[i] ?? { count: 0, share: null, percent: null };
      const masked = hidden(cell.count);
      const top = masked
        ? baseline - maskedColumnHeight
        : padding + titleHeight + valueSpace + y(valueOf(cell));
      const height = baseline - top;
      let valueText = measure === 'count' ? String(cell.count) : formatPercent(cell.percent);
      if (masked) valueText = measure === 'count' ? maskCount(cell.count, hideBelow ?? 0) : '–';
      const center = padding + step * (i + 0.5);
      return {
        key: `${s.id}\u0000${p.id}`,
        categoryId: s.id,
        categoryLabel: s.label,
        periodId: p.id,
        periodLabel: p.label,
        count: cell.count,
        percent: cell.percent,
        total: p.total,
        x: center - barWidth / 2,
        y: top,
        width: barWidth,
        height: cell.count > 0 ? Math.max(1.5, height) : 0,
        valueText,
        valueX: center,
        valueY: (cell.count > 0 ? Math.min(top, baseline - 1.5) : baseline) - 5,
        dimmed: categoryDimmed || (chosenPeriods.length > 0 && !chosenPeriods.includes(p.id)),
        masked,
        name: markName(s.label, p.label, cell.count, cell.percent, p.total, hideBelow),
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
