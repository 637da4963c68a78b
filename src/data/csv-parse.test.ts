import { parseCsvChunked, parseCsvSteps, parseCsvText, type CsvTable } from './csv-parse';
import { runToEnd } from './run-steps';
import type { LoadProblem } from './types';

/** The problems as `code@row`, the shortest exact description of what was reported where. */
const where = (problems: readonly LoadProblem[]) =>
  problems.map((p) => `${p.code}@${p.row ?? '-'}`);

describe('parseCsvText', () => {
  it.each<[string, string, string[], string[][], number[]]>([
    [
      'LF',
      'a,b\n1,2\n3,4\n',
      ['a', 'b'],
      [
        ['1', '2'],
        ['3', '4'],
      ],
      [2, 3],
    ],
    [
      'CRLF',
      'a,b\r\n1,2\r\n3,4\r\n',
      ['a', 'b'],
      [
        ['1', '2'],
        ['3', '4'],
      ],
      [2, 3],
    ],
    [
      'CR',
      'a,b\r1,2\r3,4',
      ['a', 'b'],
      [
        ['1', '2'],
        ['3', '4'],
      ],
      [2, 3],
    ],
    ['no final line break', 'a,b\n1,2', ['a', 'b'], [['1', '2']], [2]],
    ['a byte order mark is ignored', '\uFEFFid,title\n1,A\n', ['id', 'title'], [['1', 'A']], [2]],
    [
      'header names are trimmed, values are not',
      ' id , title \n 1 , A \n',
      ['id', 'title'],
      [[' 1 ', ' A ']],
      [2],
    ],
    ['semicolon detected', 'a;b\n1,5;2,5\n', ['a', 'b'], [['1,5', '2,5']], [2]],
    ['tab detected', 'a\tb\nx, y\tz\n', ['a', 'b'], [['x, y', 'z']], [2]],
    ['doubled quotes', 'a,b\n"say ""hi""","x"\n', ['a', 'b'], [['say "hi"', 'x']], [2]],
    ['quoted delimiters', 'a,b\n"1,2","3;4"\n', ['a', 'b'], [['1,2', '3;4']], [2]],
    ['quoted value at the end of a CRLF row', 'a,b\r\n1,"x"\r\n', ['a', 'b'], [['1', 'x']], [2]],
    [
      'quoted newlines move later rows down',
      'a,b\n1,"two\nlines"\n2,"three\r\nmore\nlines"\n3,x\n',
      ['a', 'b'],
      [
        ['1', 'two\nlines'],
        ['2', 'three\r\nmore\nlines'],
        ['3', 'x'],
      ],
      [2, 4, 7],
    ],
    [
      'blank lines are skipped and still counted',
      '\n\na,b\n\n1,2\n   \n,\n3,4\n\n',
      ['a', 'b'],
      [
        ['1', '2'],
        ['3', '4'],
      ],
      [5, 8],
    ],
    ['header only', 'id,title\n', ['id', 'title'], [], []],
    ['header only, no line break', 'id,title', ['id', 'title'], [], []],
  ])('%s', (_name, text, header, rows, rowNumbers) => {
    expect(parseCsvText(text, 'f.csv')).toEqual({ header, rows, rowNumbers, problems: [] });
  });

  it.each<[string, string, string[][], number[]]>([
    [
      'LF first, then CRLF',
      'a,b\n1,2\r\n3,4\n',
      [
        ['1', '2'],
        ['3', '4'],
      ],
      [2, 3],
    ],
    [
      'CRLF first, then LF',
      'a,b\r\n1,2\n3,4\r\n5,6',
      [
        ['1', '2'],
        ['3', '4'],
        ['5', '6'],
      ],
      [2, 3, 4],
    ],
    [
      'CRLF after a quoted last value, and a CR quoted at its end',
      'a,b\r\n1,"x"\r\n2,"y\r"\r\n3,4\n',
      [
        ['1', 'x'],
        ['2', 'y\r'],
        ['3', '4'],
      ],
      // The quoted CR ends a line, as it does in an editor.
      [2, 3, 5],
    ],
  ])('mixed line endings, %s: every row is split, without its CR', (_name, text, rows, lines) => {
    const table = parseCsvText(text, 'f.csv');
    expect(table.rows).toEqual(rows);
    expect(table.rowNumbers).toEqual(lines);
    expect(table.problems).toEqual([]);
  });

  it('CR first: rows ended by LF are not split, and say so', () => {
    const table = parseCsvText('a,b\r1,2\n3,4\r', 'f.csv');
    expect(table.rows).toEqual([['1', '2\n3']]);
    expect(where(table.problems)).toEqual(['row-too-many-fields@2']);
  });

  it('CR first: a row after a CRLF is numbered by the line its values are on', () => {
    // Found by fuzzing: split at the lone CR, the last row starts with the LF of the CRLF.
    const table = parseCsvText('a\ra\r\na', 'f.csv');
    expect(table.rows).toEqual([['a'], ['\na']]);
    expect(table.rowNumbers).toEqual([2, 3]);
  });

  it('uses the delimiter it is given', () => {
    expect(parseCsvText('a,b;c\n1,2;3\n', 'f.csv', ';').rows).toEqual([['1,2', '3']]);
  });

  it.each(['', '\n\n', '\r\n  \r\n', '\uFEFF', ',,,\n'])('refuses an empty file: %j', (text) => {
    expect(parseCsvText(text, 'empty.csv')).toEqual({
      header: [],
      rows: [],
      rowNumbers: [],
      problems: [
        {
          code: 'empty-file',
          severity: 'error',
          file: 'empty.csv',
          message: 'empty.csv is empty: it has no header row and no data.',
          hint: 'Export the sheet again with its header row and at least one row of data.',
        },
      ],
    });
  });

  it('keeps ragged rows, padded or cut to the header, and warns with their line numbers', () => {
    const table = parseCsvText('a,b,c\n1,2\n"x\ny",2,3,4\n5,6,7\n8\n', 'cases.csv');
    expect(table.rows).toEqual([
      ['1', '2', ''],
      ['x\ny', '2', '3'],
      ['5', '6', '7'],
      ['8', '', ''],
    ]);
    expect(table.rowNumbers).toEqual([2, 3, 5, 6]);
    expect(where(table.problems)).toEqual([
      'row-too-few-fields@2',
      'row-too-many-fields@3',
      'row-too-few-fields@6',
    ]);
    expect(table.problems[0]).toMatchObject({
      severity: 'warning',
      file: 'cases.csv',
      message:
        'Row 2 of cases.csv has 2 fields but the header has 3; the missing fields were read as blank.',
    });
    expect(table.problems[1]?.message).toBe(
      'Row 3 of cases.csv has 4 fields but the header has 3; the extra fields were ignored.',
    );
    // The first missing field, or the first field beyond the header.
    expect(table.problems.map((p) => p.column)).toEqual(['c', 'column 4', 'b']);
  });

  it.each<[string, string, number, string]>([
    ['in the first column', 'a,b\n1,2\n"open,3\n4,5\n', 3, 'a'],
    ['after quoted line breaks', 'a,b\n1,"x\ny"\n2,"open\n\n3,4\n', 4, 'b'],
    ['in the header', 'a,"b\n1,2\n', 1, 'column 2'],
  ])(
    'reports an unterminated quote on the line where it opened: %s',
    (_name, text, row, column) => {
      const table = parseCsvText(text, 'cases.csv');
      expect(table.problems).toEqual([
        {
          code: 'unterminated-quote',
          severity: 'error',
          file: 'cases.csv',
          row,
          column,
          message: `In cases.csv, a quoted value that opens on row ${row} (column "${column}") is never closed, so the rest of the file was read as part of it.`,
          hint: 'Add the missing closing double quote; a double quote inside a quoted value is written twice ("").',
        },
      ]);
    },
  );

  it('reports a quoted value with text after its closing quote once, on its line', () => {
    const table = parseCsvText('a,b\n1,2\n"Baby" Smith "Jr",3\n"x",4\n', 'cases.csv');
    expect(where(table.problems)).toEqual(['malformed-quote@3']);
    expect(table.problems[0]).toMatchObject({ severity: 'error', column: 'a' });
  });

  it.each([
    ['a,b,c\n1,"x" y,3\n4,"z",6\n', 'b'],
    ['a;b;c\n1;2;"x"y\n"q";5;6\n', 'c'],
    ['a,b\n"1,2" x,3\n"y",4\n', 'a'],
  ])('names the column of a malformed quote in %j', (text, column) => {
    const table = parseCsvText(text, 'f.csv');
    expect(table.problems.find((p) => p.code === 'malformed-quote')?.column).toBe(column);
  });

  it.each<[string, string, string[]]>([
    ['empty header cells', 'a,,c,\n1,2,3,4\n', ['empty-header:column 2', 'empty-header:column 4']],
    ['repeated headers', 'id,Outcome,x,Outcome,Outcome\n1,2,3,4,5\n', ['duplicate-header:Outcome']],
    ['headers repeated after trimming', 'id, id\n1,2\n', ['duplicate-header:id']],
    [
      'prototype names count like any other',
      '__proto__,constructor,__proto__\n1,2,3\n',
      ['duplicate-header:__proto__'],
    ],
  ])('warns about %s', (_name, text, expected) => {
    const { problems } = parseCsvText(text, 'f.csv');
    expect(problems.map((p) => `${p.code}:${p.column}`)).toEqual(expected);
    expect(problems.every((p) => p.severity === 'warning' && p.row === 1)).toBe(true);
  });

  it('names the columns of a repeated header', () => {
    const { problems } = parseCsvText('id,Outcome,x,Outcome\n', 'cases.csv');
    expect(problems[0]?.message).toBe(
      'The header "Outcome" appears 2 times in cases.csv (columns 2, 4).',
    );
  });
});

describe('parseCsvSteps', () => {
  const text = 'id,notes\n1,"a\nb"\n2,"c,d"\n\n3,"e ""f"""\r\n4,plain\n5,"open\n6,x\n';

  it.each([1, 2, 3, 5, 8, 13])('gives the same table in chunks of %d characters', (chunk) => {
    expect(runToEnd(parseCsvSteps(text, 'f.csv', undefined, chunk))).toEqual(
      parseCsvText(text, 'f.csv'),
    );
  });
});

describe('parseCsvChunked', () => {
  const text = `id,title\n${Array.from({ length: 20_000 }, (_, i) => `${i},"Case ${i}"`).join('\n')}\n`;

  it('reports rising progress ending at 1 and returns the table', () => {
    const fractions: number[] = [];
    const table = parseCsvChunked(
      text,
      'f.csv',
      ',',
      (f) => fractions.push(f),
      () => false,
    );
    expect((table as CsvTable).rows).toHaveLength(20_000);
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions).toEqual([...fractions].sort((x, y) => x - y));
    expect(fractions.at(-1)).toBe(1);
  });

  it('stops when asked', () => {
    let reports = 0;
    const result = parseCsvChunked(
      text,
      'f.csv',
      ',',
      () => reports++,
      () => reports >= 2,
    );
    expect(result).toBe('cancelled');
    expect(reports).toBe(2);
  });
});
