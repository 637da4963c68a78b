/**
 * Writes the CSV forms of the bundled dataset from its JSON document, so that users can see (and
 * copy) the file formats the app reads. Run from the project root:
 *
 *   npx tsx scripts/write-bundled-csv.ts
 *
 * Reads   public/data/vkpp-2019-11.json (validated with the app's schema)
 * Writes  public/data/vkpp-2019-11-cases.csv, -learning.csv, -published.csv, -screening.csv
 *         (UTF-8 without BOM, comma-separated, CRLF line endings; see docs/data-format.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { datasetSchema } from '../src/data/schema';
import type { Category, Dataset } from '../src/data/types';

const dataDir = resolve(process.cwd(), 'public/data');
const base = 'vkpp-2019-11';

type Cell = string | number;

/** Label of a category id in a list; fails loudly when the id is unknown, rather than writing it. */
function labelOf(list: readonly Category[], id: string | undefined, what: string): string {
  if (id === undefined || id === '') return '';
  const found = list.find((category) => category.id === id);
  if (!found) throw new Error(`Unknown ${what} "${id}": it is not in the codebook.`);
  return found.label;
}

function fieldCategories(dataset: Dataset, field: string): Category[] {
  const entry = dataset.codebook.fields.find((f) => f.field === field);
  if (!entry) throw new Error(`The codebook has no "${field}" field.`);
  return entry.categories;
}

function optional(value: number | null | undefined): Cell {
  return value === null || value === undefined ? '' : value;
}

function write(name: string, fields: string[], data: Cell[][]): void {
  const text = Papa.unparse({ fields, data }, { newline: '\r\n', quotes: false }) + '\r\n';
  const path = resolve(dataDir, `${base}-${name}.csv`);
  writeFileSync(path, text, { encoding: 'utf8' });
  console.log(`wrote ${path} (${data.length} rows)`);
}

function casesTable(dataset: Dataset): [string[], Cell[][]] {
  const { codebook } = dataset;
  const subcategories = codebook.outcomes.flatMap((outcome) => outcome.subcategories);
  const themeIds = codebook.themes.map((theme) => theme.id);
  const fields = [
    'Case ID',
    'Case review title',
    'Area',
    'Police force',
    'Police region',
    'Review type',
    'Period',
    'Outcome',
    'Outcome sub-category',
    'Review focus',
    'Child age',
    'Initial police contact',
    'Incident date',
    'Published year',
    'URL',
    ...codebook.themes.map((theme) => theme.label),
    'Inferred',
  ];
  const data = dataset.cases.map((c): Cell[] => [
    c.id,
    c.title,
    labelOf(fieldCategories(dataset, 'area'), c.area, 'area'),
    labelOf(fieldCategories(dataset, 'force'), c.force, 'force'),
    labelOf(fieldCategories(dataset, 'region'), c.region, 'region'),
    labelOf(fieldCategories(dataset, 'reviewType'), c.reviewType, 'review type'),
    labelOf(fieldCategories(dataset, 'period'), c.period, 'period'),
    labelOf(codebook.outcomes, c.outcome, 'outcome'),
    labelOf(subcategories, c.outcomeSubcategory, 'outcome sub-category'),
    c.reviewFocus ?? '',
    c.childAge?.text ?? '',
    labelOf(codebook.contactRoutes, c.contactRoute, 'contact route'),
    c.incidentDate ?? '',
    optional(c.publishedYear),
    c.url ?? '',
    ...themeIds.map((id) => (c.themes.includes(id) ? '✓' : '')),
    c.inferred.join(';'),
  ]);
  for (const c of dataset.cases) {
    for (const id of c.themes)
      if (!themeIds.includes(id)) throw new Error(`Case ${c.id}: unknown theme "${id}".`);
    if (c.attributes.length > 0)
      throw new Error(`Case ${c.id} has extra attributes, which this script does not write.`);
  }
  return [fields, data];
}

function learningTable(dataset: Dataset): [string[], Cell[][]] {
  const { codebook } = dataset;
  const fields = [
    'ID',
    'Case ID',
    'Theme',
    'Barrier',
    'Kind',
    'Summary',
    'Page',
    'Section',
    'Inferred',
  ];
  const data = dataset.learning.map((item): Cell[] => [
    item.id,
    item.caseId,
    labelOf(codebook.themes, item.themeId, 'theme'),
    labelOf(codebook.barriers, item.barrier, 'barrier'),
    item.kind === 'good-practice' ? 'Good practice' : 'Missed opportunity',
    item.summary,
    optional(item.page),
    item.section ?? '',
    item.inferred.join(';'),
  ]);
  return [fields, data];
}

function publishedTable(dataset: Dataset): [string[], Cell[][]] {
  const fields = [
    'ID',
    'Label',
    'Dimension',
    'Category',
    'Count',
    'Percent',
    'Denominator',
    'Note',
    'Page',
  ];
  const data = dataset.published.map((figure): Cell[] => [
    figure.id,
    figure.label,
    figure.dimension,
    figure.category,
    optional(figure.count),
    optional(figure.percent),
    optional(figure.denominator),
    figure.note ?? '',
    optional(figure.page),
  ]);
  return [fields, data];
}

function screeningTable(dataset: Dataset): [string[], Cell[][]] {
  const fields = ['Status', 'Status label', 'Source', 'Count'];
  const data = dataset.screening.map((row): Cell[] => [
    row.status,
    row.statusLabel ?? '',
    row.source,
    row.count,
  ]);
  return [fields, data];
}

const dataset = datasetSchema.parse(
  JSON.parse(readFileSync(resolve(dataDir, `${base}.json`), 'utf8')),
);
write('cases', ...casesTable(dataset));
write('learning', ...learningTable(dataset));
write('published', ...publishedTable(dataset));
write('screening', ...screeningTable(dataset));
