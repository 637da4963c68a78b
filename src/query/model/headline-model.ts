import { countDimension, outcomeCode } from '../aggregate';
import { countBits, fullBitset } from '../bitset';
import { selectCases, noFilters } from '../selection';
import type { ChartModel, ChartRow } from './chart-model';
import { filtersInWords, sourceLine, type ModelContext } from './dimension-model';
import { countFigure, intervalFigure, shareFigure, type Figure } from './figure';
import { quantityKey } from './quantity';

/** The figures the headline shows, in order (DESIGN.md "Contract": its rows). */
export const headlineKeys = ['cases', 'deaths', 'significantHarm', 'forces', 'regions'] as const;
/** One headline figure. */
export type HeadlineKey = (typeof headlineKeys)[number];

const notRecorded: Figure = { value: null, text: 'not recorded' };

/**
 * The model of the headline figures: cases in view (a share of all cases), deaths and significant
 * harm (shares of the cases with an outcome coded), and the forces and regions the cases in view
 * come from (counted once each: no case count). A field the dataset does not have is "not
 * recorded", never 0. Each row's extra cell is the whole dataset's figure.
 */
export function headlineModel(context: ModelContext): ChartModel {
  const { index, dataset, filters } = context;
  const all = fullBitset(index.size);
  const selection = selectCases(index, filters);
  const outcome = index.dimensions.get('outcome');
  const outcomes = outcome ? countDimension(outcome, selection) : undefined;
  const outcomesAll = outcome ? countDimension(outcome, all) : undefined;
  const cases = countBits(selection);
  const coded = outcomes ? outcomes.total - outcomes.notRecorded : 0;
  const outcomeIds = outcome?.categories.map((c) => c.id) ?? [];
  const codedQuantity = quantityKey(filters, {
    restrict: [{ dimension: 'outcome', values: outcomeIds }],
  });
  const caseRow: ChartRow = {
    ...baseRow('cases', 'Cases'),
    count: countFigure(cases),
    base: countFigure(index.size),
    share: shareFigure(cases, index.size),
    // The cases in view are a part of the dataset the filters choose, not an estimate: no interval.
    interval: { low: null, high: null, text: '–' },
    quantity: quantityKey(filters),
    baseQuantity: '',
    list: { dimension: '', categories: [] },
    extra: [{ ...countFigure(index.size), quantity: '' }],
  };
  const outcomeRow = (key: HeadlineKey, label: string, which: 'death' | 'harm'): ChartRow => {
    const code = outcomeCode(outcome, which);
    const id = code === -1 ? undefined : outcome?.categories[code]?.id;
    // The data codes outcomes but none is this one: 0 of the cases coded, not "not recorded".
    if (outcome && id === undefined)
      return {
        ...baseRow(key, label),
        count: countFigure(0),
        base: countFigure(coded),
        share: shareFigure(0, coded),
        interval: intervalFigure(0, coded),
        meaning: which,
        quantity: `\u0000none:${key}`,
        baseQuantity: codedQuantity,
        extra: [countFigure(0)],
      };
    if (!outcome || id === undefined)
      return {
        ...baseRow(key, label),
        count: notRecorded,
        extra: [notRecorded],
        quantity: `\u0000absent:${key}`,
      };
    const count = outcomes?.categories[code]?.count ?? 0;
    const countAll = outcomesAll?.categories[code]?.count ?? 0;
    const restrict = [{ dimension: 'outcome', values: [id] }];
    return {
      ...baseRow(key, label),
      count: countFigure(count),
      base: countFigure(coded),
      share: shareFigure(count, coded),
      interval: intervalFigure(count, coded),
      meaning: which,
      quantity: quantityKey(filters, { restrict }),
      baseQuantity: codedQuantity,
      list: { dimension: 'outcome', categories: [id] },
      extra: [{ ...countFigure(countAll), quantity: quantityKey(noFilters, { restrict }) }],
    };
  };
  const distinctRow = (key: HeadlineKey, label: string, dimension: string): ChartRow => {
    const found = index.dimensions.get(dimension);
    const present = found && countDimension(found, all).categories.some((c) => c.count > 0);
    if (!found || !present)
      return {
        ...baseRow(key, label),
        kind: 'distinct',
        count: notRecorded,
        extra: [notRecorded],
        quantity: `\u0000absent:${key}`,
      };
    const distinct = (set: Uint32Array) =>
      countDimension(found, set).categories.filter((c) => c.count > 0).length;
    return {
      ...baseRow(key, label),
      kind: 'distinct',
      count: countFigure(distinct(selection)),
      quantity: `\u0000distinct:${dimension}:${quantityKey(filters)}`,
      list: { dimension, categories: found.categories.map((c) => c.id) },
      extra: [countFigure(distinct(all))],
    };
  };
  const rows = [
    caseRow,
    outcomeRow('deaths', 'Deaths', 'death'),
    outcomeRow('significantHarm', 'Significant harm', 'harm'),
    distinctRow('forces', 'Forces', 'force'),
    distinctRow('regions', 'Regions', 'region'),
  ];
  return {
    id: 'overview.headline',
    title: 'Headline figures',
    unit: 'cases',
    labelHeader: 'Figure',
    countHeader: filters.values.size > 0 ? 'Count (filtered)' : 'Count',
    shareHeader: 'Percent of cases',
    n: countFigure(cases),
    nQuantity: quantityKey(filters),
    nCoded: countFigure(coded),
    nCodedQuantity: codedQuantity,
    nAll: countFigure(index.size),
    rows,
    overlapping: true,
    absent: false,
    noun: 'figures',
    inferred: countFigure(0),
    extraColumns: [{ header: 'All cases', kind: 'count' }],
    rankedByCount: false,
    sums: [],
    filters: filtersInWords(context),
    remarks: [],
    source: sourceLine(dataset),
  };
}

function baseRow(key: HeadlineKey, label: string): ChartRow {
  return {
    key,
    label,
    kind: 'category',
    level: 0,
    count: countFigure(0),
    base: countFigure(0),
    share: { value: null, text: '–' },
    interval: { low: null, high: null, text: '–' },
    inferred: countFigure(0),
    state: 'normal',
    position: headlineKeys.indexOf(key),
    quantity: '',
    baseQuantity: '',
  };
}

/**
 * The cases in view and no other count: the model of a screen that shows how many cases its
 * filters leave (a table of them, the rows of a heatmap) without charting them. Through
 * disclosure control, its count hides as the headline's would, and so withholds those rows.
 */
export function casesInViewModel(context: ModelContext): ChartModel {
  const headline = headlineModel(context);
  const cases = headline.rows.filter((r) => r.key === 'cases');
  return {
    ...headline,
    id: 'cases-in-view',
    title: 'Cases in view',
    rows: cases,
    nCoded: headline.n,
    nCodedQuantity: headline.nQuantity,
  };
}
