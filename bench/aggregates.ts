/**
 * Every Overview aggregate after one filter change (crossfilter semantics: a chart of dimension D
 * counts under every filter but D's own), computed by us, by Arquero and by crossfilter2 on the
 * same cases. Each returns a number so the work cannot be optimised away.
 */
import * as aq from 'arquero';
import crossfilter from 'crossfilter2';
import { countDimension, headlineFigures } from '../src/query/aggregate';
import type { DatasetIndex } from '../src/query/dataset-index';
import { selectCases, type FilterState } from '../src/query/selection';
import type { Dataset } from '../src/data/types';

const chartDimensions = [
  'outcome',
  'outcomeSubcategory',
  'contactRoute',
  'force',
  'region',
  'publishedYear',
  'themes',
];
const filters: FilterState = { values: new Map([['outcome', ['death']]]), themeMatch: 'any' };

/** Ours: the headline figures and every chart's counts from the columnar index. */
export function ourAggregates(index: DatasetIndex): () => number {
  return () => {
    let total = headlineFigures(index, selectCases(index, filters)).cases;
    for (const d of chartDimensions) {
      const dimension = index.dimensions.get(d);
      if (dimension) total += countDimension(dimension, selectCases(index, filters, d)).total;
    }
    return total;
  };
}

function flatRows(dataset: Dataset) {
  return dataset.cases.map((c) => ({
    outcome: c.outcome ?? '',
    outcomeSubcategory: c.outcomeSubcategory ?? '',
    contactRoute: c.contactRoute ?? '',
    force: c.force ?? '',
    region: c.region ?? '',
    publishedYear: String(c.publishedYear ?? ''),
    themes: c.themes,
  }));
}

/** Arquero: a filter, then a group-by count per chart (themes unrolled). */
export function arqueroAggregates(dataset: Dataset): () => number {
  const table = aq.from(flatRows(dataset));
  return () => {
    let total = 0;
    for (const d of chartDimensions) {
      const base =
        d === 'outcome' ? table : table.filter((r: { outcome: string }) => r.outcome === 'death');
      const grouped =
        d === 'themes' ? base.unroll('themes').groupby('themes').count() : base.groupby(d).count();
      total += grouped.numRows();
    }
    return total;
  };
}

/** crossfilter2: one dimension and group per chart; the change is a new filter on outcome. */
export function crossfilterAggregates(dataset: Dataset): () => number {
  const rows = flatRows(dataset);
  const cf = crossfilter(rows);
  const dims = chartDimensions.map((d) =>
    d === 'themes'
      ? cf.dimension((r) => r.themes, true)
      : cf.dimension((r) => (r as unknown as Record<string, string>)[d] ?? ''),
  );
  const groups = dims.map((dim) => dim.group());
  const outcomeDim = dims[0]!;
  return () => {
    outcomeDim.filterAll();
    outcomeDim.filterExact('death');
    let total = 0;
    for (const group of groups) total += group.all().length;
    return total;
  };
}
