import { describe, expect, it } from 'vitest';
import { assembleDataset, tableKind, type ParsedFile } from './assemble';
import { accepted, table } from '../../tests/unit/parsed-files';

describe('tableKind', () => {
  it.each([
    [['Case review title', 'Outcome'], 'cases'],
    [['id', 'title'], 'cases'],
    [['Case ID', 'Theme', 'Barrier', 'Summary'], 'learning'],
    [['ID', 'Label', 'Dimension', 'Category', 'Count'], 'published'],
    [['Status', 'Source', 'Count'], 'screening'],
    [['foo', 'bar'], 'unknown'],
  ] as const)('%j is a %s file', (header, kind) => {
    expect(tableKind(header)).toBe(kind);
  });
});

describe('assembleDataset from delimited files', () => {
  it('reads wide theme columns with every tick spelling and derives the codebook', () => {
    const result = accepted(
      assembleDataset([
        table('cases.csv', [
          ['Case review title', 'Outcome', 'Information sharing', 'Risk assessment'],
          ['Kent: Child H', 'Death', '✓', ''],
          ['Cumbria: Child BE', 'Significant harm', 'yes', 'x'],
          ['Dorset: Child T', 'Death', '0', 'no'],
        ]),
      ]),
    );
    const { cases, codebook } = result.dataset;
    expect(cases.map((c) => c.id)).toEqual(['kent-child-h', 'cumbria-child-be', 'dorset-child-t']);
    expect(cases.map((c) => c.themes)).toEqual([
      ['information-sharing'],
      ['information-sharing', 'risk-assessment'],
      [],
    ]);
    expect(codebook.derived).toBe(true);
    expect(codebook.outcomes.map((o) => o.id)).toEqual(['death', 'significant-harm']);
    expect(codebook.themes.map((t) => t.label)).toEqual(['Information sharing', 'Risk assessment']);
  });

  it('reads one ;-separated themes column of labels or ids', () => {
    const result = accepted(
      assembleDataset([
        table('cases.csv', [
          ['id', 'title', 'themes'],
          ['a', 'Case A', 'Information sharing; Risk assessment'],
          ['b', 'Case B', 'information-sharing'],
          ['c', 'Case C', ''],
        ]),
      ]),
    );
    expect(result.dataset.cases.map((c) => c.themes)).toEqual([
      ['information-sharing', 'risk-assessment'],
      ['information-sharing'],
      [],
    ]);
  });

  it.each([['contact_route'], ['contactRoute'], ['Contact route'], ['Initial police contact']])(
    'takes %j as the contact route column',
    (header) => {
      const result = accepted(
        assembleDataset([
          table('cases.csv', [
            ['Title', header],
            ['Case A', 'Missing child'],
          ]),
        ]),
      );
      expect(result.dataset.cases[0]?.contactRoute).toBe('missing-child');
    },
  );

  it('rejects a repeated id, lists the row, and keeps the count honest', () => {
    const result = accepted(
      assembleDataset([
        table('cases.csv', [
          ['id', 'title'],
          ['a', 'Case A'],
          ['a', 'Case A again'],
          ['', ''],
          ['b', 'Case B'],
        ]),
      ]),
    );
    expect(result.dataset.cases.map((c) => c.id)).toEqual(['a', 'b']);
    const duplicate = result.problems.find((p) => p.code === 'duplicate-id');
    expect(duplicate).toMatchObject({
      file: 'cases.csv',
      row: 3,
      column: 'id',
      severity: 'warning',
    });
    const fact = result.facts.files[0];
    expect(fact).toMatchObject({ rowsRead: 3, rowsLoaded: 2, rowsRejected: 1 });
  });

  it('gives titles that repeat without ids distinct derived ids', () => {
    const result = accepted(
      assembleDataset([table('cases.csv', [['title'], ['Child A'], ['Child A']])]),
    );
    expect(result.dataset.cases.map((c) => c.id)).toEqual(['child-a', 'child-a-2']);
  });

  it('keeps learning rows naming unknown cases, without a case, and says so', () => {
    const result = accepted(
      assembleDataset([
        table('learning.csv', [
          ['Case', 'Theme', 'Barrier', 'Kind', 'Summary'],
          ['Case A', 'Information sharing', 'Resourcing', 'Good practice', 'Shared well.'],
          ['Nobody', 'Information sharing', '', '', 'Not shared.'],
          ['', '', '', '', 'No theme here.'],
        ]),
        table('cases.csv', [
          ['title', 'Information sharing'],
          ['Case A', '1'],
        ]),
      ]),
    );
    expect(result.dataset.learning).toHaveLength(2);
    expect(result.dataset.learning[0]).toMatchObject({
      caseId: 'case-a',
      themeId: 'information-sharing',
      barrier: 'resourcing',
      kind: 'good-practice',
    });
    expect(result.dataset.learning[1]).toMatchObject({ caseId: '', kind: 'missed-opportunity' });
    expect(result.problems.find((p) => p.code === 'unknown-case')).toMatchObject({
      file: 'learning.csv',
      row: 3,
      column: 'Case',
    });
    expect(result.problems.find((p) => p.code === 'incomplete-learning')).toMatchObject({
      row: 4,
      column: 'Theme',
    });
    expect(result.facts.files.find((f) => f.name === 'learning.csv')).toMatchObject({
      rowsRead: 3,
      rowsLoaded: 2,
      rowsRejected: 1,
    });
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'treats %j as an ordinary code, header and id',
    (code) => {
      const result = accepted(
        assembleDataset([
          table('cases.csv', [
            ['id', 'title', 'Outcome', code],
            [code, 'Case A', code, 'red'],
            ['b', 'Case B', code, 'blue'],
          ]),
        ]),
      );
      const { cases, codebook } = result.dataset;
      expect(cases.map((c) => c.id)).toEqual([code, 'b']);
      expect(codebook.outcomes).toHaveLength(1);
      expect(cases.every((c) => c.outcome === cases[0]?.outcome)).toBe(true);
      expect(cases[0]?.attributes).toHaveLength(1);
      expect(({} as Record<string, unknown>).red).toBeUndefined();
    },
  );

  it('gives cases of several files without a Period column their file name as period, and says so', () => {
    const result = accepted(
      assembleDataset([
        table('2019-Q2.csv', [['title'], ['Case A']]),
        table('2019-Q3.csv', [['title'], ['Case B'], ['Case A']]),
      ]),
    );
    const periodOf = (id: string | undefined) =>
      result.dataset.codebook.fields
        .find((f) => f.field === 'period')
        ?.categories.find((c) => c.id === id)?.label;
    expect(result.dataset.cases.map((c) => [c.title, periodOf(c.period)])).toEqual([
      ['Case A', '2019-Q2'],
      ['Case B', '2019-Q3'],
      ['Case A', '2019-Q3'],
    ]);
    expect(
      result.problems.filter((p) => p.code === 'period-from-file-name').map((p) => p.file),
    ).toEqual(['2019-Q2.csv', '2019-Q3.csv']);
  });

  it('refuses files with no case rows, and files it cannot recognise', () => {
    const none = assembleDataset([table('cases.csv', [['title']])]);
    expect(none.ok).toBe(false);
    expect(none.problems.map((p) => p.code)).toContain('no-cases');
    const unknown = assembleDataset([
      table('odd.csv', [
        ['foo', 'bar'],
        ['1', '2'],
      ]),
    ]);
    expect(unknown.ok).toBe(false);
    expect(unknown.problems[0]).toMatchObject({
      code: 'unknown-file-kind',
      file: 'odd.csv',
      row: 1,
      severity: 'error',
    });
  });

  it('reads published figures and screening rows', () => {
    const result = accepted(
      assembleDataset([
        table('cases.csv', [
          ['title', 'Initial police contact'],
          ['Case A', 'Missing child'],
        ]),
        table('published.csv', [
          ['ID', 'Label', 'Dimension', 'Category', 'Count', 'Percent', 'Denominator'],
          ['P1', 'Missing', 'Initial police contact', 'Missing child', '4', '', '11'],
          ['P2', 'Deaths', 'outcome', 'Death', '6', '55%', '11'],
        ]),
        table('screening.csv', [
          ['Status', 'Source', 'Count'],
          ['included', 'lscb', '11'],
          ['excluded', 'lscb', 'many'],
        ]),
      ]),
    );
    expect(result.dataset.published[0]).toMatchObject({
      dimension: 'contactRoute',
      category: 'missing-child',
      count: 4,
      percent: null,
      denominator: 11,
    });
    expect(result.dataset.published[1]).toMatchObject({ dimension: 'outcome', percent: 55 });
    expect(result.dataset.screening).toEqual([{ status: 'included', source: 'lscb', count: 11 }]);
    expect(result.problems.find((p) => p.code === 'bad-screening-row')).toMatchObject({
      file: 'screening.csv',
      row: 3,
      column: 'Count',
    });
  });
});

describe('assembleDataset from JSON', () => {
  const jsonText = (text: string): ParsedFile => ({
    name: 'data.json',
    bytes: 10,
    format: 'json',
    text,
    encoding: 'utf-8',
    problems: [],
  });
  const json = (value: unknown): ParsedFile => jsonText(JSON.stringify(value));

  it('refuses truncated JSON naming line and column', () => {
    const result = assembleDataset([jsonText('{\n  "cases": [\n    {"id": "a"')]);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({
      code: 'invalid-json',
      file: 'data.json',
      severity: 'error',
    });
    expect(result.problems[0]?.row).toBe(3);
  });

  it('refuses JSON of the wrong shape', () => {
    const result = assembleDataset([json([1, 2, 3])]);
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.code).toBe('wrong-shape');
  });

  it('loads valid cases, rejects invalid ones with their path, and derives a missing codebook', () => {
    const result = accepted(
      assembleDataset([
        json({
          cases: [
            {
              id: 'a',
              title: 'Case A',
              themes: ['t1'],
              attributes: [],
              inferred: [],
              outcome: 'death',
            },
            { id: 'b', themes: [], attributes: [], inferred: [] },
            { id: 'a', title: 'Again', themes: [], attributes: [], inferred: [] },
          ],
          learning: [
            {
              id: 'L1',
              caseId: 'zzz',
              themeId: 't1',
              barrier: '',
              kind: 'good-practice',
              summary: 'x',
              inferred: [],
            },
          ],
        }),
      ]),
    );
    expect(result.dataset.cases.map((c) => c.id)).toEqual(['a']);
    expect(result.problems.find((p) => p.code === 'invalid-item')).toMatchObject({
      row: 2,
      column: 'cases[1].title',
    });
    expect(result.problems.find((p) => p.code === 'duplicate-id')).toMatchObject({ row: 3 });
    expect(result.dataset.learning[0]?.caseId).toBe('');
    expect(result.dataset.codebook.derived).toBe(true);
    expect(result.facts.files[0]).toMatchObject({ rowsRead: 4, rowsRejected: 2, rowsLoaded: 2 });
  });

  it('combines a JSON dataset with CSV files loaded together', () => {
    const result = accepted(
      assembleDataset([
        json({
          meta: { title: 'A', source: 's', periods: ['2019-Q2'], notes: '' },
          cases: [{ id: 'a', title: 'Case A', themes: [], attributes: [], inferred: [] }],
        }),
        table('cases.csv', [
          ['title', 'Period'],
          ['Case B', '2019-Q3'],
        ]),
      ]),
    );
    expect(result.dataset.cases.map((c) => c.title)).toEqual(['Case A', 'Case B']);
    expect(result.dataset.meta.periods).toEqual(['2019-Q2', '2019-Q3']);
  });
});
