import {
  checkBeforeReading,
  isOverRows,
  LARGE_LOAD_BYTES,
  loadBaseOf,
  loadBudget,
  MAX_LOAD_BYTES,
  MAX_CATEGORIES,
  MAX_LOAD_ROWS,
  PEAK_BYTES_PER_FILE_BYTE,
  PEAK_BYTES_PER_ROW,
  rowsLeft,
  tooManyCategoriesProblems,
  tooManyRowsProblem,
} from './load-budget';
import type { LoadResult } from './types';

const MB = 1024 * 1024;

describe('checkBeforeReading', () => {
  it('puts the limits at 25 MB and 100 MB in all', () => {
    expect(LARGE_LOAD_BYTES).toBe(25 * MB);
    expect(MAX_LOAD_BYTES).toBe(100 * MB);
  });

  it.each([
    [[0], null],
    [[LARGE_LOAD_BYTES], null],
    [[LARGE_LOAD_BYTES + 1], 'warning'],
    [[MAX_LOAD_BYTES], 'warning'],
    [[MAX_LOAD_BYTES + 1], 'error'],
    [[20 * MB, 20 * MB], 'warning'],
    [[40 * MB, 40 * MB, 40 * MB], 'error'],
  ])('files of %j bytes → %s', (sizes, severity) => {
    const files = sizes.map((size, i) => ({ name: `f${i}.csv`, size }));
    const problems = checkBeforeReading(files, loadBudget());
    expect(problems[0]?.severity ?? null).toBe(severity);
  });

  it('refuses one file over 100 MB, naming it, its size and the limit', () => {
    expect(checkBeforeReading([{ name: 'cases.csv', size: 150 * MB }], loadBudget())).toEqual([
      {
        code: 'load-too-large',
        severity: 'error',
        file: 'cases.csv',
        message: 'cases.csv is 150.0 MB, over the 100 MB a load may hold, so it was not read.',
        hint: 'Load fewer files at once, or split the data (for example by year or by region) and load a part.',
      },
    ]);
  });

  it('refuses three files of 97 MB together, with each size and the total', () => {
    const files = ['a.csv', 'b.csv', 'c.csv'].map((name) => ({ name, size: 97 * MB }));
    const [problem] = checkBeforeReading(files, loadBudget());
    expect(problem).toMatchObject({ code: 'load-too-large', file: 'a.csv, b.csv, c.csv' });
    expect(problem?.message).toBe(
      'These files are 291.0 MB in all (a.csv 97.0 MB, b.csv 97.0 MB, c.csv 97.0 MB), over the 100 MB a load may hold, so none was read.',
    );
  });

  it('counts the data on screen when files are added to it', () => {
    const base = { name: 'cases.csv', bytes: 60 * MB, rows: 40_000 };
    const files = [{ name: 'more.csv', size: 50 * MB }];
    expect(checkBeforeReading(files, loadBudget())).toMatchObject([{ severity: 'warning' }]);
    const [problem] = checkBeforeReading(files, loadBudget(base));
    expect(problem?.message).toBe(
      'These files are 110.0 MB in all with the data on screen (more.csv 50.0 MB, the data on screen (cases.csv) 60.0 MB), over the 100 MB a load may hold, so none was read.',
    );
    expect(problem?.hint).toMatch(/on their own instead of adding them/);
  });

  it('warns about a large load with the size of each file', () => {
    const files = [
      { name: 'cases.csv', size: 20 * MB },
      { name: 'learning.csv', size: 10 * MB },
    ];
    expect(checkBeforeReading(files, loadBudget())[0]?.message).toBe(
      'These files are 30.0 MB in all (cases.csv 20.0 MB, learning.csv 10.0 MB); a load over 25 MB may take a while.',
    );
  });

  it('refuses a load whose estimated memory is over what the page has free', () => {
    const files = [{ name: 'cases.csv', size: 10 * MB, estimatedRows: 100_000 }];
    const needed = 10 * MB * PEAK_BYTES_PER_FILE_BYTE + 100_000 * PEAK_BYTES_PER_ROW;
    expect(checkBeforeReading(files, loadBudget(undefined, needed))).toEqual([]);
    const [problem] = checkBeforeReading(files, loadBudget(undefined, needed - 1));
    expect(problem).toMatchObject({ code: 'load-memory', severity: 'error', file: 'cases.csv' });
    expect(problem?.message).toBe(
      'Loading cases.csv would take about 125.4 MB of memory (10.0 MB of files and about 100,000 rows), and this page has about 125.4 MB free, so nothing was read.',
    );
  });

  it('estimates memory for no more rows than the limit (reading stops there)', () => {
    const files = [{ name: 'short.csv', size: 90 * MB, estimatedRows: 5_000_000 }];
    const capped = 90 * MB * PEAK_BYTES_PER_FILE_BYTE + MAX_LOAD_ROWS * PEAK_BYTES_PER_ROW;
    expect(checkBeforeReading(files, loadBudget(undefined, capped))[0]?.severity).toBe('warning');
  });
});

describe('rows', () => {
  const allowance = { limit: 100 };

  it('counts the rows left across files and the data added to', () => {
    expect(rowsLeft(allowance, [{ name: 'a', rows: 30 }])).toBe(70);
    expect(rowsLeft({ limit: 100, base: { name: 'x', rows: 80 } }, [{ name: 'a', rows: 30 }])).toBe(
      0,
    );
    expect(isOverRows(allowance, [{ name: 'a', rows: 100 }])).toBe(false);
    expect(
      isOverRows(allowance, [
        { name: 'a', rows: 60 },
        { name: 'b', rows: 41 },
      ]),
    ).toBe(true);
  });

  it('names one file whose reading stopped, with an estimate of its rows', () => {
    const problem = tooManyRowsProblem({ limit: 250_000 }, [
      { name: 'cases.csv', rows: 250_123, fractionRead: 0.0962 },
    ]);
    expect(problem).toMatchObject({ code: 'load-too-many-rows', severity: 'error' });
    expect(problem.message).toBe(
      'cases.csv holds about 2,600,031 rows (reading stopped at row 250,123, 9% into the file), over the 250,000 rows a load may hold so that every view stays responsive; nothing was loaded.',
    );
  });

  it('names every file and the data on screen, with the total', () => {
    const problem = tooManyRowsProblem({ limit: 100, base: { name: 'old.csv', rows: 70 } }, [
      { name: 'a.csv', rows: 20 },
      { name: 'b.csv', rows: 11 },
    ]);
    expect(problem.file).toBe('a.csv, b.csv');
    expect(problem.message).toBe(
      'These files and the data on screen hold 101 rows in all (a.csv 20; b.csv 11; the data on screen (old.csv) 70), over the 100 rows a load may hold so that every view stays responsive; nothing was loaded.',
    );
  });
});

describe('loadBaseOf', () => {
  it('sums the bytes of the files behind the data on screen and counts its rows', () => {
    const load = {
      dataset: {
        meta: { title: 'T', source: '', periods: [], notes: '' },
        codebook: { outcomes: [], contactRoutes: [], themes: [], barriers: [], fields: [] },
        cases: [{}, {}],
        learning: [{}],
        published: [],
        screening: [{}],
      },
      facts: {
        files: [
          { name: 'a.csv', bytes: 10 },
          { name: 'b.csv', bytes: 5 },
        ],
        codebookDerived: true,
      },
    } as unknown as Extract<LoadResult, { ok: true }>;
    expect(loadBaseOf(load)).toEqual({ name: 'a.csv, b.csv', bytes: 15, rows: 4 });
  });
});

describe('tooManyCategoriesProblems', () => {
  const categories = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `c${i}`, label: `C ${i}`, order: i }));
  const codebook = (themes: number, forces: number, text = 0) => ({
    outcomes: [],
    contactRoutes: [],
    themes: categories(themes),
    barriers: [],
    fields: [
      { field: 'force', label: 'Police force', categories: categories(forces) },
      { field: 'notes', label: 'Notes', kind: 'text' as const, categories: categories(text) },
    ],
    derived: true,
  });

  it('allows 2,000 categories a list, and a text column any number of values', () => {
    expect(MAX_CATEGORIES).toBe(2_000);
    expect(tooManyCategoriesProblems(codebook(2_000, 2_000, 5_000), 'cases.csv')).toEqual([]);
  });

  it('refuses a list over the limit, naming it and its size', () => {
    const problems = tooManyCategoriesProblems(codebook(2_500, 3_500), 'cases.csv');
    expect(problems.map((p) => [p.code, p.column, p.message])).toEqual([
      [
        'too-many-categories',
        'themes',
        'The data names 2,500 different themes, over the 2,000 a list may hold so that every view stays responsive; nothing was loaded.',
      ],
      [
        'too-many-categories',
        'values of Police force',
        'The data names 3,500 different values of Police force, over the 2,000 a list may hold so that every view stays responsive; nothing was loaded.',
      ],
    ]);
  });

  it('says "more than" for a list whose reading stopped one past the limit', () => {
    const [problem] = tooManyCategoriesProblems(codebook(2_001, 1), 'cases.csv');
    expect(problem?.message).toMatch(/^The data names more than 2,000 different themes, /);
  });
});
