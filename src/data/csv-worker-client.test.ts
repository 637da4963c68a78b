import { parseCsvInWorker } from './csv-worker-client';
import {
  createCsvWorkerHandler,
  type CsvWorkerRequest,
  type CsvWorkerResponse,
} from './csv-worker-handler';

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
    await expect(parse).rejects.toMatchObject({
      name: 'AbortError',
      message: 'Reading big.csv was cancelled.',
    });
  });
});

/** Stands in for the browser's Worker: records what the client does and answers as told. */
class FakeWorker {
  static last: FakeWorker | undefined;
  onmessage: ((event: MessageEvent<CsvWorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  posted: { request: CsvWorkerRequest; transfer: Transferable[] }[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.last = this;
  }
  postMessage(request: CsvWorkerRequest, transfer: Transferable[]) {
    this.posted.push({ request, transfer });
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: CsvWorkerResponse) {
    this.onmessage?.({ data: message } as MessageEvent<CsvWorkerResponse>);
  }
  get requestId(): number {
    return this.posted[0]?.request.id ?? -1;
  }
}

function lastWorker(): FakeWorker {
  if (!FakeWorker.last) throw new Error('no worker was created');
  return FakeWorker.last;
}

describe('parseCsvInWorker with a Worker', () => {
  beforeEach(() => {
    FakeWorker.last = undefined;
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('starts the module worker, transfers the bytes and resolves with its result', async () => {
    const bytes = bytesOf('a,b\n1,2\n');
    const fractions: number[] = [];
    const parse = parseCsvInWorker(bytes, 'f.csv', { onProgress: (f) => fractions.push(f) });
    const worker = lastWorker();
    expect(worker.url.pathname).toMatch(/\/csv-worker\.ts$/);
    expect(worker.options).toEqual({ type: 'module' });
    expect(worker.posted).toEqual([
      { request: { type: 'parse', id: worker.requestId, bytes, file: 'f.csv' }, transfer: [bytes] },
    ]);
    // The worker's own logic answers, as the real worker would.
    const handle = createCsvWorkerHandler((message) => worker.reply(message));
    const request = worker.posted[0]?.request;
    if (request) await handle(request);
    await expect(parse).resolves.toEqual({
      table: { header: ['a', 'b'], rows: [['1', '2']], rowNumbers: [2], problems: [] },
      encoding: 'utf-8',
      delimiter: ',',
      binary: false,
    });
    expect(fractions).toEqual([1]);
    expect(worker.terminated).toBe(true);
  });

  it('ignores messages about other requests', async () => {
    const parse = parseCsvInWorker(bytesOf('a\n'), 'f.csv');
    const worker = lastWorker();
    worker.reply({ type: 'error', id: worker.requestId + 1, message: 'not yours' });
    worker.reply({ type: 'cancelled', id: worker.requestId });
    await expect(parse).rejects.toMatchObject({ name: 'AbortError' });
  });

  it.each<[string, (worker: FakeWorker) => void, string]>([
    [
      'an error it reports',
      (w) => w.reply({ type: 'error', id: w.requestId, message: 'out of memory' }),
      'the CSV reader failed: out of memory',
    ],
    [
      'a script error',
      (w) => w.onerror?.({ message: 'SyntaxError: x', preventDefault: () => {} } as ErrorEvent),
      'the CSV reader could not run: SyntaxError: x',
    ],
    [
      'a message that cannot be read',
      (w) => w.onmessageerror?.(),
      'the CSV reader sent back a message that could not be read',
    ],
  ])('rejects with an Error on %s and stops the worker', async (_name, fail, message) => {
    const parse = parseCsvInWorker(bytesOf('a\n'), 'f.csv');
    const worker = lastWorker();
    fail(worker);
    await expect(parse).rejects.toThrow(new Error(message));
    expect(worker.terminated).toBe(true);
  });

  it('gives up when the worker goes quiet for the timeout; progress restarts the clock', async () => {
    vi.useFakeTimers();
    let settled = false;
    const parse = parseCsvInWorker(bytesOf('a\n'), 'f.csv', { timeoutMs: 10_000 });
    parse.catch(() => undefined).finally(() => (settled = true));
    const worker = lastWorker();
    await vi.advanceTimersByTimeAsync(9_000);
    worker.reply({ type: 'progress', id: worker.requestId, fraction: 0.5 });
    await vi.advanceTimersByTimeAsync(9_000);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(parse).rejects.toThrow('reading stopped after 10 s without progress');
    expect(worker.terminated).toBe(true);
  });

  it('stops the worker and rejects with an AbortError when aborted', async () => {
    const controller = new AbortController();
    const parse = parseCsvInWorker(bytesOf('a\n'), 'f.csv', { signal: controller.signal });
    const worker = lastWorker();
    controller.abort();
    await expect(parse).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
  });
});
