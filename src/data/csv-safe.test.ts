import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formulaSafe, toSafeCsv } from './csv-safe';

/** The characters a spreadsheet reads as the start of a formula, ASCII and folded forms. */
const triggers = ['=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫'];
/** White space a spreadsheet skips before a formula. */
const blanks = [' ', '\t', '\r', '\n', '\r\n', '\u00a0', '\u3000'];

describe('formulaSafe', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcell', "'\tcell"],
    ['\rcell', "'\rcell"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    [' =1+1', "' =1+1"],
    ['  \t=1+1', "'  \t=1+1"],
    ['\n=1+1', "'\n=1+1"],
    ['\r\n=1+1', "'\r\n=1+1"],
    ['\u3000＝1', "'\u3000＝1"],
    ['Kent: Child H', 'Kent: Child H'],
    [' Kent', ' Kent'],
    ['\nKent', '\nKent'],
    ['', ''],
    ['   ', '   '],
    ['a=b', 'a=b'],
    ['a ＝ b', 'a ＝ b'],
  ])('%j → %j', (value, safe) => {
    expect(formulaSafe(value)).toBe(safe);
  });

  const text = fc.string({ maxLength: 12 });
  const blank = fc.array(fc.constantFrom(...blanks), { maxLength: 4 }).map((b) => b.join(''));

  it('prefixes every cell whose first non-blank character is a trigger, keeping it whole', () => {
    fc.assert(
      fc.property(blank, fc.constantFrom(...triggers), text, (before, trigger, after) => {
        const value = `${before}${trigger}${after}`;
        expect(formulaSafe(value)).toBe(`'${value}`);
      }),
    );
  });

  it('leaves a cell whose first non-blank character is no trigger as it is, unless it starts with a tab or CR', () => {
    const start = fc
      .string({ minLength: 1, maxLength: 1 })
      .filter((c) => c.trim() !== '' && !triggers.includes(c));
    fc.assert(
      fc.property(blank, start, text, (before, first, after) => {
        const value = `${before}${first}${after}`;
        const startsWithTabOrCr = value.startsWith('\t') || value.startsWith('\r');
        expect(formulaSafe(value)).toBe(startsWithTabOrCr ? `'${value}` : value);
      }),
    );
  });

  it('never gives a cell a spreadsheet would run: after the prefix, the first character is a quote', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (value) => {
        const safe = formulaSafe(value);
        const firstNonBlank = safe.trimStart()[0];
        expect(safe === value || safe === `'${value}`).toBe(true);
        expect(firstNonBlank === undefined || !triggers.includes(firstNonBlank)).toBe(true);
        expect(/^[\t\r]/.test(safe)).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('toSafeCsv', () => {
  it('quotes delimiters, quotes and newlines and neutralises formulas', () => {
    const csv = toSafeCsv([
      ['label', 'count'],
      ['a, "b"\nc', '=1+1'],
    ]);
    expect(csv).toBe('label,count\r\n"a, ""b""\nc",\'=1+1\r\n');
    expect(Papa.parse<string[]>(csv).data[1]).toEqual(['a, "b"\nc', "'=1+1"]);
  });

  it('neutralises a formula behind white space or in fullwidth form, and keeps numbers', () => {
    const csv = toSafeCsv([[' =1+1', '\n=1+1', '＝1+1', -0.5]]);
    expect(Papa.parse<string[]>(csv).data[0]).toEqual(["' =1+1", "'\n=1+1", "'＝1+1", '-0.5']);
  });
});
