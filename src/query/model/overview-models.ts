import type { DatasetIndex } from '../dataset-index';
import type { ChartModel } from './chart-model';
import { dimensionChartModel, type DimensionChartSpec, type ModelContext } from './dimension-model';
import { headlineModel } from './headline-model';
import { subcategoryChartModel } from './subcategory-model';

/** The Overview's bar charts of one dimension, in page order. */
export const overviewDimensionCharts: readonly DimensionChartSpec[] = [
  {
    id: 'overview.outcome',
    dimension: 'outcome',
    title: 'Outcome categories',
    labelHeader: 'Outcome',
    noun: 'outcomes',
    order: 'codebook',
  },
  {
    id: 'overview.contactRoute',
    dimension: 'contactRoute',
    title: 'Initial police contact',
    labelHeader: 'Initial police contact',
    noun: 'contact routes',
    order: 'count',
  },
  {
    id: 'overview.incidentYear',
    dimension: 'incidentYear',
    title: 'Cases by year',
    labelHeader: 'Incident year',
    noun: 'incident dates',
    order: 'codebook',
  },
  {
    id: 'overview.publishedYear',
    dimension: 'publishedYear',
    title: 'Cases by year',
    labelHeader: 'Year of publication',
    noun: 'years of publication',
    order: 'codebook',
  },
  {
    id: 'overview.force',
    dimension: 'force',
    title: 'Cases by force',
    labelHeader: 'Police force',
    noun: 'forces',
    order: 'count',
  },
  {
    id: 'overview.region',
    dimension: 'region',
    title: 'Cases by region',
    labelHeader: 'Police region',
    noun: 'regions',
    order: 'count',
  },
];

/** Options of the Overview's models. */
export interface OverviewModelOptions {
  /** Sub-category shares of their outcome ("2 of 6 deaths") rather than of all cases coded. */
  subcategoryOfOutcome?: boolean;
  /** Further fields to chart (dimension ids, see {@link chartableFields}). */
  extra?: readonly string[];
  /** Dimensions never charted (presenter-safe's withheld columns), even when asked for. */
  withheld?: ReadonlySet<string>;
}

/** The dimensions the Overview charts anyway. */
const chartedAnyway = new Set([
  'outcome',
  'outcomeSubcategory',
  ...overviewDimensionCharts.map((spec) => spec.dimension),
]);

/** A field the dataset has that the Overview can chart on request. */
export interface ChartableField {
  dimension: string;
  label: string;
}

/**
 * The single-valued fields the dataset has values for that the Overview does not chart anyway:
 * review type, area, period and any extra column (an age band, a review focus category), but
 * not the `withheld` ones (the columns presenter-safe withholds: their categories are values).
 */
export function chartableFields(
  index: DatasetIndex,
  withheld: ReadonlySet<string> = new Set(),
): ChartableField[] {
  return [...index.dimensions.values()]
    .filter((d) => d.kind === 'single' && !chartedAnyway.has(d.id) && !withheld.has(d.id))
    .filter((d) => d.members.some((m) => m.some((w) => w !== 0)))
    .map((d) => ({ dimension: d.id, label: d.label }));
}

/** The model id of a field charted on request. */
export function extraChartId(dimension: string): string {
  return `overview.extra.${dimension}`;
}

function extraChartSpec(field: ChartableField): DimensionChartSpec {
  return {
    id: extraChartId(field.dimension),
    dimension: field.dimension,
    title: `Cases by ${field.label.charAt(0).toLowerCase()}${field.label.slice(1)}`,
    labelHeader: field.label,
    noun: `values of ${field.label.toLowerCase()}`,
    order: field.dimension === 'period' ? 'time' : 'count',
  };
}

/** Every model of the Overview, in page order: the headline, then each chart. */
export function overviewModels(
  context: ModelContext,
  options: OverviewModelOptions = {},
): ChartModel[] {
  const [outcome, ...rest] = overviewDimensionCharts.map((spec) =>
    dimensionChartModel(context, spec),
  );
  const fields = new Map(
    chartableFields(context.index, options.withheld).map((f) => [f.dimension, f]),
  );
  const extra = (options.extra ?? []).flatMap((dimension) => {
    const field = fields.get(dimension);
    return field ? [dimensionChartModel(context, extraChartSpec(field))] : [];
  });
  return [
    headlineModel(context),
    ...(outcome ? [outcome] : []),
    subcategoryChartModel(context, options.subcategoryOfOutcome ?? false),
    ...rest,
    ...extra,
  ];
}
