import type { DimensionCounts } from '../../query/aggregate';
import { isMaskedCount, maskCount } from '../../query/presenter-safe';
import { dimmedColour } from '../palette';
import type { BarInput, BarState, LegendInput } from './bar-layout';
import { orderCategories } from './bar-order';

/** Options of {@link barInputsFor}. */
export interface BarInputOptions {
  /** The categories chosen in this chart's own dimension (its filter). */
  chosen: readonly string[];
  order: 'count' | 'codebook';
  /** Counts in the whole dataset: they fix the order and which categories are shown at all. */
  reference: ReadonlyMap<string, number>;
  colour: string | ((categoryId: string) => string);
  /** Presenter-safe's k while it is on: reference counts below it rank alike (codebook order). */
  hideBelow?: number;
}

/** The selection state of a category: chosen, not chosen, or no filter on its dimension. */
export function barState(chosen: readonly string[], categoryId: string): BarState {
  if (chosen.length === 0) return 'normal';
  return chosen.includes(categoryId) ? 'selected' : 'dimmed';
}

/**
 * The rows of a bar chart of one dimension: its categories present in the whole dataset (or
 * chosen), ordered, with their state under the filter, then the cases not recorded, if any.
 */
export function barInputsFor(counts: DimensionCounts, options: BarInputOptions): BarInput[] {
  const { chosen, order, reference, colour, hideBelow } = options;
  const shown = counts.categories.filter(
    (c) => (reference.get(c.id) ?? 0) > 0 || c.count > 0 || chosen.includes(c.id),
  );
  // Ranking hidden counts would tell which of them is larger.
  const rank =
    hideBelow === undefined
      ? reference
      : new Map([...reference].map(([id, n]) => [id, isMaskedCount(n, hideBelow) ? 1 : n]));
  const rows: BarInput[] = orderCategories(shown, order, rank).map((c) => ({
    key: c.id,
    categoryId: c.id,
    label: c.label,
    count: c.count,
    inferred: c.inferred,
    colour: typeof colour === 'string' ? colour : colour(c.id),
    state: barState(chosen, c.id),
    kind: 'bar',
    level: 0,
  }));
  if (counts.notRecorded > 0) rows.push(notRecordedRow(counts.notRecorded));
  return rows;
}

/** The row of the cases with no value recorded in a dimension (it lists them; it cannot filter). */
export function notRecordedRow(count: number): BarInput {
  return {
    key: '\u0000not-recorded',
    members: [],
    label: 'Not recorded',
    count,
    inferred: 0,
    colour: '#8F96A0',
    state: 'normal',
    kind: 'not-recorded',
    level: 0,
  };
}

/** Category id → count, for the reference (whole-dataset) counts. */
export function countsById(counts: DimensionCounts): Map<string, number> {
  return new Map(counts.categories.map((c) => [c.id, c.count]));
}

/** A count as shown: the number, or "< k" while presenter-safe (threshold k) hides it. */
function shownCount(count: number, hideBelow: number | undefined): string {
  return hideBelow === undefined ? String(count) : maskCount(count, hideBelow);
}

/**
 * The unit and denominator line of a chart: "Unit: cases. n = 6 of 11 cases (under the other
 * filters). Percentages are of n." Counts below `hideBelow` (presenter-safe) read "< k".
 */
export function unitLine(n: number, all: number, extra = '', hideBelow?: number): string {
  const shown = shownCount(n, hideBelow);
  const of =
    n === all
      ? `n = ${shown} ${shown === '1' ? 'case' : 'cases'}`
      : `n = ${shown} of ${shownCount(all, hideBelow)} cases (under the filters on other charts)`;
  return `Unit: cases. ${of}. Percentages are of n.${extra ? ` ${extra}` : ''}`;
}

/** The number of inferred values among a chart's bars. */
export function inferredTotal(rows: readonly BarInput[]): number {
  return rows.reduce((sum, r) => sum + (r.kind === 'bar' ? r.inferred : 0), 0);
}

/** "3 of 11 forces are inferred …", or nothing when every value is stated. */
export function inferredNote(
  rows: readonly BarInput[],
  n: number,
  noun: string,
  hideBelow?: number,
): string | undefined {
  const inferred = inferredTotal(rows);
  if (inferred === 0) return undefined;
  const shown = shownCount(inferred, hideBelow);
  return `${shown} of ${shownCount(n, hideBelow)} ${noun} ${shown === '1' ? 'is' : 'are'} inferred (coded by the analyst from the narrative, not stated in the source); inferred shares are hatched.`;
}

/**
 * A chart's legend: its colour series (only where colour carries meaning), stated / inferred
 * when some values are inferred, and selected / not selected while its dimension is filtered.
 */
export function legendFor(options: {
  series?: ReadonlyArray<{ label: string; colour: string }>;
  colour: string;
  inferred: boolean;
  filtered: boolean;
}): LegendInput[] {
  const { series = [], colour, inferred, filtered } = options;
  const items: LegendInput[] = series.map((s) => ({ ...s, swatch: 'solid' }));
  if (inferred) {
    if (series.length === 0) items.push({ label: 'Stated', colour, swatch: 'solid' });
    items.push({ label: 'Inferred', colour, swatch: 'hatch' });
  }
  if (filtered) {
    items.push({ label: 'Selected', colour, swatch: 'outline' });
    items.push({ label: 'Not selected', colour: dimmedColour, swatch: 'solid' });
  }
  return items;
}
