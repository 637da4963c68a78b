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
        problems: [{ code: 'file-too-large', severity: 'error', file: 'huge.csv', message: 'big' }],
      },
      'file-too-large',
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
      code: 'file-large' as const,
      severity: 'warning' as const,
      file: 'cases.csv',
      message: 'w',
    };
    const result = runToEnd(loadSteps([{ ...cases, problems: [warning] }]));
    expect(result.ok).toBe(true);
    expect(result.problems).toContainEqual(warning);
  });
});
