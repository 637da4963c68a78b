import { describe, expect, it } from 'vitest';
import { unmergedFromProblems } from './apply-mapping';
import {
  addToDataset,
  mapLoad,
  needsPeriod,
  withFilePeriod,
  type AcceptedLoad,
} from './add-to-dataset';
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
