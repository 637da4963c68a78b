import { describe, expect, it } from 'vitest';
import { unmergedFromProblems } from './apply-mapping';
import {
  addToDataset,
  mapLoad,
  needsPeriod,
  withFilePeriod,
  type AcceptedLoad,
} from './add-to-dataset';
import { loadFiles } from './load-files';
import type { CaseRecord, Dataset } from './types';

function load(
  file: string,
  title: string,
  periods: string[],
  themes: Dataset['codebook']['themes'],
  cases: Array<Partial<CaseRecord> & { id: string; title: string }>,
): AcceptedLoad {
  const dataset: Dataset = {
    meta: { title, source: file, periods, notes: '' },
    codebook: {
      outcomes: [],
      contactRoutes: [],
      themes,
      barriers: [],
      fields: [],
      derived: false,
    },
    cases: cases.map((c) => ({ themes: [], attributes: [], inferred: [], ...c })),
    learning: [],
    published: [],
    screening: [],
  };
  return {
    ok: true,
    dataset,
    problems: [{ code: 'load-large', severity: 'warning', file, message: `loaded-${file}` }],
    facts: {
      files: [{ name: file, bytes: 1, kind: 'json', rowsRead: 1, rowsLoaded: 1, rowsRejected: 0 }],
      codebookDerived: false,
    },
  };
}

const q3 = load(
  'q3.json',
  'Quarter 3',
  ['2019-Q3'],
  [{ id: 'info', label: 'Information sharing' }],
  [{ id: 'a', title: 'Kent: Child H', themes: ['info'] }],
);
const noPeriod = load(
  'extra.json',
  'Extra',
  [],
  [{ id: 'share', label: 'Sharing info' }],
  [
    { id: 'b', title: 'Dorset: Child T', themes: ['share'] },
    { id: 'a', title: 'Kent: Child H' },
  ],
);

describe('needsPeriod / withFilePeriod', () => {
  it('asks for a period only when cases have none and the file names none', () => {
    expect(needsPeriod(q3.dataset)).toBe(false);
    expect(needsPeriod(noPeriod.dataset)).toBe(true);
    expect(withFilePeriod(noPeriod.dataset, ' 2019-Q4 ').meta.periods).toEqual(['2019-Q4']);
    expect(withFilePeriod(noPeriod.dataset, '  ').meta.periods).toEqual([]);
  });
});

describe('addToDataset', () => {
  const { result, report, unmerged } = addToDataset(q3, noPeriod, { added: '2019-Q4' });

  it('combines the data, each case with its period, duplicates not counted twice', () => {
    expect(result.dataset.meta.title).toBe('Combined: Quarter 3 + Extra');
    expect(result.dataset.meta.periods).toEqual(['2019-Q3', '2019-Q4']);
    expect(result.dataset.cases.map((c) => [c.id, c.period])).toEqual([
      ['a', '2019-q3'],
      ['b', '2019-q4'],
    ]);
    expect(
      report.problems.map((p) => [p.code, p.message.startsWith('loaded-') ? p.message : '']),
    ).toEqual([
      ['load-large', 'loaded-extra.json'],
      ['duplicate-across-files', ''],
      ['unmerged-category', ''],
    ]);
    expect(result.problems.map((p) => p.message)[0]).toBe('loaded-q3.json');
    expect(result.facts.files.map((f) => f.name)).toEqual(['q3.json', 'extra.json']);
    expect(unmerged).toEqual([{ list: 'theme', label: 'Sharing info', file: 'extra.json' }]);
  });

  it('does not nest "Combined:" when adding again', () => {
    const again = addToDataset(
      result,
      load('q1.json', 'Quarter 1', ['2020-Q1'], [], [{ id: 'z', title: 'Z' }]),
    );
    expect(again.result.dataset.meta.title).toBe('Combined: Quarter 3 + Extra + Quarter 1');
  });

  it('maps what could not be merged, replacing the unmerged note with the mapping', () => {
    const mapped = mapLoad(result, [{ list: 'theme', label: 'Sharing info', to: 'info' }]);
    expect(mapped.result.dataset.cases.find((c) => c.id === 'b')?.themes).toEqual(['info']);
    expect(unmergedFromProblems(mapped.result.problems)).toEqual([]);
    expect(mapped.result.problems.at(-1)?.message).toBe(
      'The theme "Sharing info" was mapped by hand to "Information sharing".',
    );
  });
});

describe('addToDataset with a second period loaded from CSV files', () => {
  async function csvLoad(files: Record<string, string>): Promise<AcceptedLoad> {
    const result = await loadFiles(
      Object.entries(files).map(([name, text]) => {
        const bytes = new TextEncoder().encode(text);
        return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer };
      }),
    );
    if (!result.ok) throw new Error('did not load');
    return result;
  }

  it('reports a force or region new in the later file as new, naming its cases file', async () => {
    const first = await csvLoad({
      'q3-cases.csv':
        'Title,Period,Police force,Police region\nA: one,2019-Q3,Kent Police,South East\n',
    });
    const second = await csvLoad({
      'q4-cases.csv':
        'Title,Period,Police force,Police region\nB: two,2019-Q4,Essex Police,Eastern\n',
      'q4-screening.csv': 'Status,Source,Count\nincluded,forces,1\n',
    });
    const { report, unmerged } = addToDataset(first, second);
    const news = report.problems.filter((p) => p.code === 'unmerged-category');
    expect(news.map((p) => [p.severity, p.file, p.message])).toEqual([
      [
        'info',
        'q4-cases.csv',
        'The force "Essex Police" is new in q4-cases.csv: no earlier file has it, so it is counted as a category of its own.',
      ],
      [
        'info',
        'q4-cases.csv',
        'The region "Eastern" is new in q4-cases.csv: no earlier file has it, so it is counted as a category of its own.',
      ],
    ]);
    expect(unmerged.every((u) => u.file === 'q4-cases.csv')).toBe(true);
    expect(unmergedFromProblems(report.problems)).toEqual(unmerged);
  });
});
