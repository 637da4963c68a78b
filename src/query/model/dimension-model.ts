import type { Dataset } from '../../data/types';
import { outcomeKindOf } from '../../data/outcomes';
import { countDimension, type CategoryCount, type DimensionCounts } from '../aggregate';
import { countBits, fullBitset } from '../bitset';
import type { DatasetIndex } from '../dataset-index';
import { describeFilters } from '../filter-description';
import { selectCases, type FilterState } from '../selection';
import { orderCategories } from './category-order';
import type { ChartModel, ChartRow, ModelSum, RowState } from './chart-model';
import { countFigure, intervalFigure, shareFigure } from './figure';
import { notCodedValue, quantityKey } from './quantity';

/** What a chart of one dimension is: its id, title and words. */
export interface DimensionChartSpec {
  id: string;
  dimension: string;
  title: string;
  labelHeader: string;
  /** Plural noun of the dimension's values: "contact routes", "forces". */
  noun: string;
  order: 'count' | 'codebook' | 'time';
}

/** The whole-dataset context every model of a view shares. */
export interface ModelContext {
  index: DatasetIndex;
  dataset: Dataset;
  filters: FilterState;
}

/** "Outcome: Death; Police force: Kent Police", or "" without filters. */
export function filtersInWords(context: ModelContext, except: readonly string[] = []): string {
  const { index, filters } = context;
  const kept = [...filters.values].filter(([d]) => !except.includes(d));
  return describeFilters(index, kept, filters.themeMatch)
    .map((p) => p.text)
    .join('; ');
}

/** The dataset's title and source, as exports and slides credit it. */
export function sourceLine(dataset: Dataset): string {
  const { title, source } = dataset.meta;
  return source && source !== title ? `${title}. ${source}` : title;
}

/** The state of a category under its own dimension's filter. */
export function rowState(chosen: readonly string[], categoryId: string): RowState {
  if (chosen.length === 0) return 'normal';
  return chosen.includes(categoryId) ? 'selected' : 'dimmed';
}

/** The counts of a dimension under a selection, or none when the dataset lacks the dimension. */
export function countsOf(
  index: DatasetIndex,
  dimension: string,
  selection: Uint32Array,
): DimensionCounts {
  const found = index.dimensions.get(dimension);
  if (found) return countDimension(found, selection);
  const total = countBits(selection);
  return { dimension, label: dimension, categories: [], notRecorded: total, total };
}

/** A category's row of a chart whose shares are of `base` cases. */
export function categoryRow(
  category: CategoryCount,
  options: {
    base: number;
    baseQuantity: string;
    chosen: readonly string[];
    position: number;
    quantity: string;
    list: ChartRow['list'];
    level?: 0 | 1;
    group?: string;
    meaning?: string;
  },
): ChartRow {
  const { base } = options;
  return {
    key: category.id,
    label: category.label,
    kind: 'category',
    level: options.level ?? 0,
    categoryId: category.id,
    ...(options.group === undefined ? {} : { group: options.group }),
    count: countFigure(category.count),
    base: countFigure(base),
    share: shareFigure(category.count, base),
    interval: intervalFigure(category.count, base),
    inferred: countFigure(category.inferred),
    state: rowState(options.chosen, category.id),
    position: options.position,
    ...(options.meaning === undefined ? {} : { meaning: options.meaning }),
    quantity: options.quantity,
    baseQuantity: options.baseQuantity,
    ...(options.list ? { list: options.list } : {}),
  };
}

/** The row of the cases in view with no value coded: listed, but not part of any share's base. */
export function notCodedRow(count: number, quantity: string, list: ChartRow['list']): ChartRow {
  return {
    key: '\u0000not-coded',
    label: 'Not coded',
    kind: 'not-coded',
    level: 0,
    count: countFigure(count),
    base: countFigure(0),
    share: { value: null, text: '–' },
    interval: { low: null, high: null, text: '–' },
    inferred: countFigure(0),
    state: 'normal',
    position: Number.MAX_SAFE_INTEGER,
    quantity,
    baseQuantity: '',
    ...(list ? { list } : {}),
  };
}

/** What a chart of one field counts under the filters (all but its own), with the field's n. */
export interface FieldCounts {
  dimension: string;
  except: string[];
  counts: DimensionCounts;
  /** Each category's count over every case, to keep categories the data has though 0 here. */
  referenceById: Map<string, number>;
  /** Whether no case of the dataset has the field. */
  absent: boolean;
  chosen: readonly string[];
  /** The categories shown: in the data, counted here, or chosen. */
  shown: CategoryCount[];
  nCoded: number;
  nQuantity: string;
  nCodedQuantity: string;
  notCodedQuantity: string;
}

/** Counts one field under the filters but its own, and the quantities of its n and n coded. */
export function fieldCounts(context: ModelContext, dimension: string): FieldCounts {
  const { index, filters } = context;
  const except = [dimension];
  const selection = selectCases(index, filters, dimension);
  const counts = countsOf(index, dimension, selection);
  const reference = countsOf(index, dimension, fullBitset(index.size));
  const referenceById = new Map(reference.categories.map((c) => [c.id, c.count]));
  const chosen = filters.values.get(dimension) ?? [];
  const shown = counts.categories.filter(
    (c) => (referenceById.get(c.id) ?? 0) > 0 || c.count > 0 || chosen.includes(c.id),
  );
  return {
    dimension,
    except,
    counts,
    referenceById,
    absent: reference.categories.every((c) => c.count === 0),
    chosen,
    shown,
    nCoded: counts.total - counts.notRecorded,
    nQuantity: quantityKey(filters, { except }),
    nCodedQuantity: quantityKey(filters, {
      except,
      restrict: [{ dimension, values: counts.categories.map((c) => c.id) }],
    }),
    notCodedQuantity: quantityKey(filters, {
      except,
      restrict: [{ dimension, values: [notCodedValue] }],
    }),
  };
}

/** The parts of a one-field chart's model its counts give: unit, headers, n, n coded, absent. */
export function countedModelFields(context: ModelContext, counted: FieldCounts) {
  return {
    unit: 'cases' as const,
    dimension: counted.dimension,
    countHeader: 'Cases',
    shareHeader: 'Percent of n coded',
    n: countFigure(counted.counts.total),
    nQuantity: counted.nQuantity,
    nCoded: countFigure(counted.nCoded),
    nCodedQuantity: counted.nCodedQuantity,
    nAll: countFigure(context.index.size),
    overlapping: false,
    absent: counted.absent,
    filters: filtersInWords(context, counted.except),
    source: sourceLine(context.dataset),
  };
}

/**
 * The model of a bar chart of one single-valued dimension (DESIGN.md crossfilter semantics: it
 * counts the cases passing every filter but its own): its categories present in the whole dataset
 * (or chosen), each with its share of the cases coded and the share's interval, then the cases
 * not coded; the sums a reader knows (the categories and the not coded make n; the chosen
 * categories make the filtered total).
 */
export function dimensionChartModel(context: ModelContext, spec: DimensionChartSpec): ChartModel {
  const { filters } = context;
  const { dimension } = spec;
  const counted = fieldCounts(context, dimension);
  const { except, counts, referenceById, chosen, shown, nCoded, nQuantity, nCodedQuantity } =
    counted;
  const positions = new Map(counts.categories.map((c, i) => [c.id, i]));
  const rows: ChartRow[] = orderCategories(shown, spec.order, referenceById).map((c) =>
    categoryRow(c, {
      base: nCoded,
      baseQuantity: nCodedQuantity,
      chosen,
      position: positions.get(c.id) ?? 0,
      quantity: quantityKey(filters, { except, restrict: [{ dimension, values: [c.id] }] }),
      list: { except: dimension, dimension, categories: [c.id] },
      ...(dimension === 'outcome'
        ? { meaning: outcomeKindOf(c.id) ?? outcomeKindOf(c.label) }
        : {}),
    }),
  );
  const { notCodedQuantity } = counted;
  if (counts.notRecorded > 0)
    rows.push(
      notCodedRow(counts.notRecorded, notCodedQuantity, {
        except: dimension,
        dimension,
        categories: [],
      }),
    );
  const categoryQuantities = rows.filter((r) => r.kind === 'category').map((r) => r.quantity);
  const sums: ModelSum[] = [
    {
      total: nQuantity,
      parts: [...categoryQuantities, ...(counts.notRecorded > 0 ? [notCodedQuantity] : [])],
    },
    { total: nCodedQuantity, parts: categoryQuantities },
  ];
  if (chosen.length > 1)
    sums.push({
      total: quantityKey(filters),
      parts: chosen.map((id) =>
        quantityKey(filters, { except, restrict: [{ dimension, values: [id] }] }),
      ),
    });
  const inferred = rows.reduce((sum, r) => sum + (r.inferred.value ?? 0), 0);
  return {
    ...countedModelFields(context, counted),
    id: spec.id,
    title: spec.title,
    labelHeader: spec.labelHeader,
    rows,
    noun: spec.noun,
    inferred: countFigure(inferred),
    extraColumns: [],
    rankedByCount: spec.order === 'count',
    sums,
    remarks: [],
  };
}
