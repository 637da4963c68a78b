import { describe, expect, it } from 'vitest';
import { assembleDataset } from './assemble';
import { accepted, table } from '../../tests/unit/parsed-files';

describe('assembleDataset warnings from delimited files', () => {
  it('loads a file of 150,000 rows, each with a warning (no argument list per row)', () => {
    // Spreading a file's rows into push() overflowed the stack past ~63,000 rows in Chromium.
    const rows = Array.from({ length: 150_000 }, (_, i) => [`c${i}`, 'Death', 'soon']);
    const result = accepted(
      assembleDataset([table('many.csv', [['Case ID', 'Outcome', 'Published year'], ...rows])]),
    );
    expect(result.dataset.cases).toHaveLength(150_000);
    expect(result.problems.filter((p) => p.code === 'bad-year')).toHaveLength(150_000);
  });

  it('warns about unknown ticks and bad years, naming row and column', () => {
    const result = accepted(
      assembleDataset([
        table('cases.csv', [
          ['title', 'Published year', 'Information sharing'],
          ['Case A', '2019', '1'],
          ['Case B', 'twenty', 'maybe'],
        ]),
      ]),
    );
    expect(result.problems.find((p) => p.code === 'bad-year')).toMatchObject({
      row: 3,
      column: 'Published year',
    });
    expect(result.dataset.cases[1]?.publishedYear).toBeUndefined();
  });

  it('keeps a tick column with a slip in it as a theme, and reports the slip by row', () => {
    const result = accepted(
      assembleDataset([
        table('ticks.csv', [
          ['Case ID', 'Case review title', 'Outcome', 'Voice heard', 'Agencies involved'],
          ['c1', 'A', 'Death', '1', '1'],
          ['c2', 'B', 'Death', 'maybe', '2'],
          ['c3', 'C', 'Death', '1', '3'],
        ]),
      ]),
    );
    const themeOf = (id: string) => result.dataset.cases.find((c) => c.id === id)?.themes;
    expect(themeOf('c1')).toEqual(['voice-heard']);
    expect(themeOf('c2')).toEqual([]);
    expect(themeOf('c3')).toEqual(['voice-heard']);
    expect(result.problems.filter((p) => p.code === 'unknown-tick')).toMatchObject([
      { row: 3, column: 'Voice heard', severity: 'warning' },
    ]);
    // 1, 2, 3 is a count, not ticks with slips: it stays an extra attribute.
    expect(result.dataset.cases[1]?.attributes).toEqual([
      { field: 'agencies-involved', value: '2' },
    ]);
  });

  it('reports an outcome that is neither death nor significant harm, once, with a near match', () => {
    const result = accepted(
      assembleDataset([
        table('misspelt.csv', [
          ['Case review title', 'Outcome'],
          ['A: Child 1', 'Death'],
          ['B: Child 2', 'Signficant harm'],
          ['C: Child 3', 'death'],
          ['D: Child 4', 'Signficant harm'],
          ['E: Child 5', 'Murder'],
        ]),
      ]),
    );
    expect(result.problems.filter((p) => p.code === 'other-outcome')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        row: 3,
        column: 'Outcome',
        message: expect.stringContaining('"Signficant harm" is neither death nor significant harm'),
        hint: expect.stringContaining('Did you mean "Significant harm"?'),
      }),
      expect.objectContaining({
        row: 6,
        hint: 'Write outcomes as Death or Significant harm, or keep this outcome on purpose.',
      }),
    ]);
    expect(result.dataset.cases.map((c) => c.outcome)).toEqual([
      'death',
      'signficant-harm',
      'death',
      'signficant-harm',
      'murder',
    ]);
  });
});
