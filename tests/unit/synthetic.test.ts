import { assembleDataset, type ParsedFile } from '../../src/data/assemble';
import { parseCsvText } from '../../src/data/csv-parse';
import { buildDatasetIndex } from '../../src/query/dataset-index';
import { generateDataset, summaryField } from '../../scripts/synthetic/generate';
import { datasetToCasesCsv, datasetToLearningCsv } from '../../scripts/synthetic/to-csv';
import type { Dataset } from '../../src/data/types';

const options = { cases: 1000, themes: 20, periods: ['2019-Q1', '2019-Q2'], seed: 7 };
const dataset = generateDataset(options);

function csvFile(name: string, text: string): ParsedFile {
  const table = parseCsvText(text, name);
  return {
    name,
    bytes: text.length,
    format: 'csv',
    table,
    encoding: 'utf-8',
    delimiter: ',',
    problems: table.problems,
  };
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const share = (cases: Dataset['cases'], test: (c: Dataset['cases'][number]) => boolean) =>
  cases.filter(test).length / cases.length;

describe('the synthetic generator', () => {
  it('is deterministic for a seed, and another seed gives other data', () => {
    expect(generateDataset(options)).toEqual(dataset);
    expect(generateDataset({ ...options, seed: 8 }).cases[0]).not.toEqual(dataset.cases[0]);
  });

  it('writes text at the lengths the budgets assume (about 8 MB of cases CSV for 5,000 cases)', () => {
    const summaries = dataset.cases.map(
      (c) => c.attributes.find((a) => a.field === summaryField)?.value.length ?? 0,
    );
    expect(mean(summaries)).toBeGreaterThan(1000);
    expect(mean(summaries)).toBeLessThan(1400);
    const learning = dataset.learning.map((l) => l.summary.length);
    expect(Math.min(...learning)).toBeGreaterThanOrEqual(200);
    expect(mean(learning)).toBeGreaterThan(300);
    expect(dataset.cases.every((c) => /^[A-Z].{40,200}\.$/.test(c.reviewFocus ?? ''))).toBe(true);
    const bytesPerCase = new TextEncoder().encode(datasetToCasesCsv(dataset)).length / 1000;
    expect(bytesPerCase * 5000).toBeGreaterThan(7e6);
    expect(bytesPerCase * 5000).toBeLessThan(9e6);
  });

  it('leaves the free-text column out when asked', () => {
    const plain = generateDataset({ ...options, cases: 10, summaryChars: 0 });
    expect(plain.cases.every((c) => c.attributes.length === 0)).toBe(true);
    expect(plain.codebook.fields.map((f) => f.field)).not.toContain(summaryField);
  });

  it('skews categories as real collections do: the first ones common, the last ones rare', () => {
    const { cases } = dataset;
    expect(share(cases, (c) => c.force === 'kent-police')).toBeGreaterThan(
      3 * share(cases, (c) => c.force === 'devon-and-cornwall-police'),
    );
    expect(share(cases, (c) => c.themes.includes('theme-1'))).toBeGreaterThan(
      4 * share(cases, (c) => c.themes.includes('theme-20')),
    );
  });

  it('loads through the app’s own pipeline as CSV, the summary as text, every count kept', () => {
    const result = assembleDataset([
      csvFile('cases.csv', datasetToCasesCsv(dataset)),
      csvFile('learning.csv', datasetToLearningCsv(dataset)),
    ]);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
    expect(result.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    const loaded = result.dataset;
    expect(loaded.cases).toHaveLength(dataset.cases.length);
    expect(loaded.learning).toHaveLength(dataset.learning.length);
    expect(loaded.cases.map((c) => c.themes.length)).toEqual(
      dataset.cases.map((c) => c.themes.length),
    );
    expect(loaded.codebook.fields.find((f) => f.label === 'Summary')?.kind).toBe('text');
    const index = buildDatasetIndex(loaded);
    expect(index.dimensions.get('outcome')?.members[0]).toBeDefined();
    expect([...index.dimensions.keys()].some((id) => id.startsWith('attr:'))).toBe(false);
  });

  it('loads as JSON with the same cases', () => {
    const result = assembleDataset([
      {
        name: 'synthetic.json',
        bytes: 0,
        format: 'json',
        text: JSON.stringify(dataset),
        encoding: 'utf-8',
        problems: [],
      },
    ]);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
    expect(result.dataset.cases).toEqual(dataset.cases);
    expect(result.dataset.meta.synthetic).toBe(true);
  });
});
