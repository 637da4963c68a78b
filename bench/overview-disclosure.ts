/**
 * The Overview under presenter-safe at scale: every Overview model built from a synthetic dataset
 * (`overviewModels`), and the same models through presenter-safe (`presenterSafeModels`: the
 * models of the state and of each state one filter change away built, then `disclose`, then
 * masked), for three filter states. The safe figure is paired with the plain one (ratio of
 * medians). Run by `BENCH_ONLY=overview npm run bench` (and by `npm run bench`).
 */
import { loadavg } from 'node:os';
import type { Dataset } from '../src/data/types';
import { buildDatasetIndex } from '../src/query/dataset-index';
import { disclose } from '../src/query/disclosure/disclose';
import { overviewModels } from '../src/query/model/overview-models';
import { presenterSafeModels } from '../src/query/model/presenter-safe-models';
import type { FilterState } from '../src/query/selection';
import { measure, paired, type BenchFigure } from './harness';

const k = 5;

/** The filter states timed: none, one outcome, and two forces (two neighbours). */
function overviewStates(dataset: Dataset): Array<[string, FilterState]> {
  const forces = [...new Set(dataset.cases.map((c) => c.force).filter(Boolean))].slice(0, 2);
  const outcome = dataset.codebook.outcomes[0]?.id ?? 'death';
  return [
    ['no filters', { values: new Map(), themeMatch: 'any' }],
    [`outcome ${outcome}`, { values: new Map([['outcome', [outcome]]]), themeMatch: 'any' }],
    [
      `${forces.length} forces`,
      { values: new Map([['force', forces as string[]]]), themeMatch: 'any' },
    ],
  ];
}

/** Overview models, plain and presenter-safe, per filter state, at the dataset's size. */
export function overviewDisclosureBenchmarks(dataset: Dataset): BenchFigure[] {
  const n = dataset.cases.length;
  const index = buildDatasetIndex(dataset);
  const build = (filters: FilterState) => overviewModels({ index, dataset, filters });
  const runs = n >= 100_000 ? 9 : 15;
  const figures: BenchFigure[] = [];
  console.log(
    `Overview at N = ${n}: load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} (1 / 5 / 15 min) before`,
  );
  for (const [name, filters] of overviewStates(dataset)) {
    const plain = measure(`Overview models, ${name}`, n, () => build(filters).length, runs);
    const safe = measure(
      `Overview models + suppression (k = ${k}), ${name}`,
      n,
      () => presenterSafeModels(build, filters, k, disclose).length,
      runs,
    );
    figures.push(plain, paired(safe, plain));
  }
  console.log(
    `  load average after: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}`,
  );
  return figures;
}
