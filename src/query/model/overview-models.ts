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
}

/** Every model of the Overview, in page order: the headline, then each chart. */
export function overviewModels(
  context: ModelContext,
  options: OverviewModelOptions = {},
): ChartModel[] {
  const [outcome, ...rest] = overviewDimensionCharts.map((spec) =>
    dimensionChartModel(context, spec),
  );
  return [
    headlineModel(context),
    ...(outcome ? [outcome] : []),
    subcategoryChartModel(context, options.subcategoryOfOutcome ?? false),
    ...rest,
  ];
}
