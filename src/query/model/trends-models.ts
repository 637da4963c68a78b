import { codedBase, countDimension, type DimensionCounts } from '../aggregate';
import { andInto } from '../bitset';
import type { Category } from '../../data/types';
import { selectCases } from '../selection';
import { periodsInOrder, withoutDimensions, type PeriodColumn } from '../trends';
import type { ChartModel, ChartRow, ModelSum } from './chart-model';
import {
  dimensionChartModel,
  filtersInWords,
  rowState,
  sourceLine,
  type ModelContext,
} from './dimension-model';
import {
  countFigure,
  intervalFigure,
  notCodedShare,
  preciseShareFigure,
  shareFigure,
} from './figure';
import { periodChanges, readingText } from './period-changes';
import { anyCodedValue, codedFor, notCodedValue, quantityKey, type Restriction } from './quantity';

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

/** What a breakdown (or a comparison) of one category list by period counts, once. */
interface PeriodCounts {
  dimensionId: string;
  multi: boolean;
  /** True when the list has a coding status per category (themes not coded for every case). */
  byCategory: boolean;
  periods: PeriodColumn[];
  perPeriod: Array<DimensionCounts | undefined>;
  /** The categories some case of the whole dataset holds, with their codes. */
  present: Array<{ c: Category; code: number }>;
  allCodes: string[];
  except: string[];
}

function periodCounts(context: ModelContext, dimensionId: string): PeriodCounts {
  const { index, filters } = context;
  const dimension = index.dimensions.get(dimensionId);
  const periodDimension = index.dimensions.get('period');
  const except = [dimensionId, 'period'];
  const selection = selectCases(index, withoutDimensions(filters, except));
  const periods = periodDimension ? periodsInOrder(index) : [];
  const perPeriod = periods.map(({ code }) => {
    const inPeriod = Uint32Array.from(selection);
    andInto(inPeriod, periodDimension?.members[code] ?? new Uint32Array(selection.length));
    return dimension ? countDimension(dimension, inPeriod) : undefined;
  });
  // Categories no case of the whole dataset holds are left out, so the panels stay put.
  const present = (dimension?.categories ?? [])
    .map((c, code) => ({ c, code }))
    .filter(({ code }) => dimension?.members[code]?.some((w) => w !== 0) ?? false);
  return {
    dimensionId,
    multi: dimension?.kind === 'multi',
    byCategory: dimension?.coded !== undefined,
    periods,
    perPeriod,
    present,
    allCodes: dimension?.categories.map((x) => x.id) ?? [],
    except,
  };
}

/** Names the quantities of a breakdown's cells (see `quantityKey`). */
function quantities(context: ModelContext, counted: PeriodCounts) {
  const { filters } = context;
  const { dimensionId, except, allCodes, multi, byCategory } = counted;
  const inPeriod = (periodId: string, extra: Restriction[] = []) =>
    quantityKey(filters, {
      except,
      restrict: [{ dimension: 'period', values: [periodId] }, ...extra],
    });
  return {
    inPeriod,
    category: (periodId: string, id: string) =>
      inPeriod(periodId, [
        multi
          ? { dimension: dimensionId, values: [id], holds: true }
          : { dimension: dimensionId, values: [id] },
      ]),
    /** The cases of the period coded for the category: its share's base. */
    base: (periodId: string, id: string) => {
      if (!multi) return inPeriod(periodId, [{ dimension: dimensionId, values: allCodes }]);
      // Without a coding status every case of the period is coded for every theme.
      return byCategory
        ? inPeriod(periodId, [{ dimension: codedFor(dimensionId), values: [id] }])
        : inPeriod(periodId);
    },
    nCoded: () => {
      if (!multi)
        return quantityKey(filters, {
          except,
          restrict: [{ dimension: dimensionId, values: allCodes }],
        });
      return byCategory
        ? quantityKey(filters, {
            except,
            restrict: [{ dimension: codedFor(dimensionId), values: [anyCodedValue] }],
          })
        : quantityKey(filters, { except });
    },
  };
}

/**
 * One category in one period: its count, and its share of the period's cases coded for it (a
 * period with cases but none coded for it says "not coded", never 0 %).
 */
function periodRow(
  context: ModelContext,
  counted: PeriodCounts,
  at: { c: Category; code: number; position: number; period: number },
  precise: boolean,
): ChartRow {
  const { filters } = context;
  const { c, code, position } = at;
  const p = counted.periods[at.period] as PeriodColumn;
  const counts = counted.perPeriod[at.period];
  const category = counts?.categories[code];
  const count = category?.count ?? 0;
  const base = counts ? codedBase(counts, category) : 0;
  const name = quantities(context, counted);
  const chosen = filters.values.get(counted.dimensionId) ?? [];
  const chosenPeriods = filters.values.get('period') ?? [];
  const notCoded = base === 0 && (counts?.total ?? 0) > 0;
  const baseQuantity = name.base(p.id, c.id);
  return {
    key: `${c.id}\u0000${p.id}`,
    label: `${c.label}, ${p.label}`,
    kind: 'category',
    level: 0,
    categoryId: c.id,
    series: { id: c.id, label: c.label },
    column: { id: p.id, label: p.label },
    count: countFigure(count),
    base: countFigure(base),
    share: notCoded
      ? notCodedShare
      : precise
        ? preciseShareFigure(count, base)
        : shareFigure(count, base),
    interval: intervalFigure(count, base),
    inferred: countFigure(category?.inferred ?? 0),
    state:
      chosenPeriods.length > 0 && !chosenPeriods.includes(p.id) ? 'dimmed' : rowState(chosen, c.id),
    position,
    quantity: name.category(p.id, c.id),
    baseQuantity,
    extra: [{ ...countFigure(base), quantity: baseQuantity }],
  };
}

/** The relations a reader knows among a single-valued list's cells: they sum to the period. */
function breakdownSums(
  context: ModelContext,
  counted: PeriodCounts,
  periods: readonly PeriodColumn[],
): ModelSum[] {
  if (counted.multi) return [];
  const { inPeriod } = quantities(context, counted);
  const { dimensionId, allCodes, present } = counted;
  return periods.flatMap((p) => {
    const codedKey = inPeriod(p.id, [{ dimension: dimensionId, values: allCodes }]);
    const notCoded = inPeriod(p.id, [{ dimension: dimensionId, values: [notCodedValue] }]);
    const parts = present.map(({ c }) =>
      inPeriod(p.id, [{ dimension: dimensionId, values: [c.id] }]),
    );
    return [
      { total: codedKey, parts },
      { total: inPeriod(p.id), parts: [codedKey, notCoded] },
    ];
  });
}

/** The model around a breakdown's rows: n, n coded (for themes: coded for any), words, source. */
function periodModel(
  context: ModelContext,
  counted: PeriodCounts,
  shown: readonly number[],
  spec: { id: string; title: string; labelHeader: string; noun: string; rows: ChartRow[] },
): ChartModel {
  const { index, dataset, filters } = context;
  const periodCounts = shown.map((i) => counted.perPeriod[i]);
  const total = periodCounts.reduce((sum, p) => sum + (p?.total ?? 0), 0);
  const coded = periodCounts.reduce(
    (sum, p) => sum + (p ? (p.coded ?? p.total - p.notRecorded) : 0),
    0,
  );
  const name = quantities(context, counted);
  const { rows } = spec;
  return {
    id: spec.id,
    title: spec.title,
    unit: 'cases',
    dimension: counted.dimensionId,
    labelHeader: spec.labelHeader,
    countHeader: 'Cases',
    shareHeader: counted.multi
      ? 'Percent of the period’s cases coded for it'
      : 'Percent of the period coded',
    n: countFigure(total),
    nQuantity: quantityKey(filters, { except: counted.except }),
    nCoded: countFigure(coded),
    nCodedQuantity: name.nCoded(),
    nAll: countFigure(index.size),
    rows,
    overlapping: counted.multi,
    absent: counted.present.length === 0,
    noun: spec.noun,
    inferred: countFigure(rows.reduce((sum, r) => sum + (r.inferred.value ?? 0), 0)),
    extraColumns: [{ header: 'Cases coded in period', kind: 'count' }],
    rankedByCount: false,
    sums: breakdownSums(
      context,
      counted,
      shown.map((i) => counted.periods[i] as PeriodColumn),
    ),
    filters: filtersInWords(context, counted.except),
    remarks: counted.byCategory
      ? [
          `Some cases are not coded for every ${spec.noun.replace(/s$/, '')}: each share is of the period’s cases coded for it, and a period where none is coded says “not coded”.`,
        ]
      : [],
    source: sourceLine(dataset),
  };
}

/**
 * Each category's count and share per period (a row per category and period, in time order),
 * counted under every filter but the category list's own and the period's (the chart's axes).
 * Shares are of the period's cases coded for the category: for a single-valued list, the cases
 * with a value (the categories and the not coded make each period's total, the sums); for themes,
 * the cases coded for that theme, present or absent (a case can hold several).
 */
export function periodBreakdownModel(
  context: ModelContext,
  dimensionId: string,
  names: BreakdownNames,
): ChartModel {
  const counted = periodCounts(context, dimensionId);
  const shown = counted.periods.map((_, i) => i);
  const rows = counted.present.flatMap(({ c, code }, position) =>
    shown.map((period) => periodRow(context, counted, { c, code, position, period }, false)),
  );
  return periodModel(context, counted, shown, {
    id: `trends.${dimensionId}`,
    title: names.title,
    labelHeader: `${names.column}, period`,
    noun: names.noun,
    rows,
  });
}

/** The comparison's columns after the breakdown's: the change, on each category's later row. */
const changeColumns = [
  { header: 'Change (percentage points)', kind: 'text' },
  { header: 'Change 95% interval (Newcombe)', kind: 'text' },
  { header: 'Reading', kind: 'text' },
] as const;

const noCell = { value: null, text: '' };

/**
 * Two periods compared, category by category, taken from the breakdown's rows (so it shows what
 * the breakdown shows, masked alike while presenter-safe is on): for each category a row per
 * period (from, then to) with its count, its share of the period's cases coded for it (to one
 * decimal), its Wilson interval and the cases coded; the later row also holds the change in
 * percentage points, its Newcombe interval and its reading (see `periodChanges`), so the chart's
 * table, CSV, evidence pack and slide all carry them. Undefined when a period is not in the
 * breakdown.
 */
export function periodComparisonModel(
  breakdown: ChartModel,
  column: string,
  fromId: string,
  toId: string,
): ChartModel | undefined {
  const label = (id: string) => breakdown.rows.find((r) => r.column?.id === id)?.column?.label;
  const fromLabel = label(fromId);
  const toLabel = label(toId);
  if (fromLabel === undefined || toLabel === undefined) return undefined;
  const shown = fromId === toId ? [fromId] : [fromId, toId];
  const bySeries = new Map<string, ChartRow[]>();
  for (const row of breakdown.rows) {
    const id = row.series?.id;
    if (id === undefined || !shown.includes(row.column?.id ?? '')) continue;
    bySeries.set(id, [...(bySeries.get(id) ?? []), row]);
  }
  const precise = (row: ChartRow): ChartRow =>
    row.share.value === null || row.count.value === null || row.base.value === null
      ? row
      : { ...row, share: preciseShareFigure(row.count.value, row.base.value) };
  const rows = [...bySeries.values()].flatMap((pair) =>
    shown.flatMap((id) => {
      const row = pair.find((r) => r.column?.id === id);
      return row ? [precise(row)] : [];
    }),
  );
  const compared: ChartModel = {
    ...breakdown,
    id: breakdown.id.replace(/^trends\./, 'trends.compare.'),
    title: `${column}: ${fromLabel} compared with ${toLabel}`,
    rows,
    sums: [],
  };
  if (shown.length < 2) return compared;
  const changes = new Map(periodChanges(compared).map((c) => [c.to.key, c]));
  return {
    ...compared,
    extraColumns: [...breakdown.extraColumns, ...changeColumns],
    rows: rows.map((row) => {
      const change = changes.get(row.key);
      const cells = change
        ? [
            change.change,
            { value: null, text: change.interval.text },
            { value: null, text: readingText(change) },
          ]
        : [noCell, noCell, noCell];
      return { ...row, extra: [...(row.extra ?? []), ...cells] };
    }),
  };
}
