/**
 * The machinery of a search in place on a reader's system: intervals narrowed where they are and
 * put back from a trail, and a queue of equations to revise, reused by every search on the same
 * system (local-search.ts, witness-search.ts).
 */
import { setInterval, type ReaderSystem } from './reader-system';

/** What a search undoes and queues, reused by every search on the same system. */
export interface Scratch {
  trailVar: Int32Array;
  trailLo: Float64Array;
  trailHi: Float64Array;
  trailLength: number;
  queue: Int32Array;
  queueLength: number;
  queued: Uint8Array;
  /** Unknowns met by the current walk of a component (`seen[v] === stamp`). */
  seen: Int32Array;
  stamp: number;
}

const scratches = new WeakMap<ReaderSystem, Scratch>();

/** The scratch of searches on `system`, made on first use. */
export function scratchOf(system: ReaderSystem): Scratch {
  let scratch = scratches.get(system);
  if (scratch === undefined) {
    const m = system.residual.length;
    const size = Math.max(16, system.size);
    scratch = {
      trailVar: new Int32Array(size),
      trailLo: new Float64Array(size),
      trailHi: new Float64Array(size),
      trailLength: 0,
      queue: new Int32Array(m),
      queueLength: 0,
      queued: new Uint8Array(m),
      seen: new Int32Array(system.size),
      stamp: 0,
    };
    scratches.set(system, scratch);
  }
  return scratch;
}

/** Narrows unknown v to [lo, hi], remembering its interval before. */
export function narrow(system: ReaderSystem, s: Scratch, v: number, lo: number, hi: number): void {
  if (s.trailLength === s.trailVar.length) {
    const grow = <T extends Int32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    s.trailVar = grow(s.trailVar);
    s.trailLo = grow(s.trailLo);
    s.trailHi = grow(s.trailHi);
  }
  s.trailVar[s.trailLength] = v;
  s.trailLo[s.trailLength] = system.lo[v] as number;
  s.trailHi[s.trailLength] = system.hi[v] as number;
  s.trailLength += 1;
  setInterval(system, v, lo, hi);
}

/** Puts back every interval narrowed since the trail was `mark` long. */
export function undoTo(system: ReaderSystem, s: Scratch, mark: number): void {
  while (s.trailLength > mark) {
    s.trailLength -= 1;
    const t = s.trailLength;
    setInterval(system, s.trailVar[t] as number, s.trailLo[t] as number, s.trailHi[t] as number);
  }
}

/** Queues every equation of unknown v not queued yet. */
export function enqueueEquationsOf(system: ReaderSystem, s: Scratch, v: number): void {
  for (let i = system.occStart[v] as number; i < (system.occStart[v + 1] as number); i += 1) {
    const e = system.occ[i] as number;
    if (s.queued[e] === 0) {
      s.queued[e] = 1;
      s.queue[s.queueLength] = e;
      s.queueLength += 1;
    }
  }
}

/** Empties the queue. */
export function clearQueue(s: Scratch): void {
  while (s.queueLength > 0) {
    s.queueLength -= 1;
    s.queued[s.queue[s.queueLength] as number] = 0;
  }
}
