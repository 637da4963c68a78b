import fc from 'fast-check';
import Papa from 'papaparse';
import { parseCsvBytes, type ParsedCsvFile } from './csv-bytes';
import { parseCsvSteps, parseCsvText, type CsvTable } from './csv-parse';
import { runToEnd } from './run-steps';

const utf8 = (text: string) => new TextEncoder().encode(text);

function parsed(bytes: Uint8Array, file = 'f.csv'): ParsedCsvFile {
  const result = parseCsvBytes(bytes, file);
  if (result === 'cancelled') throw new Error('nothing asked the parse to stop');
  return result;
}

/** What must hold of any table, however bad its input. */
function expectWellFormed(table: CsvTable, file: string) {
  for (const row of table.rows) expect(row).toHaveLength(table.header.length);
  expect(table.rowNumbers).toHaveLength(table.rows.length);
  table.rowNumbers.forEach((line, i) => expect(line).toBeGreaterThan(table.rowNumbers[i - 1] ?? 1));
  for (const problem of table.problems) {
    expect(problem.file).toBe(file);
    expect(['error', 'warning', 'info']).toContain(problem.severity);
    expect(problem.message.length).toBeGreaterThan(0);
  }
  if (table.header.length === 0)
    expect(table.problems.some((p) => p.severity === 'error')).toBe(true);
}

/** Text made of the characters that matter to a CSV parser, so random inputs hit the edge cases. */
const csvishText = fc.string({
  unit: fc.constantFrom('a', 'b', ' ', ',', ';', '\t', '"', '\r', '\n', 'é', '€'),
  maxLength: 120,
});

describe('parseCsvBytes', () => {
  it.each<[string, Uint8Array, Partial<ParsedCsvFile>, string[][]]>([
    ['UTF-8 commas', utf8('a,b\n1,2\n'), { encoding: 'utf-8', delimiter: ',' }, [['1', '2']]],
    [
      'UTF-8 with BOM and semicolons',
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a;b\r\n1,5;€\r\n')]),
      { encoding: 'utf-8 with BOM', delimiter: ';' },
      [['1,5', '€']],
    ],
    [
      'Windows-1252 tabs',
      new Uint8Array([0x61, 0x09, 0x62, 0x0a, 0x93, 0x78, 0x94, 0x09, 0xa3, 0x35]),
      { encoding: 'windows-1252', delimiter: '\t' },
      [['“x”', '£5']],
    ],
  ])('reads %s', (_name, bytes, facts, rows) => {
    const result = parsed(bytes);
    expect(result).toMatchObject({ ...facts, binary: false });
    expect(result.table.rows).toEqual(rows);
  });

  it('does not parse binary content and says why', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const result = parsed(png, 'photo.png');
    expect(result.binary).toBe(true);
    expect(result.table).toMatchObject({ header: [], rows: [], rowNumbers: [] });
    expect(result.table.problems).toMatchObject([
      { code: 'not-text', severity: 'error', file: 'photo.png' },
    ]);
  });

  it('names UTF-16 without a byte order mark, which reads as binary, and what to save instead', () => {
    const bytes = new Uint8Array(
      Array.from('Case review title,Outcome\nKent: Child H,Death\n').flatMap((c) => [
        c.charCodeAt(0),
        0,
      ]),
    );
    const result = parsed(bytes, 'export.csv');
    expect(result.binary).toBe(true);
    expect(result.table.problems).toMatchObject([
      {
        code: 'not-text',
        message: expect.stringContaining('export.csv looks like UTF-16 text saved without a byte'),
        hint: expect.stringContaining('UTF-8'),
      },
    ]);
  });

  it('stops between chunks when asked', () => {
    const text = `id\n${'1\n'.repeat(200_000)}`;
    let reports = 0;
    expect(
      parseCsvBytes(
        utf8(text),
        'f.csv',
        () => reports++,
        () => reports > 0,
      ),
    ).toBe('cancelled');
    expect(reports).toBe(1);
  });
});

describe('properties', () => {
  it('never throws on arbitrary bytes, and the table is well formed', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expectWellFormed(parsed(bytes, 'any.csv').table, 'any.csv');
      }),
    );
  });

  it('never throws on CSV-like text, and the table is well formed', () => {
    fc.assert(
      fc.property(csvishText, (text) => {
        expectWellFormed(parsed(utf8(text), 'any.csv').table, 'any.csv');
      }),
    );
  });

  it('parses the same in chunks of any size as in one go', () => {
    fc.assert(
      fc.property(csvishText, fc.integer({ min: 1, max: 40 }), (text, chunk) => {
        expect(runToEnd(parseCsvSteps(text, 'f.csv', undefined, chunk))).toEqual(
          parseCsvText(text, 'f.csv'),
        );
      }),
    );
  });

  const noNul = (unit: 'binary' | 'grapheme') =>
    fc.string({ unit, maxLength: 12 }).filter((s) => !s.includes('\u0000'));

  /** A header of distinct, non-blank, trimmed names and rows as wide, none of them blank. */
  const table = (unit: 'binary' | 'grapheme') =>
    fc.integer({ min: 1, max: 5 }).chain((width) =>
      fc.record({
        header: fc.uniqueArray(
          noNul(unit).filter((s) => s !== '' && s === s.trim()),
          { minLength: width, maxLength: width },
        ),
        rows: fc.array(
          fc
            .array(noNul(unit), { minLength: width, maxLength: width })
            .filter((row) => row.some((value) => value.trim() !== '')),
          { maxLength: 8 },
        ),
      }),
    );

  it('round-trips any table of strings written by Papa.unparse', () => {
    fc.assert(
      fc.property(table('binary'), fc.constantFrom('\r\n', '\n'), ({ header, rows }, newline) => {
        const text = Papa.unparse({ fields: header, data: rows }, { newline });
        const result = parseCsvText(text, 'f.csv', ',');
        expect(result).toMatchObject({ header, rows, problems: [] });
      }),
    );
  });

  it('round-trips fully quoted tables through bytes, detecting the delimiter', () => {
    fc.assert(
      fc.property(table('grapheme'), fc.boolean(), ({ header, rows }, bom) => {
        const text = Papa.unparse({ fields: header, data: rows }, { quotes: true });
        const bytes = utf8(bom ? `\uFEFF${text}` : text);
        const result = parsed(bytes);
        expect(result).toMatchObject({ delimiter: ',', binary: false });
        expect(result.table).toMatchObject({ header, rows, problems: [] });
      }),
    );
  });
});
