/**
 * `npx tsx bench/disclosure-overview.ts`: presenter-safe's disclosure control on the bundled
 * Overview, timed for three filter states (none, one value, seven of eight forces), with what
 * each chart then shows. Medians of 5 runs; a ratio budget lives in bench/README.md.
 */
import { readFileSync } from 'node:fs';
import { datasetSchema } from '../src/data/schema';
import { disclose } from '../src/query/disclosure/disclose';
import { buildDatasetIndex } from '../src/query/dataset-index';
import { tableCells } from '../src/query/model/model-words';
import { overviewModels } from '../src/query/model/overview-models';
import { presenterSafeModels } from '../src/query/model/presenter-safe-models';
import type { FilterState } from '../src/query/selection';

const file = new URL('../public/data/vkpp-2019-11.json', import.meta.url);
const dataset = datasetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const index = buildDatasetIndex(dataset);
const build = (filters: FilterState) => overviewModels({ index, dataset, filters });
const sevenForces = [
  'lancashire-constabulary',
  'cumbria-constabulary',
  'west-midlands-police',
  'cleveland-police',
  'dorset-police',
  'gloucestershire-constabulary',
  'kent-police',
];
const states: Array<[string, FilterState]> = [
  ['no filters', { values: new Map(), themeMatch: 'any' }],
  ['Outcome: Death', { values: new Map([['outcome', ['death']]]), themeMatch: 'any' }],
  ['7 of 8 forces', { values: new Map([['force', sevenForces]]), themeMatch: 'any' }],
];
for (const [name, filters] of states) {
  const times: number[] = [];
  let models = build(filters);
  for (let run = 0; run < 5; run += 1) {
    const start = performance.now();
    models = presenterSafeModels(build, filters, 5, disclose);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${name}: median ${times[2]?.toFixed(1)} ms (min ${times[0]?.toFixed(1)})`);
  for (const m of models)
    console.log(
      `  ${m.title} (n ${m.n.text}): ${m.rows.map((r) => tableCells(r).slice(0, 2).join(' ')).join('; ')}`,
    );
}
