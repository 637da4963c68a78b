/** A small benchmark harness: warm-up, repeated runs, medians (never single times). */

/** One measured figure. */
export interface BenchFigure {
  figure: string;
  n: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
  /** For paired figures: this median divided by the baseline's. */
  ratio?: number;
  baseline?: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** A full collection when node runs with --expose-gc (as `npm run bench` does). */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Untimed runs go on at least this long, so the sweeping after the collection is done first. */
const WARMUP_MS = 100;

/**
 * Times `run` `runs` times after at least `warmup` untimed runs (and at least {@link WARMUP_MS});
 * returns median, min and max. Starts with a full collection, so the garbage an earlier figure
 * left is not collected in this one's runs.
 */
export function measure(
  figure: string,
  n: number,
  run: () => unknown,
  runs = 15,
  warmup = 3,
): BenchFigure {
  collectGarbage();
  const warmupStart = performance.now();
  for (let i = 0; i < warmup || performance.now() - warmupStart < WARMUP_MS; i += 1) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return {
    figure,
    n,
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    runs,
  };
}

/** Async variant of {@link measure}. */
export async function measureAsync(
  figure: string,
  n: number,
  run: () => Promise<unknown>,
  runs = 10,
  warmup = 2,
): Promise<BenchFigure> {
  collectGarbage();
  const warmupStart = performance.now();
  for (let i = 0; i < warmup || performance.now() - warmupStart < WARMUP_MS; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return {
    figure,
    n,
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    runs,
  };
}

/** Marks `figure` as paired with `baseline`: ratio = figure median / baseline median. */
export function paired(figure: BenchFigure, baseline: BenchFigure): BenchFigure {
  return { ...figure, ratio: figure.medianMs / baseline.medianMs, baseline: baseline.figure };
}

/** Prints the figures as an aligned table. */
export function printTable(figures: readonly BenchFigure[]): void {
  const rows = figures.map((f) => [
    f.figure,
    String(f.n),
    f.medianMs.toFixed(2),
    f.minMs.toFixed(2),
    f.maxMs.toFixed(2),
    f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}× ${f.baseline ?? ''}`,
  ]);
  const header = ['figure', 'N', 'median ms', 'min ms', 'max ms', 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}
