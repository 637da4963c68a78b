import { assembleDataset } from './assemble';
import { fileAt, loadSteps, looksLikeJson, type FileBytes } from './load-steps';
import { runToEnd } from './run-steps';

const utf8 = (text: string) => new TextEncoder().encode(text);
const fileOf = (name: string, text: string): FileBytes => ({
  name,
  size: text.length,
  bytes: utf8(text),
  problems: [],
});

function run(files: FileBytes[]) {
  const fractions: number[] = [];
  const steps = loadSteps(files);
  for (let next = steps.next(); ; next = steps.next()) {
    if (next.done) return { result: next.value, fractions };
    fractions.push(next.value);
  }
}

describe('looksLikeJson', () => {
  it.each([
    ['data.json', 'title,x', true],
    ['data.csv', '{"a":1}', false],
    ['data', '  \n {"cases": []}', true],
    ['data', '\uFEFF[1]', true],
    ['data', 'title,Outcome', false],
  ])('%s starting %j → %s', (name, text, expected) => {
    expect(looksLikeJson(name, utf8(text))).toBe(expected);
  });
});

describe('loadSteps', () => {
  const cases = fileOf(
    'cases.csv',
    'Case ID,Case review title\na,Kent: Child A\nb,Kent: Child B\n',
  );
  const learning = fileOf('learning.csv', 'Case ID,Theme,Summary\nb,Risk,Missed.\n');

  it('reads every file, then assembles them together, reporting each file’s share', () => {
    const { result, fractions } = run([cases, learning]);
    if (!result.ok) throw new Error('refused');
    expect(result.dataset.learning.map((l) => l.caseId)).toEqual(['b']);
    // Each small file parses in one step: half done after the first, all after the second.
    expect(fractions).toEqual([0.5, 1]);
    expect(fileAt([cases, learning], 0.2)?.name).toBe('cases.csv');
    expect(fileAt([cases, learning], 0.5)?.name).toBe('learning.csv');
    expect(fileAt([cases, learning], 1)?.name).toBe('learning.csv');
  });

  it('gives what the parts give: a JSON document loads as assembleDataset reads it', () => {
    const text = JSON.stringify({
      cases: [{ id: 'a', title: 'A', themes: [], attributes: [], inferred: [] }],
    });
    const { result } = run([fileOf('d.json', text)]);
    const direct = assembleDataset([
      { name: 'd.json', bytes: text.length, format: 'json', text, encoding: 'utf-8', problems: [] },
    ]);
    expect(result).toEqual(direct);
  });

  it.each<[string, FileBytes, string]>([
    [
      'a file refused before it was read',
      {
        name: 'huge.csv',
        size: 2e8,
        problems: [{ code: 'load-too-large', severity: 'error', file: 'huge.csv', message: 'big' }],
      },
      'load-too-large',
    ],
    ['an empty file', fileOf('empty.csv', ''), 'empty-file'],
    ['binary bytes', { ...fileOf('x.csv', ''), bytes: new Uint8Array(64).fill(1) }, 'not-text'],
    ['a binary JSON file', { ...fileOf('x.json', ''), bytes: new Uint8Array(64) }, 'not-text'],
  ])('refuses %s, naming the file', (_, file, code) => {
    const result = runToEnd(loadSteps([file]));
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(expect.objectContaining({ code, file: file.name }));
  });

  it('keeps the problems found before reading (a size warning) with the file’s own', () => {
    const warning = {
      code: 'load-large' as const,
      severity: 'warning' as const,
      file: 'cases.csv',
      message: 'w',
    };
    const result = runToEnd(loadSteps([{ ...cases, problems: [warning] }]));
    expect(result.ok).toBe(true);
    expect(result.problems).toContainEqual(warning);
  });
});

describe('loadSteps: one row budget for all files of a load', () => {
  const casesOf = (n: number, name = 'cases.csv') =>
    fileOf(
      name,
      `Case ID,Case review title\n${Array.from({ length: n }, (_, i) => `${name}-${i},Child ${i}`).join('\n')}\n`,
    );
  const learningOf = (n: number) =>
    fileOf(
      'learning.csv',
      `Case ID,Theme,Summary\n${Array.from({ length: n }, () => 'cases.csv-0,Risk,Missed.').join('\n')}\n`,
    );

  it('loads up to the limit', () => {
    const result = runToEnd(loadSteps([casesOf(60), learningOf(40)], { limit: 100 }));
    expect(result.ok).toBe(true);
  });

  it('refuses files that pass it together, naming each with its rows', () => {
    const result = runToEnd(loadSteps([casesOf(60), learningOf(41)], { limit: 100 }));
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'load-too-many-rows',
        file: 'cases.csv, learning.csv',
        message: expect.stringContaining(
          'These files hold 101 rows in all (cases.csv 60; learning.csv 41), over the 100 rows',
        ),
      }),
    ]);
  });

  it('counts the data the files are added to', () => {
    const result = runToEnd(
      loadSteps([casesOf(20)], { limit: 100, base: { name: 'old.csv', rows: 90 } }),
    );
    expect(result.problems[0]?.message).toMatch(
      /^These files and the data on screen hold 110 rows in all \(cases.csv 20; the data on screen \(old.csv\) 90\)/,
    );
  });

  it('stops reading a long file soon after the limit and estimates its rows from the share read', () => {
    const big = casesOf(50_000);
    const result = runToEnd(loadSteps([big, casesOf(5, 'more.csv')], { limit: 1_000 }));
    expect(result.ok).toBe(false);
    const [problem] = result.problems;
    expect(problem?.code).toBe('load-too-many-rows');
    // The first 64 K characters (about 2,800 rows) were read; the estimate is near 50,000.
    const estimate = Number(
      /about ([\d,]+) rows/.exec(problem?.message ?? '')?.[1]?.replace(/,/g, ''),
    );
    expect(estimate).toBeGreaterThan(45_000);
    expect(estimate).toBeLessThan(55_000);
    expect(problem?.message).toMatch(/reading stopped at row [\d,]+, \d+% into the file/);
    // The file after it was not read.
    expect(result.facts.files.map((f) => [f.name, f.rowsRead])).toEqual([
      ['cases.csv', 0],
      ['more.csv', 0],
    ]);
  });

  it('counts the items of a JSON document with the rest', () => {
    const text = JSON.stringify({
      cases: Array.from({ length: 80 }, (_, i) => ({
        id: `j${i}`,
        title: `J ${i}`,
        themes: [],
        attributes: [],
        inferred: [],
      })),
    });
    expect(runToEnd(loadSteps([fileOf('d.json', text)], { limit: 80 })).ok).toBe(true);
    const result = runToEnd(loadSteps([fileOf('d.json', text)], { limit: 79 }));
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'load-too-many-rows', file: 'd.json' }),
    ]);
    expect(result.problems[0]?.message).toMatch(/^d.json holds 80 rows, over the 79 rows/);
  });
});
