/**
 * `npm run bench`: the load pipeline, aggregates and heatmap layout at 1,000 / 10,000 / 100,000
 * cases, with paired figures (ours vs papaparse alone, vs Arquero, vs crossfilter2) measured in
 * one process. Prints a table and writes bench/results.json. Run with --expose-gc for heap figures.
 */
import * as aq from 'arquero';
import crossfilter from 'crossfilter2';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import Papa from 'papaparse';
import { assembleDataset, type ParsedFile } from '../src/data/assemble';
import { parseCsvBytes } from '../src/data/csv-bytes';
import { countDimension, headlineFigures } from '../src/query/aggregate';
import { buildDatasetIndex, type DatasetIndex } from '../src/query/dataset-index';
import { selectCases, type FilterState } from '../src/query/selection';
import type { Dataset } from '../src/data/types';
import { generateDataset } from '../scripts/synthetic/generate';
import { datasetToCasesCsv } from '../scripts/synthetic/to-csv';
import { measure, paired, printTable, type BenchFigure } from './harness';
import { heatmapBenchmarks } from './heatmap';

const sizes = (process.env.BENCH_SIZES ?? '1000,5000,10000,100000').split(',').map(Number);
const chartDimensions = [
  'outcome',
  'outcomeSubcategory',
  'contactRoute',
  'force',
  'region',
  'publishedYear',
  'themes',
];
const figures: BenchFigure[] = [];

/** Parses, normalises, validates and indexes CSV bytes: the whole pipeline a user's file takes. */
function loadCsv(bytes: Uint8Array): DatasetIndex {
  const parsed = parseCsvBytes(bytes, 'cases.csv');
  if (parsed === 'cancelled') throw new Error('cancelled');
  const file: ParsedFile = {
    name: 'cases.csv',
    bytes: bytes.length,
    format: 'csv',
    table: parsed.table,
    encoding: parsed.encoding,
    delimiter: parsed.delimiter,
    problems: parsed.table.problems,
  };
  const result = assembleDataset([file]);
  if (!result.ok) throw new Error(result.problems[0]?.message);
  return buildDatasetIndex(result.dataset);
}

function loadJson(text: string): DatasetIndex {
  const result = assembleDataset([
    {
      name: 'data.json',
      bytes: text.length,
      format: 'json',
      text,
      encoding: 'utf-8',
      problems: [],
    },
  ]);
  if (!result.ok) throw new Error(result.problems[0]?.message);
  return buildDatasetIndex(result.dataset);
}

/** Every Overview aggregate after a filter change, crossfilter semantics, ours. */
function ourAggregates(index: DatasetIndex, filters: FilterState): number {
  let total = headlineFigures(index, selectCases(index, filters)).cases;
  for (const d of chartDimensions) {
    const dimension = index.dimensions.get(d);
    if (dimension) total += countDimension(dimension, selectCases(index, filters, d)).total;
  }
  return total;
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

for (const n of sizes) {
  const dataset = generateDataset({
    cases: n,
    themes: 20,
    periods: ['2019-Q1', '2019-Q2', '2019-Q3', '2019-Q4'],
    seed: 42,
  });
  const csv = datasetToCasesCsv(dataset);
  const bytes = new TextEncoder().encode(csv);
  const json = JSON.stringify(dataset);
  const runs = n >= 100_000 ? 5 : 15;
  console.log(
    `N = ${n}: CSV ${(bytes.length / 1e6).toFixed(1)} MB, JSON ${(json.length / 1e6).toFixed(1)} MB`,
  );

  const papa = measure(
    'papaparse alone (CSV text)',
    n,
    () => Papa.parse(csv, { skipEmptyLines: true }),
    runs,
  );
  const pipeline = measure('load pipeline (CSV bytes → index)', n, () => loadCsv(bytes), runs);
  const jsonLoad = measure('load pipeline (JSON → index)', n, () => loadJson(json), runs);
  figures.push(papa, paired(pipeline, papa), paired(jsonLoad, pipeline));

  const index = loadCsv(bytes);
  const filters: FilterState = { values: new Map([['outcome', ['death']]]), themeMatch: 'any' };
  const ours = measure(
    'aggregates after one filter change (ours)',
    n,
    () => ourAggregates(index, filters),
    runs * 2,
  );

  const rows = flatRows(dataset);
  const table = aq.from(rows);
  const arquero = measure(
    'aggregates after one filter change (Arquero)',
    n,
    () => {
      let total = 0;
      for (const d of chartDimensions) {
        const base =
          d === 'outcome' ? table : table.filter((r: { outcome: string }) => r.outcome === 'death');
        const grouped =
          d === 'themes'
            ? base.unroll('themes').groupby('themes').count()
            : base.groupby(d).count();
        total += grouped.numRows();
      }
      return total;
    },
    runs,
  );

  const cf = crossfilter(rows);
  const dims = chartDimensions.map((d) =>
    d === 'themes'
      ? cf.dimension((r) => r.themes, true)
      : cf.dimension((r) => (r as unknown as Record<string, string>)[d] ?? ''),
  );
  const groups = dims.map((dim) => dim.group());
  const outcomeDim = dims[0]!;
  const crossfilterFigure = measure(
    'aggregates after one filter change (crossfilter2)',
    n,
    () => {
      outcomeDim.filterAll();
      outcomeDim.filterExact('death');
      let total = 0;
      for (const group of groups) total += group.all().length;
      return total;
    },
    runs * 2,
  );
  figures.push(ours, paired(arquero, ours), paired(crossfilterFigure, ours));

  figures.push(...heatmapBenchmarks(dataset, n));

  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = loadCsv(bytes);
    gc();
    const after = process.memoryUsage().heapUsed;
    const perMb = (after - before) / (bytes.length / 1e6) / 1e6;
    figures.push({
      figure: 'retained heap per MB of CSV (MB)',
      n,
      medianMs: perMb,
      minMs: perMb,
      maxMs: perMb,
      runs: 1,
    });
    if (kept.size !== n) throw new Error('index lost cases');
  }
}

printTable(figures);
const machine = {
  cpus: cpus().length,
  model: cpus()[0]?.model ?? 'unknown',
  node: process.version,
  date: new Date().toISOString(),
};
writeFileSync('bench/results.json', `${JSON.stringify({ machine, figures }, null, 2)}\n`);
console.log('wrote bench/results.json');
