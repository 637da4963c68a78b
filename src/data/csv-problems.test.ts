import { columnName, otherParseProblem } from './csv-problems';

describe('columnName', () => {
  it.each([
    [['id', 'title'], 1, 'title'],
    [['id', ''], 1, 'column 2'],
    [['id'], 3, 'column 4'],
  ])('%j column %d is called %s', (header, index, name) => {
    expect(columnName(header, index)).toBe(name);
  });
});

describe('otherParseProblem', () => {
  it('passes on a parser error papaparse may add in future, located and worded for a person', () => {
    expect(otherParseProblem('f.csv', 4, 'Outcome', 'Something new')).toEqual({
      code: 'csv-parse-error',
      severity: 'warning',
      file: 'f.csv',
      row: 4,
      column: 'Outcome',
      message: 'Row 4 of f.csv could not be read cleanly: Something new.',
      hint: 'Open the file in a text editor and check this row.',
    });
  });
});
