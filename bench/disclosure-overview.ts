import { readFileSync } from 'node:fs';
import { datasetSchema } from '../src/data/schema';
import { buildDatasetIndex } from '../src/query/dataset-index';
import { overviewModels } from '../src/query/model/overview-models';
import { presenterSafeModels } from '../src/query/model/presenter-safe-models';
import { disclose } from '../src/query/disclosure/disclose';
import { tableCells } from '../src/query/model/model-words';
const dataset = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../public/data/vkpp-2019-11.json', import.meta.url), 'utf8')),
);
const index = buildDatasetIndex(dataset);
const build = (filters: any) => overviewModels({ index, dataset, filters });
for (const f of [
  new Map(),
  new Map([['outcome', ['death']]]),
  new Map([
    [
      'force',
      [
        'lancashire-constabulary',
        'cumbria-constabulary',
        'west-midlands-police',
        'cleveland-police',
        'dorset-police',
        'gloucestershire-constabulary',
        'kent-police',
      ],
    ],
  ]),
]) {
  const filters = { values: f, themeMatch: 'any' as const };
  const t = performance.now();
  const models = presenterSafeModels(build, filters, 5, disclose);
  console.log('ms', (performance.now() - t).toFixed(1), [...f.keys()]);
  for (const m of models)
    console.log(
      m.id,
      'n=',
      m.n.text,
      '|',
      m.rows.map((r) => tableCells(r).slice(0, 3).join(' ')).join(' / '),
    );
}
