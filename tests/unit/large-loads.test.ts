// @vitest-environment node
import { loadSteps, type FileBytes } from '../../src/data/load-steps';
import { runToEnd } from '../../src/data/run-steps';
import type { LoadResult } from '../../src/data/types';

/**
 * Loads the pathological files through the whole pipeline (decode → parse → normalise →
 * validate → assemble). They took minutes when a repeated title or theme was numbered or
 * de-duplicated by searching everything before it; now each step is linear. What is asserted is
 * the behaviour; the time is in bench/README.md ("No quadratic step").
 */
function load(name: string, text: string): LoadResult {
  const bytes = new TextEncoder().encode(text);
  const file: FileBytes = { name, size: bytes.length, bytes, problems: [] };
  return runToEnd(loadSteps([file]));
}

describe('files that were quadratic to load', () => {
  it('500,000 rows with the same title load, numbered as ids -2, -3, ... in order', () => {
    const rows = 500_000;
    const result = load('cases.csv', `Case review title\n${'Kent: Child H\n'.repeat(rows)}`);
    if (!result.ok) throw new Error(result.problems[0]?.message);
    const { cases } = result.dataset;
    expect(cases).toHaveLength(rows);
    expect(cases[0]?.id).toBe('kent-child-h');
    expect(cases[1]?.id).toBe('kent-child-h-2');
    expect(cases[rows - 1]?.id).toBe(`kent-child-h-${rows}`);
    expect(new Set(cases.map((c) => c.id)).size).toBe(rows);
  }, 120_000);

  it('one cell of a million copies of a theme loads as one theme', () => {
    const themes = Array<string>(1_000_000).fill('Risk assessment').join(';');
    const result = load('cases.csv', `Case review title,Themes\nKent: Child H,"${themes}"\n`);
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(result.dataset.cases[0]?.themes).toEqual(['risk-assessment']);
  }, 120_000);

  it('one cell of a million distinct themes is refused once past the themes a list may hold', () => {
    const count = 1_000_000;
    // Half are names in Chinese script: they fold to no letters or digits, so all of them share
    // one slug ("blank") and their ids are numbered, the other path that was quadratic.
    const han = (i: number) => String.fromCharCode(0x4e00 + (i % 20_000), 0x4e00 + i / 20_000);
    const names = Array.from({ length: count }, (_, i) => (i % 2 === 0 ? `t${i}` : han(i)));
    const result = load(
      'cases.csv',
      `Case review title,Themes\nKent: Child H,${names.join(';')}\n`,
    );
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        code: 'too-many-categories',
        column: 'themes',
        message: expect.stringContaining('names more than 2,000 different themes, over the 2,000'),
      }),
    );
  }, 120_000);
});
