import { describe, expect, it } from 'vitest';
import { readCaseColumns } from './case-columns';
import { CodebookBuilder, emptyCodebook } from './codebook-builder';
import { ProblemLog, type RowTable } from './table';

/** A table from a header and rows written as comma-separated lines (no quoting needed here). */
function table(header: string, ...rows: string[]): RowTable {
  return {
    header: header.split(','),
    rows: rows.map((row) => row.split(',')),
    rowNumbers: rows.map((_, i) => i + 2),
  };
}

function columns(t: RowTable) {
  const read = readCaseColumns(t, new CodebookBuilder(emptyCodebook()), new ProblemLog('x.csv'));
  return {
    themes: read.themeColumns.map((c) => t.header[c.index]),
    attributes: read.attributeColumns.map((c) => c.header),
    marksAbsent: read.marksAbsent,
  };
}

describe('readCaseColumns: theme columns and absent markers, all columns read in one pass', () => {
  it.each([
    ['ticks only', table('Title,Info,Voice', 'A,1,', 'B,,yes', 'C,x,1'), ['Info', 'Voice'], []],
    [
      'a slip or two among more ticks is still a theme',
      table('Title,Info', 'A,1', 'B,maybe', 'C,1', 'D,y'),
      ['Info'],
      [],
    ],
    [
      'three different values that are not ticks make an attribute',
      table('Title,Lead,Info', 'A,Police,1', 'B,Health,', 'C,School,1', 'D,Police,'),
      ['Info'],
      ['Lead'],
    ],
    [
      'slips outnumbering ticks make an attribute',
      table('Title,Lead', 'A,maybe', 'B,maybe', 'C,1'),
      [],
      ['Lead'],
    ],
  ])('%s', (_name, t, themes, attributes) => {
    expect(columns(t)).toMatchObject({ themes, attributes, marksAbsent: false });
  });

  it.each([
    ['0 in a tick column', table('Title,Info,Voice', 'A,1,', 'B,,0', 'C,1,1')],
    ['"no" late in the file', table('Title,Info', 'A,1', 'B,', 'C,1', 'D,no')],
    ['"-" in a Themes list column', table('Title,Themes', 'A,Info; Voice', 'B,-')],
    [
      // The second "Info" names a theme already read, so it is a theme whatever it holds; it
      // holds too many values that are not ticks to be read with the others, and is read again.
      'an absent marker in a repeated theme column that holds no ticks',
      table('Title,Info,Info', 'A,1,maybe', 'B,,perhaps', 'C,1,unsure', 'D,,0'),
    ],
  ])('finds %s', (_name, t) => {
    expect(columns(t).marksAbsent).toBe(true);
  });

  it('reads a repeated theme column that holds no ticks as that theme', () => {
    const t = table('Title,Info,Info', 'A,1,maybe', 'B,,perhaps', 'C,1,unsure');
    expect(columns(t)).toEqual({ themes: ['Info', 'Info'], attributes: [], marksAbsent: false });
  });
});
