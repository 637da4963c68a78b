import { createCsvWorkerHandler, type CsvWorkerResponse } from './csv-worker-handler';
import type { FileBytes } from './load-steps';
import { joinResult } from './result-parts';

const fileOf = (name: string, text: string): FileBytes => ({
  name,
  size: text.length,
  bytes: new TextEncoder().encode(text),
  problems: [],
});

describe('createCsvWorkerHandler', () => {
  it('posts progress, then the load result for the request id', async () => {
    const posted: CsvWorkerResponse[] = [];
    const handle = createCsvWorkerHandler((message) => posted.push(message));
    await handle({ type: 'load', id: 7, files: [fileOf('f.csv', 'title;Outcome\nA;Death\n')] });
    const last = posted.at(-1);
    expect(last?.type).toBe('result');
    if (last?.type !== 'result' || !last.result.ok) throw new Error('expected a dataset');
    expect(last.id).toBe(7);
    expect(last.result.dataset.cases.map((c) => [c.title, c.outcome])).toEqual([['A', 'death']]);
    expect(last.result.facts.files[0]).toMatchObject({ delimiter: 'semicolon', rowsLoaded: 1 });
    expect(posted.slice(0, -1).every((m) => m.type === 'progress' && m.id === 7)).toBe(true);
    expect(posted.at(-2)).toEqual({ type: 'progress', id: 7, fraction: 1 });
  });

  it('sends a large result in parts ahead of the rest, which join to the whole', async () => {
    const posted: CsvWorkerResponse[] = [];
    const handle = createCsvWorkerHandler((message) => posted.push(message));
    const rows = Array.from({ length: 2500 }, (_, i) => `c${i},Case ${i},Death`).join('\n');
    await handle({ type: 'load', id: 4, files: [fileOf('f.csv', `id,title,Outcome\n${rows}\n`)] });
    const parts = posted.flatMap((m) => (m.type === 'part' ? [m.part] : []));
    expect(parts.map((p) => p.cases.length)).toEqual([1000, 1000, 500]);
    const last = posted.at(-1);
    if (last?.type !== 'result') throw new Error('expected the result last');
    const whole = joinResult(parts, last.result);
    if (!whole.ok) throw new Error('expected a dataset');
    expect(whole.dataset.cases).toHaveLength(2500);
    expect(whole.dataset.cases.map((c) => c.id).slice(998, 1002)).toEqual([
      'c998',
      'c999',
      'c1000',
      'c1001',
    ]);
  });

  it('stops a load when a cancel for its id arrives, and only that load', async () => {
    const posted: CsvWorkerResponse[] = [];
    const handle = createCsvWorkerHandler((message) => posted.push(message));
    const big = fileOf('big.csv', `id\n${'1\n'.repeat(300_000)}`);
    const cancelled = handle({ type: 'load', id: 1, files: [big] });
    const kept = handle({ type: 'load', id: 2, files: [fileOf('small.csv', 'id\n1\n')] });
    await handle({ type: 'cancel', id: 1 });
    await Promise.all([cancelled, kept]);
    const outcomes = posted.filter((m) => m.type !== 'progress').map((m) => `${m.type}:${m.id}`);
    expect(outcomes.sort()).toEqual(['cancelled:1', 'result:2']);
  });

  it('posts an error, not a hang, when the work itself fails', async () => {
    const posted: CsvWorkerResponse[] = [];
    const handle = createCsvWorkerHandler((message) => posted.push(message));
    const broken = { name: 'x.csv', size: 1, bytes: null, problems: [] } as unknown as FileBytes;
    const poisoned = { ...fileOf('y.csv', 'id\n1\n'), problems: null } as unknown as FileBytes;
    await handle({ type: 'load', id: 3, files: [broken, poisoned] });
    expect(posted.at(-1)).toMatchObject({ type: 'error', id: 3 });
  });
});
