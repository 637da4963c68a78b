/**
 * The model of the Themes view's "Theme co-occurrence" matrix: one row per pair of themes (each
 * pair once, the diagonal included), in the seriation order of the matrix, with the cases with
 * both, the cases coded for both (the pair's n), and the chosen measure. The grid, its data table,
 * the CSV, slides and presenter-safe all read it.
 */
import { andInto, bitsToIndices, countBits, emptyBitset, orInto, type Bitset } from '../bitset';
import {
  coOccurrence,
  coOccurrenceOrder,
  coOccurrenceValue,
  type CoOccurrenceMatrix,
  type CoOccurrenceMeasure,
} from '../co-occurrence';
import type { DatasetIndex } from '../dataset-index';
import { selectCases, type FilterState } from '../selection';
import type { ChartModel, ChartRow, ExtraCell } from './chart-model';
import { filtersInWords, sourceLine, type ModelContext } from './dimension-model';
import { countFigure, intervalFigure, shareFigure } from './figure';
import { quantityKey } from './quantity';

/** The model id of the matrix. */
export const coOccurrenceChartId = 'themes.coOccurrence';
/** The matrix's title, and its data table's caption. */
export const coOccurrenceTitle = 'Theme co-occurrence';

/** The measures, as the switch and the table name them. */
export const measureLabels: Readonly<Record<CoOccurrenceMeasure, string>> = {
  count: 'Count',
  jaccard: 'Jaccard',
  lift: 'Lift',
  'observed-expected': 'Observed / expected',
};

/** What each measure means, in words, for the chart's notes. */
const measureWords: Readonly<Record<CoOccurrenceMeasure, string>> = {
  count: 'Cells count the cases with both themes.',
  jaccard:
    'Jaccard: the cases with both themes ÷ the cases with either (0 = never together, 1 = always).',
  lift: 'Lift: the cases with both × n ÷ (cases with the one × cases with the other), over the cases coded for both; 1 = as often as chance, above 1 = more often.',
  'observed-expected':
    'Observed / expected: the cases with both ÷ the number expected if the themes were independent, each theme’s rate taken over all the cases coded for it; 1 = as often as chance.',
};

/** Options of {@link coOccurrenceModel}. */
export interface CoOccurrenceOptions {
  measure: CoOccurrenceMeasure;
  /** Similarity (the heatmap's seriation) or codebook order (presenter-safe uses it). */
  order: 'similarity' | 'codebook';
}

/**
 * Per theme, the cases coded for it (present or absent). A case with at least one theme ticked is
 * coded for every theme; a case with none is not coded (a file that only ticks cannot tell "none
 * of these" from "not done yet"), as the coder agreement reads it.
 */
export function themeCodedSets(index: DatasetIndex): Bitset[] {
  const themes = index.dimensions.get('themes');
  const anyTheme = emptyBitset(index.size);
  for (const members of themes?.members ?? []) orInto(anyTheme, members);
  return (themes?.members ?? []).map(() => anyTheme);
}

/** The matrix and its order under the filters (the matrix ignores its own dimension's filter). */
export function coOccurrenceOf(
  index: DatasetIndex,
  filters: FilterState,
  order: CoOccurrenceOptions['order'],
): { matrix: CoOccurrenceMatrix; order: Int32Array } {
  const members = index.dimensions.get('themes')?.members ?? [];
  const matrix = coOccurrence({
    members,
    coded: themeCodedSets(index),
    selection: selectCases(index, filters, 'themes'),
  });
  const codebook = Int32Array.from({ length: matrix.themes }, (_, i) => i);
  return { matrix, order: order === 'similarity' ? coOccurrenceOrder(matrix) : codebook };
}

/** A measure's value as a cell shows it: a count, or a ratio to two decimals; "–" for none. */
export function measureText(value: number, measure: CoOccurrenceMeasure): string {
  if (Number.isNaN(value)) return '–';
  return measure === 'count' ? String(value) : value.toFixed(2);
}

/** The id of the pair row of themes `a` and `b` (theme ids, the first in matrix order). */
export function pairKey(a: string, b: string): string {
  return `${a}\u0000${b}`;
}

/**
 * The model of the matrix: every pair of themes once, in the order of the matrix (row by row,
 * the diagonal first in each row). Count = cases with both (on the diagonal: with the theme),
 * base = the selected cases coded for both, then Theme B and the measure as further cells.
 */
export function coOccurrenceModel(context: ModelContext, options: CoOccurrenceOptions): ChartModel {
  const { index, dataset, filters } = context;
  const { measure } = options;
  const themes = index.dimensions.get('themes')?.categories ?? [];
  const { matrix, order } = coOccurrenceOf(index, filters, options.order);
  const except = ['themes'];
  const selectionKey = quantityKey(filters, { except });
  // Every theme is coded on the same cases (see themeCodedSets): one n, named once.
  const codedQuantity = `${selectionKey}\u0000themes-coded`;
  const chosen = filters.values.get('themes') ?? [];
  const rows: ChartRow[] = [];
  const t = matrix.themes;
  for (let i = 0; i < order.length; i += 1) {
    for (let j = i; j < order.length; j += 1) {
      const a = order[i] ?? 0;
      const b = order[j] ?? 0;
      const themeA = themes[a];
      const themeB = themes[b];
      if (!themeA || !themeB) continue;
      const both = matrix.both[a * t + b] ?? 0;
      const n = matrix.coded[a * t + b] ?? 0;
      const ids = a === b ? [themeA.id] : [themeA.id, themeB.id];
      const selected =
        chosen.length === ids.length &&
        ids.every((id) => chosen.includes(id)) &&
        (ids.length === 1 || filters.themeMatch === 'all');
      const value = coOccurrenceValue(matrix, a, b, measure);
      const measureCell: ExtraCell = {
        value: Number.isNaN(value) ? null : value,
        text: n === 0 ? 'not coded' : measureText(value, measure),
        tiedToCount: true,
      };
      rows.push({
        key: pairKey(themeA.id, themeB.id),
        label: themeA.label,
        kind: 'category',
        level: 0,
        series: { id: themeA.id, label: themeA.label },
        column: { id: themeB.id, label: themeB.label },
        members: ids,
        count: countFigure(both),
        base: countFigure(n),
        share: shareFigure(both, n),
        interval: intervalFigure(both, n),
        inferred: countFigure(0),
        state: chosen.length === 0 ? 'normal' : selected ? 'selected' : 'dimmed',
        position: rows.length,
        quantity: quantityKey(filters, {
          except,
          restrict: [{ dimension: 'themes', values: ids, holds: true }],
        }),
        baseQuantity: codedQuantity,
        extra: [{ value: null, text: themeB.label }, measureCell],
      });
    }
  }
  const selected = countBits(selectCases(index, filters, 'themes'));
  const nCoded = matrix.coded[0] ?? 0;
  const anyCoded = countBits(themeCodedSets(index)[0] ?? emptyBitset(0)) > 0;
  return {
    id: coOccurrenceChartId,
    title: coOccurrenceTitle,
    unit: 'cases',
    dimension: 'themes',
    labelHeader: 'Theme A',
    countHeader: 'Cases with both',
    shareHeader: 'Percent of the cases coded for both',
    n: countFigure(selected),
    nQuantity: selectionKey,
    nCoded: countFigure(nCoded),
    nCodedQuantity: codedQuantity,
    nAll: countFigure(index.size),
    rows,
    overlapping: true,
    absent: !anyCoded,
    noun: 'themes',
    inferred: countFigure(0),
    extraColumns: [
      { header: 'Theme B', kind: 'text' },
      { header: measureLabels[measure], kind: 'text' },
    ],
    rankedByCount: false,
    sums: [],
    filters: filtersInWords(context, except),
    remarks: [
      'Pairs are counted over the cases coded for both themes (a case with no theme ticked is not coded for themes); the diagonal holds the cases with the theme.',
      measureWords[measure],
      options.order === 'similarity'
        ? 'Themes are ordered by the similarity of the cases they go with (the heatmap’s seriation), so themes that travel together sit together.'
        : 'Themes are in codebook order.',
    ],
    source: sourceLine(dataset),
  };
}

/**
 * A masked model's measures that the counts shown would give back a hidden count from: Jaccard,
 * lift and observed / expected are worked from the pair's count and n and from each theme's own
 * count (the diagonal), so a measure is shown only when all four are. A model not masked is
 * returned as it is.
 */
export function hideDerivedMeasures(model: ChartModel): ChartModel {
  const k = model.maskedBelow;
  if (k === undefined) return model;
  const diagonal = new Map(
    model.rows.filter((r) => r.members?.length === 1).map((r) => [r.series?.id, r.count]),
  );
  const rows = model.rows.map((row) => {
    const [themeB, cell] = row.extra ?? [];
    if (!themeB || !cell) return row;
    const hidden =
      row.count.hidden ??
      row.base.hidden ??
      diagonal.get(row.series?.id)?.hidden ??
      diagonal.get(row.column?.id)?.hidden;
    if (!hidden) return row;
    // The count reads as masking wrote it ("< 5"); a ratio worked from hidden counts, "hidden".
    const text = row.count.hidden ? row.count.text : 'hidden';
    return { ...row, extra: [themeB, { value: null, text, hidden, tiedToCount: true }] };
  });
  return { ...model, rows };
}

/** The cases with every one of `themeIds` under the filters but the theme filter, in file order. */
export function casesWithThemes(
  index: DatasetIndex,
  filters: FilterState,
  themeIds: readonly string[],
): number[] {
  const themes = index.dimensions.get('themes');
  const selection = selectCases(index, filters, 'themes');
  for (const id of themeIds) {
    const members = themes?.members[themes.categories.findIndex((c) => c.id === id)];
    andInto(selection, members ?? emptyBitset(index.size));
  }
  return bitsToIndices(selection);
}

/**
 * The matrix's data table (DESIGN.md "Contract": theme A, theme B, cases with both, measure),
 * then the pair's n, the share of it with both and the share's 95 % interval; as text, as shown.
 */
export function coOccurrenceTable(model: ChartModel): string[][] {
  const measure = model.extraColumns[1]?.header ?? 'Measure';
  const header = [
    'Theme A',
    'Theme B',
    'Cases with both',
    measure,
    'Cases coded for both',
    'Percent of the cases coded for both',
    '95% interval',
  ];
  return [
    header,
    ...model.rows.map((row) => [
      row.series?.label ?? row.label,
      row.column?.label ?? '',
      row.count.text,
      row.extra?.[1]?.text ?? '',
      row.base.text,
      row.share.text,
      row.interval.text,
    ]),
  ];
}
