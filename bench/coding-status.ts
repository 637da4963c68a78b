/**
 * Coding status at scale (issue 15): the same synthetic dataset with every case coded for themes,
 * and with a quarter of the last period's cases not coded (`themesCoded: false`), so the index
 * keeps per-theme coded sets and every theme share is over the cases coded for it. Times the
 * index, and what Trends computes on a filter change (cases by period, the themes breakdown and
 * the comparison of the last two periods with Wilson and Newcombe intervals), each partly coded
 * figure paired with its fully coded one. Run by `BENCH_ONLY=coding npm run bench`.
 */
import { loadavg } from 'node:os';
import type { Dataset } from '../src/data/types';
import { buildDatasetIndex } from '../src/query/dataset-index';
import { noFilters, type FilterState } from '../src/query/selection';
import { periodsInOrder } from '../src/query/trends';
import {
  resolveTrendChoice,
  trendsComparison,
  trendsModels,
} from '../src/query/model/trends-view-models';
import { overviewModels } from '../src/query/model/overview-models';
import { measure, paired, type BenchFigure } from './harness';

/** The dataset with a quarter of its last period's cases not coded for themes. */
function partlyCoded(dataset: Dataset): Dataset {
  const last = dataset.meta.periods?.at(-1);
  let seen = 0;
  const cases = dataset.cases.map((c) => {
    if (c.period !== last) return c;
    seen += 1;
    return seen % 4 === 0 ? { ...c, themes: [], themesCoded: false } : c;
  });
  return { ...dataset, cases };
}

const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

/** Index and Trends models, fully and partly coded, at the dataset's size. */
export function codingStatusBenchmarks(dataset: Dataset): BenchFigure[] {
  const n = dataset.cases.length;
  const runs = n >= 100_000 ? 9 : 15;
  console.log(`Coding status at N = ${n}: load average ${loadAverage()} (1 / 5 / 15 min) before`);
  const figures: BenchFigure[] = [];
  const variants: Array<[string, Dataset]> = [
    ['every case coded', dataset],
    ['a quarter of the last period not coded', partlyCoded(dataset)],
  ];
  const timed = variants.map(([name, data]) => {
    const build = measure(`index, ${name}`, n, () => buildDatasetIndex(data), runs);
    const index = buildDatasetIndex(data);
    const trends = (filters: FilterState) => {
      const context = { index, dataset: data, filters };
      const choice = resolveTrendChoice(periodsInOrder(index), { trendBy: 'themes' });
      const [, breakdown] = trendsModels(context, 'themes');
      return trendsComparison(breakdown, choice);
    };
    const outcome = data.codebook.outcomes[0]?.id ?? 'death';
    const death: FilterState = { values: new Map([['outcome', [outcome]]]), themeMatch: 'any' };
    return [
      build,
      measure(`Trends themes + comparison, no filters, ${name}`, n, () => trends(noFilters), runs),
      measure(`Trends themes + comparison, one outcome, ${name}`, n, () => trends(death), runs),
      measure(
        `Overview models, one outcome, ${name}`,
        n,
        () => overviewModels({ index, dataset: data, filters: death }).length,
        runs,
      ),
    ];
  });
  const [coded, partly] = timed;
  coded?.forEach((figure, i) => {
    const other = partly?.[i];
    figures.push(figure, ...(other ? [paired(other, figure)] : []));
  });
  console.log(`  load average after: ${loadAverage()}`);
  return figures;
}
