/**
 * Writes synthetic datasets: the Trends demonstration (public/data/synthetic-trends.json, small,
 * committed) by default, or scale-test files, e.g. `npx tsx scripts/write-synthetic.ts --cases
 * 20000 --themes 20 --format csv --out /tmp/cases.csv --learning-out /tmp/learning.csv` (never
 * committed: large files are made on demand). `--summary-chars 0` leaves out the free-text column.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateDataset } from './synthetic/generate';
import { datasetToCasesCsv, datasetToLearningCsv } from './synthetic/to-csv';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '120' },
    themes: { type: 'string', default: '8' },
    periods: { type: 'string', default: '2019-Q1,2019-Q2,2019-Q3,2019-Q4' },
    seed: { type: 'string', default: '2019' },
    'summary-chars': { type: 'string' },
    format: { type: 'string', default: 'json' },
    out: { type: 'string', default: 'public/data/synthetic-trends.json' },
    'learning-out': { type: 'string' },
  },
});
const summaryChars = values['summary-chars'];
const dataset = generateDataset({
  cases: Number(values.cases),
  themes: Number(values.themes),
  periods: String(values.periods).split(','),
  seed: Number(values.seed),
  ...(summaryChars === undefined ? {} : { summaryChars: Number(summaryChars) }),
});
const text =
  values.format === 'csv' ? datasetToCasesCsv(dataset) : `${JSON.stringify(dataset, null, 1)}\n`;
writeFileSync(String(values.out), text);
console.log(
  `wrote ${values.out}: ${dataset.cases.length} cases, ${dataset.learning.length} learning items, ${(text.length / 1e6).toFixed(2)} MB`,
);
const learningOut = values['learning-out'];
if (learningOut !== undefined) {
  if (values.format !== 'csv') throw new Error('--learning-out goes with --format csv');
  const learningText = datasetToLearningCsv(dataset);
  writeFileSync(learningOut, learningText);
  console.log(`wrote ${learningOut}: ${(learningText.length / 1e6).toFixed(2)} MB`);
}
