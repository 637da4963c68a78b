/**
 * The reader's knowledge as one integer system over every quantity it names, built once per
 * reader and kept in step as counts are hidden: quantities interned to integer ids, equations as
 * flat typed arrays (Σ coef · x = 0, a shown count being an unknown whose interval is its value),
 * each unknown's interval what the reader knows of it. Hiding a count only changes its interval,
 * so nothing is rebuilt per question (see local-search.ts).
 */
import type { DisclosureEquation } from './disclosure-types';
import {
  internEquation,
  internQuantity,
  truthOf,
  type InternedRow,
  type Interner,
} from './interner';

/** The integer system of one reader, with the scratch its searches reuse. */
export interface ReaderSystem {
  /** Quantity → unknown (shared by the systems of one interner: see {@link unknownOf}). */
  index: ReadonlyMap<string, number>;
  names: readonly string[];
  /** How many unknowns the system has (ids from `size` on are another system's). */
  size: number;
  /**
   * A solution of the equations that searches start from: each unknown's true value, and for
   * one whose truth no screen or equation gives, a value that completes the solution (NaN until
   * {@link completeReference} finds one).
   */
  reference: Float64Array;
  /** Equation e's terms are `vars` / `coefs` from `start[e]` to `start[e + 1]`; Σ = 0. */
  start: Int32Array;
  vars: Int32Array;
  coefs: Float64Array;
  /** Unknown v's equations are `occ` from `occStart[v]` to `occStart[v + 1]`, with its coefficient. */
  occStart: Int32Array;
  occ: Int32Array;
  occCoef: Float64Array;
  /** What the reader knows of each unknown (a search narrows these and puts them back). */
  lo: Float64Array;
  hi: Float64Array;
  /**
   * Σ coef · point of each equation, where the point is each unknown's reference kept in its
   * interval (its lowest value where there is none): 0 unless some reference is missing.
   */
  residual: Float64Array;
  /**
   * How many of each equation's unknowns the reader does not know (interval wider than one
   * value, before any search narrows it). An equation with none relates shown counts only: no
   * question can reach it, so it is never counted broken (as no component holds it).
   */
  unknownTerms: Int32Array;
  /**
   * The equations, with an unknown, whose residual is not 0, as an indexed set (position -1: not
   * in it).
   */
  broken: Int32Array;
  brokenPos: Int32Array;
  brokenCount: number;
}

/** The point an unknown takes: its reference within its interval, else its lowest value. */
export function pointOf(system: ReaderSystem, v: number): number {
  const truth = system.reference[v] as number;
  const lo = system.lo[v] as number;
  if (Number.isNaN(truth)) return lo;
  const hi = system.hi[v] as number;
  return truth < lo ? lo : truth > hi ? hi : truth;
}

function markBroken(system: ReaderSystem, e: number): void {
  const nonzero = system.residual[e] !== 0 && (system.unknownTerms[e] as number) > 0;
  const pos = system.brokenPos[e] as number;
  if (nonzero && pos < 0) {
    system.broken[system.brokenCount] = e;
    system.brokenPos[e] = system.brokenCount;
    system.brokenCount += 1;
  } else if (!nonzero && pos >= 0) {
    system.brokenCount -= 1;
    const last = system.broken[system.brokenCount] as number;
    system.broken[pos] = last;
    system.brokenPos[last] = pos;
    system.brokenPos[e] = -1;
  }
}

/**
 * Sets an unknown's interval and keeps the residuals in step (the point moves with the
 * interval only where the truth falls outside it).
 */
export function setInterval(system: ReaderSystem, v: number, lo: number, hi: number): void {
  const before = pointOf(system, v);
  system.lo[v] = lo;
  system.hi[v] = hi;
  const delta = pointOf(system, v) - before;
  if (delta === 0) return;
  const { occStart, occ, occCoef, residual } = system;
  for (let i = occStart[v] as number; i < (occStart[v + 1] as number); i += 1) {
    const e = occ[i] as number;
    residual[e] = (residual[e] as number) + (occCoef[i] as number) * delta;
    markBroken(system, e);
  }
}

/**
 * Sets what the reader knows of unknown v (its interval outside any search), keeping count of
 * the unknowns of each equation the reader does not know.
 */
export function setReaderInterval(system: ReaderSystem, v: number, lo: number, hi: number): void {
  const change = Number(lo !== hi) - Number(system.lo[v] !== system.hi[v]);
  if (change !== 0)
    for (let i = system.occStart[v] as number; i < (system.occStart[v + 1] as number); i += 1) {
      const e = system.occ[i] as number;
      system.unknownTerms[e] = (system.unknownTerms[e] as number) + change;
    }
  setInterval(system, v, lo, hi);
  if (change !== 0)
    for (let i = system.occStart[v] as number; i < (system.occStart[v + 1] as number); i += 1)
      markBroken(system, system.occ[i] as number);
}

/**
 * The system of `equations` over the quantities `interner` has ids for (give it `quantities`
 * and every quantity the equations name first), with true values from `truth`, each of
 * `quantities` in the interval `intervalOf` gives and every other quantity in [0, `bound`].
 * Systems built from one interner share its ids.
 */
export function readerSystem(
  interner: Interner,
  quantities: Iterable<string>,
  equations: readonly DisclosureEquation[],
  truth: ReadonlyMap<string, number>,
  bound: number,
  intervalOf: (quantity: string) => readonly [number, number],
): ReaderSystem {
  for (const q of quantities) internQuantity(interner, q);
  const m = equations.length;
  const rows: InternedRow[] = [];
  const start = new Int32Array(m + 1);
  for (let e = 0; e < m; e += 1) {
    const row = internEquation(interner, equations[e] as DisclosureEquation);
    rows.push(row);
    start[e + 1] = (start[e] as number) + row.vars.length;
  }
  const { index, names } = interner;
  const n = names.length;
  const vars = new Int32Array(start[m] as number);
  const coefs = new Float64Array(start[m] as number);
  const occStart = new Int32Array(n + 1);
  for (let e = 0; e < m; e += 1) {
    const row = rows[e] as InternedRow;
    vars.set(row.vars, start[e] as number);
    coefs.set(row.coefs, start[e] as number);
    for (const v of row.vars) occStart[v + 1] = (occStart[v + 1] as number) + 1;
  }
  for (let v = 0; v < n; v += 1)
    occStart[v + 1] = (occStart[v + 1] as number) + (occStart[v] as number);
  const occ = new Int32Array(vars.length);
  const occCoef = new Float64Array(vars.length);
  const filled = occStart.slice(0, n);
  for (let e = 0; e < m; e += 1)
    for (let j = start[e] as number; j < (start[e + 1] as number); j += 1) {
      const v = vars[j] as number;
      const slot = filled[v] as number;
      occ[slot] = e;
      occCoef[slot] = coefs[j] as number;
      filled[v] = slot + 1;
    }
  const reference = truthOf(interner, truth).slice(0, n);
  const lo = new Float64Array(n);
  const hi = new Float64Array(n).fill(bound);
  for (const q of quantities) {
    const v = index.get(q) as number;
    const [low, high] = intervalOf(q);
    lo[v] = low;
    hi[v] = high;
  }
  const system: ReaderSystem = {
    index,
    names,
    size: n,
    reference,
    start,
    vars,
    coefs,
    occStart,
    occ,
    occCoef,
    lo,
    hi,
    residual: new Float64Array(m),
    unknownTerms: new Int32Array(m),
    broken: new Int32Array(m),
    brokenPos: new Int32Array(m).fill(-1),
    brokenCount: 0,
  };
  for (let e = 0; e < m; e += 1)
    for (let j = start[e] as number; j < (start[e + 1] as number); j += 1) {
      const v = vars[j] as number;
      if (lo[v] !== hi[v]) system.unknownTerms[e] = (system.unknownTerms[e] as number) + 1;
    }
  recomputeResiduals(system);
  return system;
}

/** Marks for one walk over a system's unknowns and equations (see {@link startWalk}). */
export interface Walk {
  /** `unknowns[v] === stamp`: v met on this walk; likewise `equations[e]`. */
  unknowns: Int32Array;
  equations: Int32Array;
  stamp: number;
}

const walks = new WeakMap<ReaderSystem, Walk>();

/**
 * Fresh marks for a walk over `system` (one walk at a time: starting another forgets this one's),
 * without clearing arrays the size of the system for every walk.
 */
export function startWalk(system: ReaderSystem): Walk {
  let walk = walks.get(system);
  if (walk === undefined) {
    walk = {
      unknowns: new Int32Array(system.size),
      equations: new Int32Array(system.residual.length),
      stamp: 0,
    };
    walks.set(system, walk);
  }
  walk.stamp += 1;
  return walk;
}

/** The unknown of `quantity` in `system`, if the system has one. */
export function unknownOf(system: ReaderSystem, quantity: string): number | undefined {
  const v = system.index.get(quantity);
  return v !== undefined && v < system.size ? v : undefined;
}

/** Every equation's residual at the point, from scratch. */
export function recomputeResiduals(system: ReaderSystem): void {
  const { start, vars, coefs } = system;
  for (let e = 0; e < system.residual.length; e += 1) {
    let sum = 0;
    for (let j = start[e] as number; j < (start[e + 1] as number); j += 1)
      sum += (coefs[j] as number) * pointOf(system, vars[j] as number);
    system.residual[e] = sum;
    markBroken(system, e);
  }
}
