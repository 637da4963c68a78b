import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formulaSafe, toSafeCsv } from './csv-safe';

describe('formulaSafe', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcell', "'\tcell"],
    ['\rcell', "'\rcell"],
    ['Kent: Child H', 'Kent: Child H'],
    ['', ''],
    ['a=b', 'a=b'],
  ])('%j → %j', (value, safe) => {
    expect(formulaSafe(value)).toBe(safe);
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
});
