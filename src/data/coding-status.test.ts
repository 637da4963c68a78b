import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leanThemesCoded, themeStatus, themesCodedOf } from './coding-status';
import { datasetCsvFiles } from './export-dataset';
import { loadFiles, type FileLike } from './load-files';
import type { CaseRecord, Dataset, LoadProblem } from './types';

function csvFile(name: string, text: string): FileLike {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, arrayBuffer: () => Promise.resolve(bytes.slice().buffer) };
}

async function load(...files: FileLike[]): Promise<{ dataset: Dataset; problems: LoadProblem[] }> {
  const result = await loadFiles(files);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return { dataset: result.dataset, problems: result.problems };
}

/** Each case's status per theme (by label), e.g. "Info: present, Voice: not-coded". */
function statuses(dataset: Dataset): string[] {
  return dataset.cases.map((c) =>
    dataset.codebook.themes
      .map((t) => `${t.label}: ${themeStatus(c, t.id, dataset.meta.blankThemes)}`)
      .join(', '),
  );
}

const record = (themes: string[], themesCoded?: CaseRecord['themesCoded']) => ({
  themes,
  ...(themesCoded === undefined ? {} : { themesCoded }),
});

describe('themeStatus', () => {
  it.each([
    [record(['a']), 'a', undefined, 'present'],
    [record(['a']), 'b', undefined, 'absent'],
    [record([]), 'b', undefined, 'absent'],
    [record([]), 'b', 'not-coded' as const, 'not-coded'],
    [record(['a']), 'b', 'not-coded' as const, 'absent'],
    [record(['a'], false), 'a', undefined, 'present'],
    [record(['a'], false), 'b', undefined, 'not-coded'],
    [record([], true), 'b', 'not-coded' as const, 'absent'],
    [record(['a'], ['b']), 'b', undefined, 'absent'],
    [record(['a'], ['b']), 'c', undefined, 'not-coded'],
  ])('%j, theme %s, blank themes %s: %s', (c, theme, blank, expected) => {
    expect(themeStatus(c, theme, blank)).toBe(expected);
  });

  it('writes the leanest coding status', () => {
    expect(leanThemesCoded(['a'], 'all')).toBeUndefined();
    expect(leanThemesCoded([], 'all')).toBe(true);
    expect(leanThemesCoded(['a'], ['a'])).toBe(false);
    expect(leanThemesCoded(['a'], ['a', 'b', 'b'])).toEqual(['b']);
    expect(themesCodedOf(record([], ['b']), undefined)).toEqual(['b']);
  });
});

describe('coding status read from CSV', () => {
  it('reads a blank cell as not coded in a file that writes absent markers (0, no, -)', async () => {
    const { dataset, problems } = await load(
      csvFile(
        'marked.csv',
        'Title,Info,Voice\nA: one,1,0\nB: two,,\nC: three,-,\nD: four,no,yes\n',
      ),
    );
    expect(statuses(dataset)).toEqual([
      'Info: present, Voice: absent',
      'Info: not-coded, Voice: not-coded',
      'Info: absent, Voice: not-coded',
      'Info: absent, Voice: present',
    ]);
    expect(dataset.cases.map((c) => c.themesCoded)).toEqual([
      undefined,
      false,
      ['info'],
      undefined,
    ]);
    expect(problems.find((p) => p.code === 'themes-blank-not-coded')).toMatchObject({
      severity: 'info',
      file: 'marked.csv',
      message: expect.stringContaining('1 of 4 rows has no theme coded and 1 only some'),
    });
  });

  it('lets a Themes coded column (yes / no, a date, initials) mark whole rows', async () => {
    const { dataset, problems } = await load(
      csvFile(
        'column.csv',
        'Title,Info,Voice,Themes coded\nA: one,✓,,2024-03-01\nB: two,,,\nC: three,,,JS\nD: four,✓,,no\n',
      ),
    );
    expect(statuses(dataset)).toEqual([
      'Info: present, Voice: absent',
      'Info: not-coded, Voice: not-coded',
      'Info: absent, Voice: absent',
      'Info: present, Voice: not-coded',
    ]);
    expect(problems.find((p) => p.code === 'themes-coded-column')).toMatchObject({
      column: 'Themes coded',
      message: expect.stringContaining('2 of 4 rows have no theme coded'),
    });
  });

  it('reads "none" in a long Themes column as coded with no theme, and a blank as not coded', async () => {
    const { dataset } = await load(
      csvFile('long.csv', 'Title,Themes\nA: one,Info; Voice\nB: two,none\nC: three,\n'),
    );
    expect(statuses(dataset)).toEqual([
      'Info: present, Voice: present',
      'Info: absent, Voice: absent',
      'Info: not-coded, Voice: not-coded',
    ]);
  });

  it('reads a file that only ticks as coded, says so once, and switches by meta.blankThemes', async () => {
    const { dataset, problems } = await load(
      csvFile('ticks.csv', 'Title,Info,Voice\nA: one,✓,\nB: two,,\nC: three,,x\n'),
    );
    expect(dataset.cases.map((c) => c.themesCoded)).toEqual([undefined, undefined, undefined]);
    expect(statuses(dataset)[1]).toBe('Info: absent, Voice: absent');
    const notes = problems.filter((p) => p.code === 'themes-ticks-only');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      severity: 'info',
      message: expect.stringContaining('1 of 3 rows tick no theme'),
    });
    const switched = { ...dataset, meta: { ...dataset.meta, blankThemes: 'not-coded' as const } };
    expect(statuses(switched)).toEqual([
      'Info: present, Voice: absent',
      'Info: not-coded, Voice: not-coded',
      'Info: absent, Voice: present',
    ]);
  });

  it('round-trips every coding status through the CSV export', async () => {
    const { dataset } = await load(
      csvFile('marked.csv', 'Title,Info,Voice\nA: one,1,0\nB: two,,\nC: three,-,\nD: four,1,\n'),
    );
    const files = datasetCsvFiles(dataset, 'again').map((f) => csvFile(f.name, f.text));
    const again = await load(...files);
    expect(statuses(again.dataset)).toEqual(statuses(dataset));
  });

  it('reads the done-when fixture: the second period has 10 rows coded and 30 not coded', async () => {
    const bytes = readFileSync(
      resolve(process.cwd(), 'tests/fixtures/two-periods-partly-coded.csv'),
    );
    const { dataset } = await load(csvFile('two-periods-partly-coded.csv', bytes.toString()));
    const notCoded = dataset.cases.filter((c) => c.themesCoded === false);
    expect(dataset.cases).toHaveLength(80);
    expect(notCoded).toHaveLength(30);
    expect(new Set(notCoded.map((c) => c.period))).toEqual(new Set(['2020-q1']));
  });
});
