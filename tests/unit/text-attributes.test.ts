import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../src/query/dataset-index';
import { assembleDataset, type ParsedFile } from '../../src/data/assemble';
import { mergeDatasets } from '../../src/data/merge-datasets';
import type { Dataset, LoadResult } from '../../src/data/types';

const summary = (i: number) =>
  `The health visitor raised concerns about the condition of the home on visit ${i}, but no strategy meeting was held.`;

function casesCsv(rows: string[][]): ParsedFile {
  const [header = [], ...data] = rows;
  return {
    name: 'cases.csv',
    bytes: 100,
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ',',
    problems: [],
    table: { header, rows: data, rowNumbers: data.map((_, i) => i + 2) },
  };
}

function accepted(result: LoadResult) {
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result;
}

const csvRows = [
  ['Case ID', 'Case review title', 'Lead agency', 'Summary'],
  ['a', 'Kent: Child A', 'Police', summary(1)],
  ['b', 'Kent: Child B', 'Health', summary(2)],
  ['c', 'Kent: Child C', 'Police', ''],
  ['d', 'Kent: Child D', 'Police', summary(4)],
];

describe('a free-text column of a cases file', () => {
  const result = accepted(assembleDataset([casesCsv(csvRows)]));
  const { dataset } = result;

  it('is kept on each case as written', () => {
    expect(dataset.cases.map((c) => c.attributes)).toEqual([
      [
        { field: 'lead-agency', value: 'police' },
        { field: 'summary', value: summary(1) },
      ],
      [
        { field: 'lead-agency', value: 'health' },
        { field: 'summary', value: summary(2) },
      ],
      [{ field: 'lead-agency', value: 'police' }],
      [
        { field: 'lead-agency', value: 'police' },
        { field: 'summary', value: summary(4) },
      ],
    ]);
  });

  it('is a text field of the codebook, without categories, while a short column stays categorical', () => {
    expect(dataset.codebook.fields).toEqual([
      {
        field: 'lead-agency',
        label: 'Lead agency',
        categories: [
          { id: 'police', label: 'Police', order: 0 },
          { id: 'health', label: 'Health', order: 1 },
        ],
      },
      { field: 'summary', label: 'Summary', kind: 'text', categories: [] },
    ]);
  });

  it('is no filter dimension; the categorical column is one', () => {
    const index = buildDatasetIndex(dataset);
    expect(index.dimensions.has('attr:summary')).toBe(false);
    expect(index.dimensions.get('attr:lead-agency')?.categories.map((c) => c.id)).toEqual([
      'police',
      'health',
    ]);
  });

  it('is reported as information, naming the column', () => {
    const notes = result.problems.filter((p) => p.code === 'free-text-column');
    expect(notes).toEqual([
      expect.objectContaining({ severity: 'info', file: 'cases.csv', row: 1, column: 'Summary' }),
    ]);
    expect(notes[0]?.message).toContain('is not offered as a filter');
  });
});

describe('free-text attributes of a JSON document', () => {
  const json = (value: unknown): ParsedFile => ({
    name: 'data.json',
    bytes: 10,
    format: 'json',
    text: JSON.stringify(value),
    encoding: 'utf-8',
    problems: [],
  });
  const caseWith = (id: string, attributes: Array<{ field: string; value: string }>) => ({
    id,
    title: `Case ${id}`,
    themes: [],
    attributes,
    inferred: [],
  });

  it('are recognised without a codebook, and kept as written', () => {
    const result = accepted(
      assembleDataset([
        json({
          cases: ['a', 'b', 'c'].map((id, i) =>
            caseWith(id, [
              { field: 'notes', value: summary(i) },
              { field: 'agency', value: 'Police' },
            ]),
          ),
        }),
      ]),
    );
    const { codebook, cases } = result.dataset;
    expect(codebook.fields.find((f) => f.field === 'notes')).toEqual({
      field: 'notes',
      label: 'notes',
      kind: 'text',
      categories: [],
    });
    expect(cases[2]?.attributes[0]).toEqual({ field: 'notes', value: summary(2) });
    expect(codebook.fields.find((f) => f.field === 'agency')?.categories).toHaveLength(1);
    expect(result.problems.map((p) => p.code)).toContain('free-text-column');
  });

  it('follow the codebook: a field it declares as categories stays categorical', () => {
    const codebook = {
      outcomes: [],
      contactRoutes: [],
      themes: [],
      barriers: [],
      derived: false,
      fields: [{ field: 'notes', label: 'Notes', categories: [] }],
    };
    const result = accepted(
      assembleDataset([
        json({
          codebook,
          cases: ['a', 'b'].map((id, i) => caseWith(id, [{ field: 'notes', value: summary(i) }])),
        }),
      ]),
    );
    const notes = result.dataset.codebook.fields.find((f) => f.field === 'notes');
    expect(notes?.kind).toBeUndefined();
    expect(notes?.categories).toHaveLength(2);
    expect(buildDatasetIndex(result.dataset).dimensions.has('attr:notes')).toBe(true);
  });
});

describe('merging datasets', () => {
  it('keeps a free-text field text when only a later file has it', () => {
    const part = (name: string, withSummary: boolean): Dataset => ({
      meta: { title: name, source: name, periods: [], notes: '' },
      codebook: {
        outcomes: [],
        contactRoutes: [],
        themes: [],
        barriers: [],
        derived: true,
        fields: withSummary
          ? [{ field: 'summary', label: 'Summary', kind: 'text', categories: [] }]
          : [],
      },
      cases: [
        {
          id: name,
          title: name,
          themes: [],
          attributes: withSummary ? [{ field: 'summary', value: summary(1) }] : [],
          inferred: [],
        },
      ],
      learning: [],
      published: [],
      screening: [],
    });
    const merged = mergeDatasets([
      { name: 'one', dataset: part('one', false) },
      { name: 'two', dataset: part('two', true) },
    ]).dataset;
    expect(merged.codebook.fields).toEqual([
      { field: 'summary', label: 'Summary', kind: 'text', categories: [] },
    ]);
    expect(buildDatasetIndex(merged).dimensions.has('attr:summary')).toBe(false);
  });
});
