import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { decodeBytes } from '../../src/data/decode';
import { loadFiles, type FileLike } from '../../src/data/load-files';
import type { Dataset, LoadProblem, LoadResult } from '../../src/data/types';

/**
 * Loads every file of the bad-input corpus (tests/fixtures/) through the real pipeline and checks
 * it against tests/fixtures/manifest.json. A manifest entry gives the outcome (`ok`, and the cases
 * and learning items loaded) and every warning and error as `{ code, row?, column? }`, in the
 * order reported; info notes such as "the codebook was derived" are left out. `with` names files
 * loaded together with it (a learning file needs its cases). Scripts write the byte-exact fixtures:
 * scripts/write-fixtures.ts.
 */
interface ExpectedProblem {
  code: string;
  row?: number;
  column?: string;
}

interface Expected {
  ok: boolean;
  cases?: number;
  learning?: number;
  problems?: ExpectedProblem[];
  with?: string[];
}

const fixturesDir = resolve(process.cwd(), 'tests/fixtures');
const manifest = JSON.parse(readFileSync(resolve(fixturesDir, 'manifest.json'), 'utf8')) as Record<
  string,
  Expected
>;

function fixture(name: string): FileLike & { bytes: Uint8Array } {
  const bytes = new Uint8Array(readFileSync(resolve(fixturesDir, name)));
  return { name, size: bytes.length, bytes, arrayBuffer: async () => bytes.slice().buffer };
}

async function load(...names: string[]): Promise<LoadResult> {
  return loadFiles(names.map(fixture));
}

function located(problems: readonly LoadProblem[]): ExpectedProblem[] {
  return problems
    .filter((p) => p.severity !== 'info')
    .map(({ code, row, column }) => ({
      code,
      ...(row !== undefined ? { row } : {}),
      ...(column !== undefined ? { column } : {}),
    }));
}

/** Every string held anywhere in the dataset: values, labels, notes. */
function allStrings(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) allStrings(item, into);
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) allStrings(item, into);
  return into;
}

/** Markup, or what a spreadsheet would run as a formula: must come through as the same text. */
const risky = /[<>]|^[=+\-@]/;

/** The risky strings of a file as written, read independently of the loader. */
function riskyStrings(name: string, delimiter: string | undefined): string[] {
  const { text, binary } = decodeBytes(fixture(name).bytes);
  if (binary) return [];
  const strings = name.endsWith('.json')
    ? [...allStrings(JSON.parse(text) as unknown)]
    : Papa.parse<string[]>(text, { delimiter }).data.flat();
  return strings.map((s) => s.trim()).filter((s) => risky.test(s));
}

const delimiters = new Map([
  ['comma', ','],
  ['semicolon', ';'],
  ['tab', '\t'],
]);

describe('the bad-input corpus', () => {
  it('has a manifest entry for every fixture and a fixture for every entry', () => {
    const files = readdirSync(fixturesDir).filter((name) => name !== 'manifest.json');
    expect(Object.keys(manifest).sort()).toEqual(files.sort());
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(Object.entries(manifest))('%s loads as the manifest says', async (name, expected) => {
    const names = [...(expected.with ?? []), name];
    const result = await load(...names);

    expect(result.ok).toBe(expected.ok);
    expect(located(result.problems)).toEqual(expected.problems ?? []);
    if (result.ok) {
      expect(result.dataset.cases).toHaveLength(expected.cases ?? -1);
      if (expected.learning !== undefined)
        expect(result.dataset.learning).toHaveLength(expected.learning);
    } else {
      expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
    }

    for (const problem of result.problems) {
      expect(problem.message).not.toBe('');
      expect(problem.file).not.toBe('');
      for (const file of problem.file.split(', ')) expect(names).toContain(file);
      if (problem.row !== undefined) {
        expect(Number.isInteger(problem.row) && problem.row >= 1).toBe(true);
        expect(problem.column ?? '').not.toBe('');
      }
    }
  });

  it.each(Object.entries(manifest))('%s: every row read is loaded or rejected', async (name, e) => {
    const result = await load(...(e.with ?? []), name);
    for (const fact of result.facts.files) {
      expect(fact.rowsRead).toBe(fact.rowsLoaded + fact.rowsRejected);
      // Each rejected row is reported: at least as many rows carry a problem as were rejected. A
      // JSON row is an item's place in its list, so the list is part of where it is.
      const list = (p: LoadProblem) =>
        fact.kind === 'json' ? /^\w*/.exec(p.column ?? '')?.[0] : '';
      const rows = new Set(
        result.problems
          .filter((p) => p.file === fact.name && p.row !== undefined)
          .map((p) => `${list(p)}:${p.row}`),
      );
      expect(rows.size).toBeGreaterThanOrEqual(fact.rowsRejected);
    }
    if (result.ok) {
      const { cases, learning, published, screening } = result.dataset;
      const loaded = result.facts.files.reduce((sum, fact) => sum + fact.rowsLoaded, 0);
      expect(loaded).toBe(cases.length + learning.length + published.length + screening.length);
    }
  });

  it.each([
    ['markup.csv', ',', 15],
    ['markup-learning.csv', ',', 5],
    ['markup.json', undefined, 12],
    ['formulas.csv', ',', 10],
  ])('%s holds markup or formulas in its text fields', (name, delimiter, count) => {
    expect(riskyStrings(name, delimiter).length).toBeGreaterThanOrEqual(count);
  });

  it.each(Object.entries(manifest).filter(([, e]) => e.ok))(
    '%s: markup and formula-like text comes through as the same plain text',
    async (name, e) => {
      const result = await load(...(e.with ?? []), name);
      if (!result.ok) throw new Error(`${name} was refused`);
      const strings = allStrings(result.dataset);
      const reported = result.problems.map((p) => p.message).join('\n');
      const fact = result.facts.files.find((f) => f.name === name);
      for (const written of riskyStrings(name, delimiters.get(fact?.delimiter ?? ''))) {
        // A `;`-separated list cell (themes) is kept item by item; a value that was not loaded is
        // quoted in the problem that says so.
        const parts = written.split(';').map((part) => part.trim());
        const kept =
          strings.has(written) ||
          parts.every((part) => part === '' || strings.has(part)) ||
          reported.includes(`"${written}"`);
        expect(kept, written).toBe(true);
      }
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
  );
});

const accentedTitle = 'Kent: Child “H”';
const accentedFocus = '‘Café’ visits cost £40 — €45';

function categoryLabel(dataset: Dataset, field: string, id: string | undefined): string {
  const categories = dataset.codebook.fields.find((f) => f.field === field)?.categories ?? [];
  return categories.find((c) => c.id === id)?.label ?? '';
}

describe('values come through exactly', () => {
  it.each([
    ['utf8-bom.csv', 'utf-8 with BOM'],
    ['utf16le-bom.csv', 'utf-16le with BOM'],
    ['utf16be-bom.csv', 'utf-16be with BOM'],
    ['windows-1252.csv', 'windows-1252'],
  ])('%s is read as %s', async (name, encoding) => {
    const result = await load(name);
    if (!result.ok) throw new Error(`${name} was refused`);
    expect(result.facts.files[0]?.encoding).toBe(encoding);
    const [first, second] = result.dataset.cases;
    expect(first?.title).toBe(accentedTitle);
    expect(first?.reviewFocus).toBe(accentedFocus);
    expect(categoryLabel(result.dataset, 'area', first?.area)).toBe('Folkestone – Hythe');
    expect(second?.reviewFocus).toBe('Renée’s account');
  });

  it.each(['utf8-bom.json', 'utf16le-bom.json'])(
    '%s is read with its byte order mark',
    async (name) => {
      const result = await load(name);
      if (!result.ok) throw new Error(`${name} was refused`);
      expect(result.dataset.cases[0]?.title).toBe(accentedTitle);
      expect(result.dataset.meta.notes).toBe('Café – £1');
    },
  );

  it('reads LF, CRLF and CR-only files alike, a quoted line break included', async () => {
    const [lf, crlf, cr] = await Promise.all([
      load('lf.csv'),
      load('crlf.csv'),
      load('cr-only.csv'),
    ]);
    if (!lf.ok || !crlf.ok || !cr.ok) throw new Error('a line-ending fixture was refused');
    expect(lf.dataset.cases[0]?.reviewFocus).toBe('two\nlines');
    expect(crlf.dataset.cases).toEqual(lf.dataset.cases);
    expect(cr.dataset.cases).toEqual(lf.dataset.cases);
  });

  it('keeps doubled quotes, quoted delimiters and tabs', async () => {
    const quotes = await load('doubled-quotes.csv');
    const tabs = await load('tab-delimited.tsv');
    if (!quotes.ok || !tabs.ok) throw new Error('refused');
    expect(quotes.dataset.cases.map((c) => [c.title, c.reviewFocus])).toEqual([
      ['Leeds: Child "Q"', 'She said "no", twice'],
      ['"Quoted" at the start', '"'],
    ]);
    expect(tabs.dataset.cases.map((c) => c.reviewFocus)).toEqual([
      'commas, and; semicolons',
      'a quoted\ttab',
    ]);
  });

  it('keeps a 64 KB free-text cell whole', async () => {
    const result = await load('long-cell.csv');
    if (!result.ok) throw new Error('refused');
    const focus = result.dataset.cases[0]?.reviewFocus ?? '';
    expect(focus).toHaveLength(65535);
    expect(focus.startsWith('The review found, again, that "agencies" did not share; ')).toBe(true);
  });

  it('keeps long numbers and leading zeros as text', async () => {
    const result = await load('big-integers.csv');
    if (!result.ok) throw new Error('refused');
    expect(result.dataset.cases.map((c) => c.id)).toEqual(['12345678901234567890', '007', '0001']);
    const references = result.dataset.cases.map((c) =>
      categoryLabel(result.dataset, 'review-reference', c.attributes[0]?.value),
    );
    expect(references).toEqual(['9007199254740993', '0042', '00000000000000000001']);
  });

  it('reads a semicolon file with decimal commas', async () => {
    const result = await load('semicolon-decimal-comma.csv');
    if (!result.ok) throw new Error('refused');
    const [kent, essex] = result.dataset.cases;
    expect(kent?.childAge).toEqual({ text: '1,5 years', months: 18 });
    expect(categoryLabel(result.dataset, 'score', kent?.attributes[0]?.value)).toBe('2,25');
    expect(categoryLabel(result.dataset, 'force', essex?.force)).toBe('Essex; Police');
    const figures = await load('companion-cases.csv', 'semicolon-published.csv');
    if (!figures.ok) throw new Error('refused');
    expect(figures.dataset.published.map((f) => f.percent)).toEqual([null, 66.7, 33.3]);
  });

  it('reads a "%" column as the percentage and never a blank-headed column', async () => {
    const result = await load('companion-cases.csv', 'published-blank-and-percent-headers.csv');
    if (!result.ok) throw new Error('refused');
    expect(result.dataset.published.map((f) => [f.label, f.count, f.percent])).toEqual([
      ['Deaths', 2, 66.7],
    ]);
  });

  it('gives repeated learning and figure ids fresh ones, keeping every item', async () => {
    const csv = await load('companion-cases.csv', 'learning-duplicate-ids.csv');
    const figures = await load('companion-cases.csv', 'published-duplicate-ids.csv');
    const json = await load('json-duplicates-and-extras.json');
    if (!csv.ok || !figures.ok || !json.ok) throw new Error('refused');
    expect(csv.dataset.learning.map((l) => l.id)).toEqual(['L1', 'L1-2', 'L4', 'L3']);
    expect(figures.dataset.published.map((f) => f.id)).toEqual(['deaths', 'deaths-2']);
    expect(json.dataset.learning.map((l) => l.id)).toEqual(['L1', 'L1-2']);
    expect(json.dataset.published.map((f) => f.id)).toEqual(['f', 'f-2']);
  });

  it('uses prototype names as plain ids and values', async () => {
    const csv = await load('proto-headers.csv');
    const json = await load('proto-keys.json');
    if (!csv.ok || !json.ok) throw new Error('refused');
    expect(csv.dataset.cases.map((c) => [c.id, c.title])).toEqual([
      ['__proto__', 'constructor'],
      ['constructor', 'toString'],
      ['toString', '__proto__'],
    ]);
    expect(csv.dataset.codebook.fields.map((f) => f.label)).toEqual(
      expect.arrayContaining(['__proto__', 'constructor', 'toString', 'hasOwnProperty']),
    );
    expect(json.dataset.cases.map((c) => [c.id, c.outcome])).toEqual([
      ['__proto__', '__proto__'],
      ['constructor', 'constructor'],
    ]);
    expect(json.dataset.learning[0]?.caseId).toBe('__proto__');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
