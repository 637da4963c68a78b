import { countDimension } from '../aggregate';
import { andInto } from '../bitset';
import { selectCases } from '../selection';
import { periodsInOrder, withoutDimensions } from '../trends';
import type { ChartModel, ChartRow, ModelSum } from './chart-model';
import {
  dimensionChartModel,
  filtersInWords,
  rowState,
  sourceLine,
  type ModelContext,
} from './dimension-model';
import { countFigure, intervalFigure, shareFigure } from './figure';
import { notCodedValue, quantityKey, type Restriction } from './quantity';

/** Cases by period (DESIGN.md "Contract"): a bar per period in time order. */
export function casesByPeriodModel(context: ModelContext): ChartModel {
  return dimensionChartModel(context, {
    id: 'trends.period',
    dimension: 'period',
    title: 'Cases by period',
    labelHeader: 'Period',
    noun: 'periods',
    order: 'time',
  });
}

/** How a breakdown by period is named. */
export interface BreakdownNames {
  title: string;
  column: string;
  noun: string;
}

/**
 * Each category's count and share per period (a row per category and period, in time order),
 * counted under every filter but the category list's own and the period's (the chart's axes).
 * Shares are of the period's cases coded for the list; for a single-valued list the categories
 * and the not coded make each period's total (the sums), for themes a case can hold several.
 */
export function periodBreakdownModel(
  context: ModelContext,
  dimensionId: string,
  names: BreakdownNames,
): ChartModel {
  const { index, dataset, filters } = context;
  const dimension = index.dimensions.get(dimensionId);
  const periodDimension = index.dimensions.get('period');
  const except = [dimensionId, 'period'];
  const selection = selectCases(index, withoutDimensions(filters, except));
  const periods = periodDimension ? periodsInOrder(index) : [];
  const multi = dimension?.kind === 'multi';
  const chosen = filters.values.get(dimensionId) ?? [];
  const chosenPeriods = filters.values.get('period') ?? [];
  const rows: ChartRow[] = [];
  const sums: ModelSum[] = [];
  const perPeriod = periods.map(({ code }) => {
    const inPeriod = Uint32Array.from(selection);
    andInto(inPeriod, periodDimension?.members[code] ?? new Uint32Array(selection.length));
    return dimension ? countDimension(dimension, inPeriod) : undefined;
  });
  // Categories no case of the whole dataset holds are left out, so the panels stay put.
  const present = (dimension?.categories ?? [])
    .map((c, code) => ({ c, code }))
    .filter(({ code }) => dimension?.members[code]?.some((w) => w !== 0) ?? false);
  const allCodes = dimension?.categories.map((x) => x.id) ?? [];
  const periodKey = (periodId: string, extra: Restriction[] = []) =>
    quantityKey(filters, {
      except,
      restrict: [{ dimension: 'period', values: [periodId] }, ...extra],
    });
  present.forEach(({ c, code }, position) => {
    periods.forEach((p, i) => {
      const counts = perPeriod[i];
      const count = counts?.categories[code]?.count ?? 0;
      const coded = counts ? counts.total - counts.notRecorded : 0;
      const restrict: Restriction = multi
        ? { dimension: dimensionId, values: [c.id], holds: true }
        : { dimension: dimensionId, values: [c.id] };
      rows.push({
        key: `${c.id}\u0000${p.id}`,
        label: `${c.label}, ${p.label}`,
        kind: 'category',
        level: 0,
        categoryId: c.id,
        series: { id: c.id, label: c.label },
        column: { id: p.id, label: p.label },
        count: countFigure(count),
        base: countFigure(coded),
        share: shareFigure(count, coded),
        interval: intervalFigure(count, coded),
        inferred: countFigure(counts?.categories[code]?.inferred ?? 0),
        state:
          chosenPeriods.length > 0 && !chosenPeriods.includes(p.id)
            ? 'dimmed'
            : rowState(chosen, c.id),
        position,
        quantity: periodKey(p.id, [restrict]),
        baseQuantity: periodKey(p.id, [{ dimension: dimensionId, values: allCodes }]),
        extra: [
          {
            ...countFigure(coded),
            quantity: periodKey(p.id, [{ dimension: dimensionId, values: allCodes }]),
          },
        ],
      });
    });
  });
  if (!multi)
    for (const p of periods) {
      const codedKey = periodKey(p.id, [{ dimension: dimensionId, values: allCodes }]);
      const notCoded = periodKey(p.id, [{ dimension: dimensionId, values: [notCodedValue] }]);
      const parts = present.map(({ c }) =>
        periodKey(p.id, [{ dimension: dimensionId, values: [c.id] }]),
      );
      sums.push(
        { total: codedKey, parts },
        { total: periodKey(p.id), parts: [codedKey, notCoded] },
      );
    }
  const total = perPeriod.reduce((sum, p) => sum + (p?.total ?? 0), 0);
  const coded = perPeriod.reduce((sum, p) => sum + (p ? p.total - p.notRecorded : 0), 0);
  return {
    id: `trends.${dimensionId}`,
    title: names.title,
    unit: 'cases',
    dimension: dimensionId,
    labelHeader: `${names.column}, period`,
    countHeader: 'Cases',
    shareHeader: 'Percent of the period coded',
    n: countFigure(total),
    nQuantity: quantityKey(filters, { except }),
    nCoded: countFigure(coded),
    nCodedQuantity: quantityKey(filters, {
      except,
      restrict: [{ dimension: dimensionId, values: allCodes }],
    }),
    nAll: countFigure(index.size),
    rows,
    overlapping: multi,
    absent: !dimension || present.length === 0,
    noun: names.noun,
    inferred: countFigure(rows.reduce((sum, r) => sum + (r.inferred.value ?? 0), 0)),
    extraColumns: [{ header: 'Cases coded in period', kind: 'count' }],
    rankedByCount: false,
    sums,
    filters: filtersInWords(context, except),
    remarks: [],
    source: sourceLine(dataset),
  };
}
