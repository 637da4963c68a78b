import { MAX_LOAD_ROWS } from './load-budget';
import { loadFiles, type FileLike } from './load-files';

const MB = 1024 * 1024;

/** A file that must not be read: reading it fails the test. */
function unreadable(name: string, size: number): FileLike {
  return {
    name,
    size,
    arrayBuffer: () => Promise.reject(new Error(`${name} was read`)),
    slice: () => ({
      arrayBuffer: () => Promise.resolve(new TextEncoder().encode('a,b\n1,2\n').buffer),
    }),
  };
}

function csv(name: string, text: string): FileLike {
  const bytes = new TextEncoder().encode(text);
  return {
    name,
    size: bytes.length,
    arrayBuffer: () => Promise.resolve(bytes.slice().buffer),
    slice: (start, end) => ({ arrayBuffer: () => Promise.resolve(bytes.slice(start, end).buffer) }),
  };
}

describe('loadFiles: one budget for a load', () => {
  it('refuses files whose sizes together pass 100 MB, reading none', async () => {
    const result = await loadFiles(['a.csv', 'b.csv', 'c.csv'].map((n) => unreadable(n, 97 * MB)));
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'load-too-large',
        message: expect.stringMatching(/^These files are 291\.0 MB in all \(a\.csv 97\.0 MB, /),
      }),
    ]);
    expect(result.facts.files.map((f) => f.name)).toEqual(['a.csv', 'b.csv', 'c.csv']);
  });

  it('counts the data on screen when files are added to it', async () => {
    const base = { name: 'on-screen.csv', bytes: 80 * MB, rows: 10 };
    const result = await loadFiles([unreadable('more.csv', 30 * MB)], { base });
    expect(result.problems[0]?.message).toMatch(/110\.0 MB in all with the data on screen/);
  });

  it('checks the memory the load would take before reading, from an estimate of its rows', async () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => `c${i},Child ${i}`).join('\n');
    const file = csv('cases.csv', `Case ID,Case review title\n${rows}\n`);
    const refused = await loadFiles([file], { memoryFree: 1_000_000 });
    expect(refused.problems).toEqual([
      expect.objectContaining({
        code: 'load-memory',
        message: expect.stringContaining('about 2,001 rows'),
      }),
    ]);
    const loaded = await loadFiles([file], { memoryFree: 10_000_000 });
    expect(loaded.ok).toBe(true);
  });

  it('counts the rows of the files added against what the data on screen holds', async () => {
    const file = csv('more.csv', 'Case ID,Case review title\nx,X\ny,Y\n');
    const base = { name: 'on-screen.csv', bytes: 1_000, rows: MAX_LOAD_ROWS - 1 };
    const result = await loadFiles([file], { base });
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'load-too-many-rows', file: 'more.csv' }),
    ]);
  });
});
