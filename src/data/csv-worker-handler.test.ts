import { createCsvWorkerHandler, type CsvWorkerResponse } from './csv-worker-handler';

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer;

describe('createCsvWorkerHandler', () => {
  it('posts progress, then the result for the request id', async () => {
    const posted: CsvWorkerResponse[] = [];
    const handle = createCsvWorkerHandler((message) => posted.push(message));
    await handle({ type: 'parse', id: 7, bytes: bytesOf('a;b\n1;2\n'), file: 'f.csv' });
    const result = posted.at(-1);
    expect(result).toEqual({
      type: 'result',
      id: 7,
      table: { header: ['a', 'b'], rows: [['1', '2']], rowNumbers: [2], problems: [] },
      encoding: 'utf-8',
      delimiter: ';',
      binary: false,
    });
    expect(posted.slice(0, -1)).toEqual([{ type: 'progress', id: 7, fraction: 1 }]);
  });

  it('stops a parse when a cancel for its id arrives, and only that parse', async () => {
    const posted: CsvWorkerResponse[] = [];
    const handle = createCsvWorkerHandler((message) => posted.push(message));
    const big = bytesOf(`id\n${'1\n'.repeat(300_000)}`);
    const cancelled = handle({ type: 'parse', id: 1, bytes: big, file: 'big.csv' });
    const kept = handle({ type: 'parse', id: 2, bytes: bytesOf('id\n1\n'), file: 'small.csv' });
    await handle({ type: 'cancel', id: 1 });
    await Promise.all([cancelled, kept]);
    expect(posted.filter((m) => m.type !== 'progress').map((m) => `${m.type}:${m.id}`)).toEqual([
      'result:2',
      'cancelled:1',
    ]);
  });
});
