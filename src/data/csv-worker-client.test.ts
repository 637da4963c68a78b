import { loadInWorker } from './csv-worker-client';
import {
  createCsvWorkerHandler,
  type CsvWorkerRequest,
  type CsvWorkerResponse,
} from './csv-worker-handler';
import type { FileBytes } from './load-steps';
import type { LoadResult } from './types';

const fileOf = (name: string, text: string): FileBytes => ({
  name,
  size: text.length,
  bytes: new TextEncoder().encode(text),
  problems: [],
});

function dataset(result: LoadResult) {
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.dataset;
}

describe('loadInWorker without Worker (jsdom)', () => {
  it('has no Worker here, so the main-thread path is the one tested', () => {
    expect(typeof Worker).toBe('undefined');
  });

  it('returns the load result, reporting progress', async () => {
    const fractions: number[] = [];
    const result = await loadInWorker([fileOf('cases.tsv', 'id\ttitle\n1\t"A, B"\n')], {
      onProgress: (f) => fractions.push(f),
    });
    expect(dataset(result).cases.map((c) => [c.id, c.title])).toEqual([['1', 'A, B']]);
    expect(result.facts.files[0]).toMatchObject({ encoding: 'utf-8', delimiter: 'tab' });
    expect(fractions.at(-1)).toBe(1);
  });

  it('rejects with an AbortError when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const load = loadInWorker([fileOf('f.csv', 'a\n1\n')], { signal: controller.signal });
    await expect(load).rejects.toMatchObject({ name: 'AbortError' });
    await expect(load).rejects.toBeInstanceOf(DOMException);
  });

  it('rejects with an AbortError when aborted while parsing', async () => {
    const controller = new AbortController();
    const load = loadInWorker([fileOf('big.csv', `id\n${'1\n'.repeat(300_000)}`)], {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(load).rejects.toMatchObject({
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

describe('loadInWorker with a Worker', () => {
  beforeEach(() => {
    FakeWorker.last = undefined;
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('starts the module worker, transfers the bytes and resolves with its result', async () => {
    const file = fileOf('f.csv', 'title,Outcome\nA,Death\n');
    const fractions: number[] = [];
    const load = loadInWorker([file], { onProgress: (f) => fractions.push(f) });
    const worker = lastWorker();
    expect(worker.url.pathname).toMatch(/\/csv-worker\.ts$/);
    expect(worker.options).toEqual({ type: 'module' });
    expect(worker.posted).toEqual([
      {
        request: { type: 'load', id: worker.requestId, files: [file] },
        transfer: [file.bytes?.buffer],
      },
    ]);
    // The worker's own logic answers, as the real worker would.
    const handle = createCsvWorkerHandler((message) => worker.reply(message));
    const request = worker.posted[0]?.request;
    if (request) await handle(request);
    expect(dataset(await load).cases.map((c) => c.outcome)).toEqual(['death']);
    expect(fractions.at(-1)).toBe(1);
    expect(worker.terminated).toBe(true);
  });

  it('puts a result sent in parts back together, in order', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `c${i},Case ${i}`).join('\n');
    const load = loadInWorker([fileOf('f.csv', `id,title\n${rows}\n`)]);
    const worker = lastWorker();
    const handle = createCsvWorkerHandler((message) => worker.reply(message));
    const request = worker.posted[0]?.request;
    if (request) await handle(request);
    const cases = dataset(await load).cases;
    expect(cases).toHaveLength(1500);
    expect(cases.map((c) => c.id)).toEqual(Array.from({ length: 1500 }, (_, i) => `c${i}`));
  });

  it('gives the worker longer once only assembling the dataset is left', async () => {
    vi.useFakeTimers();
    let settled = false;
    const big = { ...fileOf('f.csv', 'a\n'), bytes: new Uint8Array(5_000_000) };
    const load = loadInWorker([big], { timeoutMs: 1_000 });
    load.catch(() => undefined).finally(() => (settled = true));
    const worker = lastWorker();
    worker.reply({ type: 'progress', id: worker.requestId, fraction: 1 });
    await vi.advanceTimersByTimeAsync(5_900);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    await expect(load).rejects.toThrow('reading stopped after 6 s without progress');
  });

  it('ignores messages about other requests', async () => {
    const parse = loadInWorker([fileOf('f.csv', 'a\n')]);
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
    const parse = loadInWorker([fileOf('f.csv', 'a\n')]);
    const worker = lastWorker();
    fail(worker);
    await expect(parse).rejects.toThrow(new Error(message));
    expect(worker.terminated).toBe(true);
  });

  it('gives up when the worker goes quiet for the timeout; progress restarts the clock', async () => {
    vi.useFakeTimers();
    let settled = false;
    const parse = loadInWorker([fileOf('f.csv', 'a\n')], { timeoutMs: 10_000 });
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
    const parse = loadInWorker([fileOf('f.csv', 'a\n')], { signal: controller.signal });
    const worker = lastWorker();
    controller.abort();
    await expect(parse).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
  });
});
