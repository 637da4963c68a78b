import { DEFAULT_PARSE_TIMEOUT_MS } from '../../src/data/csv-worker-client';
import { loadFiles, type FileLike, type LoadOptions } from '../../src/data/load-files';
import type { LoadResult } from '../../src/data/types';

/**
 * "A parse that fails in the worker or takes more than 10 s is reported to the user within 2 s,
 * never a hang": a stand-in Worker fails or goes quiet, and the load must resolve to a refusal
 * that names the file. jsdom has no Worker, so this file alone installs one.
 */
class StubWorker {
  static created: StubWorker[] = [];
  static throwOnCreate: Error | undefined;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  requestId = -1;

  constructor() {
    if (StubWorker.throwOnCreate) throw StubWorker.throwOnCreate;
    StubWorker.created.push(this);
  }

  postMessage(request: { id: number }) {
    this.requestId = request.id;
  }

  terminate() {
    this.terminated = true;
  }
}

const csv = new TextEncoder().encode('Case review title,Outcome\nKent: Child H,Death\n');
const file: FileLike = {
  name: 'cases.csv',
  size: csv.length,
  arrayBuffer: async () => csv.slice().buffer,
};

function lastWorker(): StubWorker {
  const worker = StubWorker.created.at(-1);
  if (!worker) throw new Error('no worker was started');
  return worker;
}

function expectRefusalNaming(result: LoadResult, message: RegExp) {
  expect(result.ok).toBe(false);
  expect(result.problems).toEqual([
    expect.objectContaining({
      code: 'parse-failed',
      severity: 'error',
      file: 'cases.csv',
      message: expect.stringMatching(message),
    }),
  ]);
  expect(result.problems[0]?.message).toContain('cases.csv');
}

/**
 * Starts a load and lets it run up to the point where the worker has its request. The load is
 * wrapped in an object: an async function returning it bare would wait for it.
 */
async function startLoad(options: LoadOptions = {}): Promise<{ load: Promise<LoadResult> }> {
  const load = loadFiles([file], options);
  // Reading the file takes a few microtasks; no timer runs, so fake clocks stay where they are.
  for (let turn = 0; turn < 100 && StubWorker.created.length === 0; turn++) await Promise.resolve();
  expect(StubWorker.created).toHaveLength(1);
  return { load };
}

describe('loading a CSV when the worker fails', () => {
  beforeEach(() => {
    StubWorker.created = [];
    StubWorker.throwOnCreate = undefined;
    vi.stubGlobal('Worker', StubWorker);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('reports a script error in the worker as a refusal naming the file', async () => {
    const { load } = await startLoad();
    const worker = lastWorker();
    worker.onerror?.({
      message: 'Uncaught RangeError: boom',
      preventDefault: () => {},
    } as ErrorEvent);
    expectRefusalNaming(await load, /could not run: Uncaught RangeError: boom/);
    expect(worker.terminated).toBe(true);
  });

  it('reports an error the worker sends back', async () => {
    const { load } = await startLoad();
    const worker = lastWorker();
    worker.onmessage?.({
      data: { type: 'error', id: worker.requestId, message: 'out of memory' },
    } as MessageEvent);
    expectRefusalNaming(await load, /the CSV reader failed: out of memory/);
  });

  it('reports a worker that cannot be started (for example, blocked by the page policy)', async () => {
    StubWorker.throwOnCreate = new DOMException('Worker creation blocked', 'SecurityError');
    expectRefusalNaming(await loadFiles([file]), /Worker creation blocked/);
  });

  it('stops a worker that goes quiet and reports it, instead of waiting for ever', async () => {
    vi.useFakeTimers();
    const { load } = await startLoad({ timeoutMs: 500 });
    const worker = lastWorker();
    let result: LoadResult | undefined;
    void load.then((r) => (result = r));
    await vi.advanceTimersByTimeAsync(499);
    expect(result).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toBeDefined();
    if (result) expectRefusalNaming(result, /stopped after 0.5 s without progress/);
    expect(worker.terminated).toBe(true);
  });

  it('gives up on a quiet worker after 10 s by default', async () => {
    expect(DEFAULT_PARSE_TIMEOUT_MS).toBe(10_000);
    vi.useFakeTimers();
    const { load } = await startLoad();
    await vi.advanceTimersByTimeAsync(DEFAULT_PARSE_TIMEOUT_MS);
    expectRefusalNaming(await load, /stopped after 10 s without progress/);
  });
});
