import { describe, expect, it } from 'vitest';
import {
  normaliseIncidentDate,
  parseAgeMonths,
  parseNumberCell,
  parsePage,
  parseYear,
} from './case-values';

describe('parseAgeMonths', () => {
  it.each([
    ['17 years', 204],
    ['4 months', 4],
    ['20 month old', 20],
    ['2 years 3 months', 27],
    ['6', 72],
    ['1,5 years', 18],
    ['1,5', 18],
    ['2 years, 3 months', 27],
    ['infant', undefined],
    ['', undefined],
  ])('%j → %s', (text, months) => {
    expect(parseAgeMonths(text)).toBe(months);
  });
});

describe('normaliseIncidentDate', () => {
  it.each([
    ['2017', '2017'],
    ['2017-3', '2017-03'],
    ['2017-03', '2017-03'],
    ['2017-03-14', '2017-03'],
    ['03/2017', '2017-03'],
    ['14/03/2017', '2017-03'],
    ['March 2017', '2017-03'],
    ['Jul 2016', '2016-07'],
    ['2017-13', undefined],
    ['soon', undefined],
  ])('%j → %s', (text, date) => {
    expect(normaliseIncidentDate(text)).toBe(date);
  });
});

describe('parseYear, parseNumberCell and parsePage', () => {
  it.each([
    ['2019', 2019],
    [' 2018 ', 2018],
    ['19', undefined],
    ['1850', undefined],
  ])('parseYear(%j) = %s', (text, year) => {
    expect(parseYear(text)).toBe(year);
  });
  it.each([
    ['6', 6],
    ['55%', 55],
    ['54.5', 54.5],
    ['4,5', 4.5],
    ['', undefined],
    ['six', undefined],
    ['9007199254740991', 9007199254740991],
    ['9007199254740993', undefined],
    ['-9007199254740993', undefined],
    [`1${'0'.repeat(400)}`, undefined],
  ])('parseNumberCell(%j) = %s', (text, value) => {
    expect(parseNumberCell(text)).toBe(value);
  });
  it.each([
    ['4', 4],
    [' 12 ', 12],
    ['0', undefined],
    ['2.5', undefined],
    ['-3', undefined],
    ['iv', undefined],
    ['', undefined],
  ])('parsePage(%j) = %s', (text, page) => {
    expect(parsePage(text)).toBe(page);
  });
});
