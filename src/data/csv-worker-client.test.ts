import { parseCsvInWorker } from './csv-worker-client';

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer;

describe('parseCsvInWorker without Worker (jsdom)', () => {
  it('has no Worker here, so the main-thread path is the one tested', () => {
    expect(typeof Worker).toBe('undefined');
  });

  it('returns the table with what was detected, reporting progress', async () => {
    const fractions: number[] = [];
    const parsed = await parseCsvInWorker(bytesOf('id\ttitle\n1\t"A, B"\n'), 'cases.tsv', {
      onProgress: (f) => fractions.push(f),
    });
    expect(parsed).toEqual({
      table: { header: ['id', 'title'], rows: [['1', 'A, B']], rowNumbers: [2], problems: [] },
      encoding: 'utf-8',
      delimiter: '\t',
      binary: false,
    });
    expect(fractions.at(-1)).toBe(1);
  });

  it('rejects with an AbortError when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const parse = parseCsvInWorker(bytesOf('a\n1\n'), 'f.csv', { signal: controller.signal });
    await expect(parse).rejects.toMatchObject({ name: 'AbortError' });
    await expect(parse).rejects.toBeInstanceOf(DOMException);
  });

  it('rejects with an AbortError when aborted while parsing', async () => {
    const controller = new AbortController();
    const parse = parseCsvInWorker(bytesOf(`id\n${'1\n'.repeat(300_000)}`), 'big.csv', {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(parse).rejects.toMatchObject({ name: 'AbortError', message: 'Reading big.csv was cancelled.' });
  });
});
