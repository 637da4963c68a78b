/**
 * `npm run bench`: the load pipeline (whole and by stage), aggregates and heatmap layout at
 * 1,000 / 5,000 / 10,000 / 100,000 cases (BENCH_SIZES overrides), theme co-occurrence at 5,000 and
 * 100,000 cases × 40 themes, disclosure control at 5,000 and 100,000 (BENCH_ONLY=disclosure runs
 * just that), with paired figures (ours vs
 * papaparse alone, vs Arquero, vs crossfilter2) measured in one process. Prints a table and writes
 * bench/results.json. Run with --expose-gc (as `npm run bench` does) for the heap figures.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import Papa from 'papaparse';
import { buildDatasetIndex } from '../src/query/dataset-index';
import { generateDataset } from '../scripts/synthetic/generate';
import { datasetToCasesCsv, datasetToLearningCsv } from '../scripts/synthetic/to-csv';
import { arqueroAggregates, crossfilterAggregates, ourAggregates } from './aggregates';
import { measure, paired, printTable, type BenchFigure } from './harness';
import { coOccurrenceBenchmarks } from './co-occurrence';
import { codingStatusBenchmarks } from './coding-status';
import { disclosureBenchmarks, disclosureSummary } from './disclosure';
import { edgeBenchmarks } from './edges';
import { heatmapBenchmarks } from './heatmap';
import { overviewDisclosureBenchmarks } from './overview-disclosure';
import {
  assemble,
  bareRecords,
  jsonFile,
  loadCsv,
  loadCsvWithLearning,
  loadJson,
  parseCases,
} from './load';

const sizes = (process.env.BENCH_SIZES ?? '1000,5000,10000,100000').split(',').map(Number);
/**
 * BENCH_ONLY=coding runs only the coding-status figures (`bench/coding-status.ts`),
 * BENCH_ONLY=disclosure runs only the disclosure figures, BENCH_ONLY=overview only the Overview's
 * models with and without presenter-safe at 100,000 cases (`bench/overview-disclosure.ts`),
 * BENCH_ONLY=edges only the pathological files (`bench/edges.ts`), BENCH_ONLY=load only the load
 * figures at BENCH_SIZES; none of them writes results.json.
 */
const only = process.env.BENCH_ONLY;
const figures: BenchFigure[] = [];
const gc = (globalThis as { gc?: () => void }).gc;

function synthetic(n: number) {
  return generateDataset({
    cases: n,
    themes: 20,
    periods: ['2019-Q1', '2019-Q2', '2019-Q3', '2019-Q4'],
    seed: 42,
  });
}

/** What the app keeps of a load: the dataset and its index. */
function indexed(dataset: ReturnType<typeof assemble>) {
  return { dataset, index: buildDatasetIndex(dataset) };
}

/**
 * Heap still held after `load` returns, per MB of input (a figure, not a time): the heap with the
 * result alive less the heap once it is let go, each after two full collections, so garbage left
 * by earlier figures counts on neither side.
 */
function retainedPerMb(figure: string, n: number, inputBytes: number, load: () => unknown) {
  if (!gc) return [];
  let kept: unknown = load();
  gc();
  gc();
  const withResult = process.memoryUsage().heapUsed;
  if (kept === undefined) throw new Error('nothing loaded');
  kept = undefined;
  gc();
  gc();
  const perMb = (withResult - process.memoryUsage().heapUsed) / inputBytes;
  return [{ figure, n, medianMs: perMb, minMs: perMb, maxMs: perMb, runs: 1 }];
}

for (const n of only === undefined || only === 'load' ? sizes : []) {
  const dataset = synthetic(n);
  const csv = datasetToCasesCsv(dataset);
  const bytes = new TextEncoder().encode(csv);
  const learningBytes = new TextEncoder().encode(datasetToLearningCsv(dataset));
  const json = JSON.stringify(dataset);
  const runs = n >= 100_000 ? 5 : 15;
  const warmup = n >= 100_000 ? 1 : 3;
  console.log(
    `N = ${n}: CSV ${(bytes.length / 1e6).toFixed(1)} MB, JSON ${(json.length / 1e6).toFixed(1)} MB`,
  );

  const papa = measure(
    'papaparse alone (CSV text)',
    n,
    () => Papa.parse(csv, { skipEmptyLines: true }),
    runs,
    warmup,
  );
  const papaBytes = measure(
    'papaparse alone (CSV bytes: TextDecoder + parse)',
    n,
    () => Papa.parse(new TextDecoder().decode(bytes), { skipEmptyLines: true }),
    runs,
    warmup,
  );
  // Records rather than arrays (one object per row, keyed by column), as the pipeline makes.
  const papaRecords = measure(
    'papaparse alone (CSV bytes, header: true)',
    n,
    () => Papa.parse(new TextDecoder().decode(bytes), { skipEmptyLines: true, header: true }),
    runs,
    warmup,
  );
  // The floor: the least a pipeline making case records from papaparse's rows can cost.
  const bare = measure(
    'floor: papaparse + a bare record per row',
    n,
    () => bareRecords(bytes),
    runs,
    warmup,
  );
  const pipeline = measure(
    'load pipeline (CSV bytes → index)',
    n,
    () => loadCsv(bytes),
    runs,
    warmup,
  );
  const parsed = parseCases(bytes);
  const stageParse = measure('  stage: decode + parse', n, () => parseCases(bytes), runs, warmup);
  const stageAssemble = measure(
    '  stage: normalise + validate',
    n,
    () => assemble([parsed]),
    runs,
    warmup,
  );
  const assembled = assemble([parsed]);
  const stageIndex = measure('  stage: index', n, () => buildDatasetIndex(assembled), runs, warmup);
  // The JSON document holds the learning items too: it is compared with both CSV files.
  const withLearning = measure(
    'load pipeline (CSV cases + learning → index)',
    n,
    () => loadCsvWithLearning(bytes, learningBytes),
    runs,
    warmup,
  );
  const jsonLoad = measure('load pipeline (JSON → index)', n, () => loadJson(json), runs, warmup);
  figures.push(
    papa,
    papaBytes,
    papaRecords,
    paired(bare, papaBytes),
    paired(pipeline, papa),
    paired(pipeline, papaBytes),
    paired(pipeline, papaRecords),
    stageParse,
    stageAssemble,
    stageIndex,
    withLearning,
    paired(jsonLoad, withLearning),
  );

  const index = loadCsv(bytes);
  const ours = measure(
    'aggregates after one filter change (ours)',
    n,
    ourAggregates(index),
    runs * 2,
  );
  const arquero = measure(
    'aggregates after one filter change (Arquero)',
    n,
    arqueroAggregates(dataset),
    runs,
  );
  const cf = measure(
    'aggregates after one filter change (crossfilter2)',
    n,
    crossfilterAggregates(dataset),
    runs * 2,
  );
  figures.push(ours, paired(arquero, ours), paired(cf, ours));

  figures.push(
    ...retainedPerMb('retained heap per MB of CSV (MB/MB)', n, bytes.length, () =>
      indexed(assemble([parseCases(bytes)])),
    ),
    ...retainedPerMb('retained heap per MB of JSON (MB/MB)', n, json.length, () =>
      indexed(assemble([jsonFile(json)])),
    ),
  );
}

if (only === undefined || only === 'edges') figures.push(...edgeBenchmarks());
if (only === undefined) {
  for (const n of [1000, 5000]) figures.push(...heatmapBenchmarks(synthetic(n), n));
  for (const n of [5000, 100_000]) figures.push(...coOccurrenceBenchmarks(n, 40));
}
for (const n of only === undefined || only === 'disclosure' ? [5000, 100_000] : []) {
  figures.push(...disclosureBenchmarks(n));
  console.log(disclosureSummary(n));
}
if (only === undefined || only === 'overview')
  figures.push(...overviewDisclosureBenchmarks(synthetic(100_000)));
if (only === undefined || only === 'coding')
  figures.push(...codingStatusBenchmarks(synthetic(100_000)));

printTable(figures);
if (only !== undefined) process.exit(0);
const machine = {
  cpus: cpus().length,
  model: cpus()[0]?.model ?? 'unknown',
  node: process.version,
  date: new Date().toISOString(),
};
writeFileSync('bench/results.json', `${JSON.stringify({ machine, figures }, null, 2)}\n`);
console.log('wrote bench/results.json');
