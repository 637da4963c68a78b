import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { assembleDataset } from '../../src/data/assemble';
import { parseCsvBytes } from '../../src/data/csv-bytes';
import { decodeBytes } from '../../src/data/decode';
import { loadFiles, type FileLike } from '../../src/data/load-files';
import { datasetSchema } from '../../src/data/schema';
import type { LoadResult } from '../../src/data/types';

/**
 * Property tests of the loader against random and damaged input: random bytes, the bundled CSV
 * files with bytes flipped, cut, inserted or repeated, and the bundled JSON with parts replaced by
 * random JSON values. Whatever comes in, the loader returns a result (a dataset with its problems,
 * or a refusal with at least one error) and never throws; every problem names its file.
 */

const dataDir = resolve(process.cwd(), 'public/data');
const bundled = (name: string) => new Uint8Array(readFileSync(resolve(dataDir, name)));
const csvNames = [
  'vkpp-2019-11-cases.csv',
  'vkpp-2019-11-learning.csv',
  'vkpp-2019-11-published.csv',
  'vkpp-2019-11-screening.csv',
];
const csvFiles = new Map(csvNames.map((name) => [name, bundled(name)]));
const jsonDocument = JSON.parse(new TextDecoder().decode(bundled('vkpp-2019-11.json'))) as Record<
  string,
  unknown
>;

function fileLike(name: string, bytes: Uint8Array): FileLike {
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
}

/** What must hold of every load, whatever its input. */
function expectWellFormed(result: LoadResult, names: readonly string[]): void {
  expect(typeof result.ok).toBe('boolean');
  for (const problem of result.problems) {
    expect(['error', 'warning', 'info']).toContain(problem.severity);
    expect(problem.message).not.toBe('');
    expect(problem.file).not.toBe('');
    for (const file of problem.file.split(', ')) expect(names).toContain(file);
    if (problem.row !== undefined) expect(problem.column ?? '').not.toBe('');
  }
  for (const fact of result.facts.files)
    expect(fact.rowsRead).toBe(fact.rowsLoaded + fact.rowsRejected);
  if (result.ok) {
    expect(result.problems.some((p) => p.severity === 'error')).toBe(false);
    expect(datasetSchema.safeParse(result.dataset).success).toBe(true);
    expect(result.dataset.cases.length).toBeGreaterThan(0);
  } else {
    expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
  }
}

/** One way of damaging a file's bytes; positions wrap around the file's length. */
type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate-line'; line: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip'), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate'), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert'),
    at: fc.nat(),
    text: fc.constantFrom('"', '""', ',', ';', '\t', '\n', '\r', '\r\n', '"\n', ',"', '\uFEFF'),
  }),
  fc.record({ kind: fc.constant('delete'), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate-line'), line: fc.nat() }),
) as fc.Arbitrary<Mutation>;

function mutate(bytes: Uint8Array, change: Mutation): Uint8Array {
  const size = Math.max(1, bytes.length);
  if (change.kind === 'flip') {
    const out = bytes.slice();
    if (out.length > 0) out[change.at % size] = change.byte;
    return out;
  }
  if (change.kind === 'truncate') return bytes.slice(0, change.at % size);
  if (change.kind === 'delete') {
    const at = change.at % size;
    return Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + change.length)]);
  }
  if (change.kind === 'insert') {
    const at = change.at % size;
    const text = new TextEncoder().encode(change.text);
    return Uint8Array.from([...bytes.subarray(0, at), ...text, ...bytes.subarray(at)]);
  }
  const lines = new TextDecoder().decode(bytes).split('\n');
  const at = change.line % Math.max(1, lines.length);
  lines.splice(at, 0, lines[at] ?? '');
  return new TextEncoder().encode(lines.join('\n'));
}

const binaryNames = fc.constantFrom('data.csv', 'data.tsv', 'data.json', 'data.txt', 'data');

describe('decodeBytes on random bytes', () => {
  it('always returns text and an encoding, with or without a byte order mark', () => {
    const boms: Array<[number[], string]> = [
      [[], ''],
      [[0xef, 0xbb, 0xbf], 'utf-8 with BOM'],
      [[0xff, 0xfe], 'utf-16le with BOM'],
      [[0xfe, 0xff], 'utf-16be with BOM'],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...boms),
        fc.uint8Array({ maxLength: 400 }),
        ([bom, encoding], body) => {
          const decoded = decodeBytes(Uint8Array.from([...bom, ...body]));
          expect(typeof decoded.text).toBe('string');
          expect(typeof decoded.binary).toBe('boolean');
          if (encoding) expect(decoded.encoding).toBe(encoding);
          else expect(['utf-8', 'windows-1252']).toContain(decoded.encoding);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('parseCsvBytes on random bytes', () => {
  it('returns a well-formed table, or an error saying why it could not', () => {
    const csvBytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc
        .string({
          unit: fc.constantFrom('a', 'é', ' ', ',', ';', '\t', '"', '\r', '\n', '<', '='),
          maxLength: 200,
        })
        .map((text) => new TextEncoder().encode(text)),
    );
    fc.assert(
      fc.property(csvBytes, (bytes) => {
        const result = parseCsvBytes(bytes, 'f.csv');
        if (result === 'cancelled') throw new Error('nothing asked the parse to stop');
        const { table } = result;
        for (const row of table.rows) expect(row).toHaveLength(table.header.length);
        expect(table.rowNumbers).toHaveLength(table.rows.length);
        for (const problem of table.problems) {
          expect(problem.file).toBe('f.csv');
          expect(problem.message).not.toBe('');
          if (problem.row !== undefined) expect(problem.column ?? '').not.toBe('');
        }
        if (table.header.length === 0)
          expect(table.problems.some((p) => p.severity === 'error')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('loadFiles on damaged input', () => {
  it('takes random bytes under any name', async () => {
    await fc.assert(
      fc.asyncProperty(binaryNames, fc.uint8Array({ maxLength: 300 }), async (name, bytes) => {
        expectWellFormed(await loadFiles([fileLike(name, bytes)]), [name]);
      }),
      { numRuns: 200 },
    );
  });

  it('takes the bundled CSV files with one of them damaged', async () => {
    const target = fc.constantFrom(...csvNames);
    const changes = fc.array(mutation, { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(target, changes, async (name, list) => {
        const damaged = list.reduce(mutate, csvFiles.get(name) ?? new Uint8Array());
        const files = csvNames.map((n) =>
          fileLike(n, n === name ? damaged : (csvFiles.get(n) ?? damaged)),
        );
        expectWellFormed(await loadFiles(files), csvNames);
      }),
      { numRuns: 150 },
    );
  });

  it('takes a damaged cases file on its own', async () => {
    const name = 'vkpp-2019-11-cases.csv';
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 10 }), async (list) => {
        const damaged = list.reduce(mutate, csvFiles.get(name) ?? new Uint8Array());
        expectWellFormed(await loadFiles([fileLike(name, damaged)]), [name]);
      }),
      { numRuns: 200 },
    );
  });

  it('takes the bundled JSON with its bytes damaged', async () => {
    const bytes = bundled('vkpp-2019-11.json');
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (list) => {
        const damaged = list.reduce(mutate, bytes);
        expectWellFormed(await loadFiles([fileLike('d.json', damaged)]), ['d.json']);
      }),
      { numRuns: 100 },
    );
  });
});

/** Header names the loader knows (and some it must not trip on), to build files it recognises. */
const knownHeaders = [
  'Case ID',
  'Case review title',
  'Area',
  'Police force',
  'Period',
  'Outcome',
  'Outcome sub-category',
  'Child age',
  'Initial police contact',
  'Incident date',
  'Published year',
  'Themes',
  'Inferred',
  'Information sharing',
  'Theme',
  'Summary',
  'Barrier',
  'Kind',
  'Page',
  'Label',
  'Dimension',
  'Category',
  'Count',
  'Percent',
  '%',
  'Denominator',
  'Status',
  'Source',
  '',
  '__proto__',
  'constructor',
];
const trickyCells = [
  '',
  '1',
  'yes',
  'maybe',
  'Death',
  'death',
  '__proto__',
  'toString',
  '2019-13',
  '1,5 years',
  '9007199254740993',
  '-1',
  '55%',
  '<img src=x onerror=alert(1)>',
  '=1+1',
  'a;b',
  'total',
  'outcome',
  'Good practice',
  'Information sharing',
  '"',
  '\n',
];
const knownTable = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...knownHeaders), { minLength: 1, maxLength: 8 }),
    fc.array(fc.array(fc.constantFrom(...trickyCells), { maxLength: 9 }), { maxLength: 6 }),
  )
  .map(([header, rows]) => new TextEncoder().encode(Papa.unparse([header, ...rows])));

describe('loadFiles on files built from known headers and tricky values', () => {
  it('loads or refuses one to three of them together, never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(knownTable, { minLength: 1, maxLength: 3 }), async (tables) => {
        const names = tables.map((_, i) => `part-${i + 1}.csv`);
        const files = tables.map((bytes, i) => fileLike(names[i] ?? '', bytes));
        expectWellFormed(await loadFiles(files), names);
      }),
      { numRuns: 200 },
    );
  });
});

/** A place in the bundled JSON document whose value is replaced. */
const jsonPath = fc.oneof(
  fc.constantFrom(['meta'], ['codebook'], ['cases'], ['learning'], ['published'], ['screening']),
  fc.tuple(
    fc.constantFrom('meta', 'codebook'),
    fc.constantFrom(
      'title',
      'notes',
      'periods',
      'outcomes',
      'themes',
      'fields',
      'barriers',
      'derived',
      'contactRoutes',
      '__proto__',
    ),
  ),
  fc.tuple(fc.constantFrom('cases', 'learning', 'published', 'screening'), fc.nat({ max: 20 })),
  fc.tuple(
    fc.constantFrom('cases', 'learning', 'published', 'screening'),
    fc.nat({ max: 20 }),
    fc.constantFrom(
      'id',
      'title',
      'caseId',
      'themeId',
      'themes',
      'outcome',
      'outcomeSubcategory',
      'childAge',
      'attributes',
      'count',
      'status',
      'summary',
      'kind',
      'barrier',
      'inferred',
      'constructor',
    ),
  ),
);

function replaced(document: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = parent[key];
    if (typeof next !== 'object' || next === null) return copy;
    parent = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (last !== undefined) Object.defineProperty(parent, last, { value, enumerable: true });
  return copy;
}

describe('the bundled JSON with random values in place of its parts', () => {
  it('loads or refuses, never throws', async () => {
    await fc.assert(
      fc.asyncProperty(jsonPath, fc.jsonValue({ maxDepth: 3 }), async (path, value) => {
        const text = JSON.stringify(replaced(jsonDocument, path, value));
        const bytes = new TextEncoder().encode(text);
        expectWellFormed(await loadFiles([fileLike('d.json', bytes)]), ['d.json']);
        const direct = assembleDataset([
          {
            name: 'd.json',
            bytes: bytes.length,
            format: 'json',
            text,
            encoding: 'utf-8',
            problems: [],
          },
        ]);
        expectWellFormed(direct, ['d.json']);
      }),
      { numRuns: 300 },
    );
  });

  it('takes any JSON value as the whole document', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const bytes = new TextEncoder().encode(JSON.stringify(value));
        expectWellFormed(await loadFiles([fileLike('d.json', bytes)]), ['d.json']);
      }),
      { numRuns: 200 },
    );
  });
});
