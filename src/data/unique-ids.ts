/**
 * Numbering of repeated ids (`id-2`, `id-3`, ...) in constant time per id on average. Counting up
 * from 2 on every repeat is quadratic: 500,000 rows titled alike took hours. Ids are never given
 * back, so every number below where the count last stopped is still taken; the count for each id
 * is remembered per set of taken ids (a WeakMap keeps the callers' signatures and frees the counts
 * with the set).
 */
const countsBySet = new WeakMap<object, Map<string, number>>();

function countsFor(taken: object): Map<string, number> {
  let counts = countsBySet.get(taken);
  if (counts === undefined) {
    counts = new Map();
    countsBySet.set(taken, counts);
  }
  return counts;
}

/**
 * The first `${id}-${n}` (n ≥ 2) that `isTaken` says is free, as counting up from 2 would find,
 * for a set of ids (`taken`) that only grows. The caller records the id returned as taken.
 */
export function numberedId(id: string, taken: object, isTaken: (id: string) => boolean): string {
  const counts = countsFor(taken);
  let n = counts.get(id) ?? 2;
  let candidate = `${id}-${n}`;
  while (isTaken(candidate)) {
    n += 1;
    candidate = `${id}-${n}`;
  }
  counts.set(id, n + 1);
  return candidate;
}

/** Per key, a run of counts `[start, end)` known to be taken. */
const runsBySet = new WeakMap<object, Map<string, { start: number; end: number }>>();

/**
 * The first count from `from` up for which `isTaken(count)` is false, as counting up would find,
 * skipping at once a run of counts an earlier call under the same `key` already found taken. The
 * caller records the count returned as taken.
 */
export function nextFreeCount(
  from: number,
  key: string,
  taken: object,
  isTaken: (count: number) => boolean,
): number {
  let runs = runsBySet.get(taken);
  if (runs === undefined) {
    runs = new Map();
    runsBySet.set(taken, runs);
  }
  const run = runs.get(key);
  const inRun = run !== undefined && from >= run.start && from <= run.end;
  let count = inRun ? run.end : from;
  while (isTaken(count)) count += 1;
  runs.set(key, { start: inRun ? run.start : from, end: count + 1 });
  return count;
}
