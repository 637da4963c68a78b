/**
 * Writes the CSV forms of the bundled dataset from its JSON document, so that users can see (and
 * copy) the file formats the app reads. Run from the project root:
 *
 *   npx tsx scripts/write-bundled-csv.ts
 *
 * Reads   public/data/vkpp-2019-11.json (validated with the app's schema)
 * Writes  public/data/vkpp-2019-11-cases.csv, -learning.csv, -published.csv, -screening.csv
 *         with the app's own CSV export (src/data/export-dataset.ts), so the bundled files are
 *         exactly what "Export CSV" writes and the loader reads back (see docs/data-format.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetCsvFiles } from '../src/data/export-dataset';
import { datasetSchema } from '../src/data/schema';

const dataDir = resolve(process.cwd(), 'public/data');
const base = 'vkpp-2019-11';
const dataset = datasetSchema.parse(
  JSON.parse(readFileSync(resolve(dataDir, `${base}.json`), 'utf8')),
);
for (const file of datasetCsvFiles(dataset, base)) {
  writeFileSync(resolve(dataDir, file.name), file.text, { encoding: 'utf8' });
  console.log(`wrote ${file.name}`);
}
