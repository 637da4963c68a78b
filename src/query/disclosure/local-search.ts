/**
 * The exact search of integer-system.ts run in place on a reader's whole system: intervals are
 * narrowed where they are and put back from a trail, and the point (every unknown at its truth,
 * kept in its interval) is kept with the residual of each equation, so a question touches only
 * the unknowns it moves and the equations they are in, however large the view. Depth first, with
 * interval propagation at every node; complete, so "none" is a proof; within a work budget.
 */
import type { WorkBudget } from './integer-system';
import { pointOf, recomputeResiduals, setInterval, type ReaderSystem } from './reader-system';

/** A solution was found, none exists, or the budget ran out first. */
export type LocalOutcome = 'found' | 'infeasible' | 'exhausted';

/** What a search undoes and queues, reused by every search on the same system. */
interface Scratch {
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

function scratchOf(system: ReaderSystem): Scratch {
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
function narrow(system: ReaderSystem, s: Scratch, v: number, lo: number, hi: number): void {
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

function undoTo(system: ReaderSystem, s: Scratch, mark: number): void {
  while (s.trailLength > mark) {
    s.trailLength -= 1;
    const t = s.trailLength;
    setInterval(system, s.trailVar[t] as number, s.trailLo[t] as number, s.trailHi[t] as number);
  }
}

function enqueueEquationsOf(system: ReaderSystem, s: Scratch, v: number): void {
  for (let i = system.occStart[v] as number; i < (system.occStart[v + 1] as number); i += 1) {
    const e = system.occ[i] as number;
    if (s.queued[e] === 0) {
      s.queued[e] = 1;
      s.queue[s.queueLength] = e;
      s.queueLength += 1;
    }
  }
}

function clearQueue(s: Scratch): void {
  while (s.queueLength > 0) {
    s.queueLength -= 1;
    s.queued[s.queue[s.queueLength] as number] = 0;
  }
}

/**
 * Narrows intervals until every queued equation is bounds-consistent (as `propagate` of
 * integer-system.ts). 1: consistent; 0: some interval emptied; -1: the budget ran out.
 */
function propagateQueued(system: ReaderSystem, s: Scratch, budget: WorkBudget): number {
  const { start, vars, coefs, lo, hi } = system;
  while (s.queueLength > 0) {
    if ((budget.left -= 1) < 0) return -1;
    s.queueLength -= 1;
    const e = s.queue[s.queueLength] as number;
    s.queued[e] = 0;
    const from = start[e] as number;
    const to = start[e + 1] as number;
    let minSum = 0;
    let maxSum = 0;
    for (let j = from; j < to; j += 1) {
      const a = coefs[j] as number;
      const v = vars[j] as number;
      minSum += a > 0 ? a * (lo[v] as number) : a * (hi[v] as number);
      maxSum += a > 0 ? a * (hi[v] as number) : a * (lo[v] as number);
    }
    if (minSum > 0 || maxSum < 0) return 0;
    for (let j = from; j < to; j += 1) {
      const a = coefs[j] as number;
      const v = vars[j] as number;
      const low = lo[v] as number;
      const high = hi[v] as number;
      // The bounds a·x can take given every other term's interval (Σ = 0).
      const restMin = minSum - (a > 0 ? a * low : a * high);
      const restMax = maxSum - (a > 0 ? a * high : a * low);
      const least = a > 0 ? Math.ceil(-restMax / a) : Math.ceil(-restMin / a);
      const most = a > 0 ? Math.floor(-restMin / a) : Math.floor(-restMax / a);
      if (least <= low && most >= high) continue;
      const newLo = Math.max(low, least);
      const newHi = Math.min(high, most);
      if (newLo > newHi) return 0;
      narrow(system, s, v, newLo, newHi);
      enqueueEquationsOf(system, s, v);
    }
  }
  return 1;
}

/** Domains this small are split into single values; larger ones are halved around the target. */
const enumerateUpTo = 8;

/** The branches of [lo, hi], flattened as from/to pairs, the one holding `target` last. */
function branches(lo: number, hi: number, target: number): number[] {
  const out: number[] = [];
  if (hi - lo < enumerateUpTo) {
    const values: number[] = [];
    for (let x = lo; x <= hi; x += 1) values.push(x);
    values.sort((a, b) => Math.abs(b - target) - Math.abs(a - target) || b - a);
    for (const x of values) out.push(x, x);
    return out;
  }
  if (target + 1 <= hi) out.push(target + 1, hi);
  if (lo <= target - 1) out.push(lo, target - 1);
  out.push(target, target);
  return out;
}

/**
 * The unknown of broken equation e to branch on (the one in fewest other equations, then one
 * whose mending value is in its interval, then the narrowest), with the branches to try; none
 * when every unknown of e is fixed (e cannot be mended: the node has no solution).
 */
function branchOn(system: ReaderSystem, e: number): { v: number; branches: number[] } | undefined {
  const { start, vars, coefs, lo, hi, occStart } = system;
  const shortfall = -(system.residual[e] as number);
  let pick = -1;
  let mend = 0;
  let best = Number.POSITIVE_INFINITY;
  for (let j = start[e] as number; j < (start[e + 1] as number); j += 1) {
    const v = vars[j] as number;
    const low = lo[v] as number;
    const high = hi[v] as number;
    if (low === high) continue;
    const wanted = pointOf(system, v) + Math.round(shortfall / (coefs[j] as number));
    const score =
      ((occStart[v + 1] as number) - (occStart[v] as number)) * 4 +
      (wanted < low || wanted > high ? 2 : 0) +
      (high - low < enumerateUpTo ? 0 : 1);
    if (score < best) {
      best = score;
      pick = v;
      mend = Math.min(high, Math.max(low, wanted));
    }
  }
  if (pick < 0) return undefined;
  return { v: pick, branches: branches(lo[pick] as number, hi[pick] as number, mend) };
}

interface Choice {
  mark: number;
  v: number;
  branches: number[];
  /** Index of the next branch's from (branches are taken from the end). */
  next: number;
}

/**
 * Depth-first search from the equations queued (as `searchSolution` of integer-system.ts, in
 * place): a node propagates, then is a solution when no equation is broken, else branches on an
 * unknown of a broken equation. Calls `onSolution` with each unknown the solution moves off its
 * reference (possibly more than once) and its value; leaves the system as it was at `mark`.
 */
function searchFrom(
  system: ReaderSystem,
  s: Scratch,
  mark: number,
  budget: WorkBudget,
  onSolution: (v: number, value: number) => void,
): LocalOutcome {
  const stack: Choice[] = [];
  let outcome: LocalOutcome = 'infeasible';
  for (;;) {
    if ((budget.left -= 1) < 0) {
      outcome = 'exhausted';
      break;
    }
    const consistent = propagateQueued(system, s, budget);
    if (consistent < 0) {
      outcome = 'exhausted';
      break;
    }
    if (consistent > 0) {
      if (system.brokenCount === 0) {
        for (let t = mark; t < s.trailLength; t += 1) {
          const v = s.trailVar[t] as number;
          const value = pointOf(system, v);
          if (value !== system.reference[v]) onSolution(v, value);
        }
        outcome = 'found';
        break;
      }
      const choice = branchOn(system, system.broken[system.brokenCount - 1] as number);
      if (choice) stack.push({ mark: s.trailLength, ...choice, next: choice.branches.length - 2 });
    }
    clearQueue(s);
    // The next branch: of the deepest choice with one left.
    let top = stack[stack.length - 1];
    while (top !== undefined && top.next < 0) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (top === undefined) break;
    undoTo(system, s, top.mark);
    narrow(
      system,
      s,
      top.v,
      top.branches[top.next] as number,
      top.branches[top.next + 1] as number,
    );
    top.next -= 2;
    enqueueEquationsOf(system, s, top.v);
  }
  clearQueue(s);
  undoTo(system, s, mark);
  return outcome;
}

/**
 * Looks for an integer solution of the reader's system with unknown `x` in [from, to] (within
 * its interval): see {@link searchFrom}. Complete: 'infeasible' is a proof. The system is left
 * as it was.
 */
export function searchNear(
  system: ReaderSystem,
  x: number,
  from: number,
  to: number,
  budget: WorkBudget,
  onSolution: (v: number, value: number) => void,
): LocalOutcome {
  const s = scratchOf(system);
  const mark = s.trailLength;
  const low = Math.max(from, system.lo[x] as number);
  const high = Math.min(to, system.hi[x] as number);
  if (low > high) return 'infeasible';
  narrow(system, s, x, low, high);
  enqueueEquationsOf(system, s, x);
  return searchFrom(system, s, mark, budget, onSolution);
}

/**
 * Queues every equation of x's component (the unknowns the reader does not know linked to x
 * through equations); false, with nothing queued, when it has more than `maxUnknowns` unknowns.
 */
function queueComponent(system: ReaderSystem, s: Scratch, x: number, maxUnknowns: number): boolean {
  const { start, vars, occStart, occ, lo, hi } = system;
  s.stamp += 1;
  const members = [x];
  s.seen[x] = s.stamp;
  for (let next = 0; next < members.length; next += 1) {
    const u = members[next] as number;
    for (let i = occStart[u] as number; i < (occStart[u + 1] as number); i += 1) {
      const e = occ[i] as number;
      if (s.queued[e] === 1) continue;
      s.queued[e] = 1;
      s.queue[s.queueLength] = e;
      s.queueLength += 1;
      for (let j = start[e] as number; j < (start[e + 1] as number); j += 1) {
        const w = vars[j] as number;
        if (s.seen[w] === s.stamp || lo[w] === hi[w]) continue;
        s.seen[w] = s.stamp;
        members.push(w);
        if (members.length > maxUnknowns) {
          clearQueue(s);
          return false;
        }
      }
    }
  }
  return true;
}

/**
 * Asks x's component whether x can take a value in any of `sides` ([from, to] pairs): every
 * equation of the component is first propagated (in place), which alone decides most questions
 * of a small, tightly bound component, then each side is searched as by {@link searchNear}.
 * 'too large' (nothing done) when the component has more than `maxUnknowns` unknowns.
 */
export function searchComponent(
  system: ReaderSystem,
  x: number,
  sides: readonly (readonly number[])[],
  maxUnknowns: number,
  budget: WorkBudget,
  onSolution: (v: number, value: number) => void,
): LocalOutcome | 'too large' {
  const s = scratchOf(system);
  const mark = s.trailLength;
  if (!queueComponent(system, s, x, maxUnknowns)) return 'too large';
  const consistent = propagateQueued(system, s, budget);
  clearQueue(s);
  let outcome: LocalOutcome = consistent < 0 ? 'exhausted' : 'infeasible';
  for (const [from, to] of consistent > 0 ? sides : []) {
    const side = searchNear(system, x, from as number, to as number, budget, onSolution);
    if (side === 'found') {
      outcome = 'found';
      break;
    }
    if (side === 'exhausted') outcome = 'exhausted';
  }
  undoTo(system, s, mark);
  return outcome;
}

/**
 * Gives every unknown without a reference (a quantity whose truth neither a screen nor an
 * equation gives) a value that, with the true values, solves every equation, so that searches
 * start from a solution and mend only what they move. Within the work budget; when it runs out
 * those unknowns keep no reference (searches then mend their equations as well).
 */
export function completeReference(system: ReaderSystem, budget: WorkBudget): void {
  if (system.brokenCount === 0) return;
  const s = scratchOf(system);
  const mark0 = s.trailLength;
  let free = -1;
  system.reference.forEach((value, v) => {
    if (Number.isNaN(value)) free = v;
    else narrow(system, s, v, value, value);
  });
  if (free < 0) {
    undoTo(system, s, mark0);
    return;
  }
  const values = new Map<number, number>();
  const outcome = searchNear(system, free, -Infinity, Infinity, budget, (v, value) =>
    values.set(v, value),
  );
  undoTo(system, s, mark0);
  if (outcome !== 'found') return;
  system.reference.forEach((value, v) => {
    if (Number.isNaN(value)) system.reference[v] = values.get(v) ?? (system.lo[v] as number);
  });
  recomputeResiduals(system);
}

/** Moves a witness may make at most. */
const witnessDepth = 40;

/** A step of the witness search: the moves that may mend one broken equation. */
interface Mend {
  mark: number;
  /** The equation the moves mend. */
  equation: number;
  /** Its moves are pool[from, next + 2) as unknown, value pairs; taken from the end. */
  from: number;
  next: number;
}

/**
 * Whether unknown u at `value` leaves each other equation it is in mendable by one more move
 * (some other unknown not yet fixed can take the value that mends it).
 */
function leavesMendable(system: ReaderSystem, u: number, value: number, e: number): boolean {
  const { start, vars, coefs, lo, hi, occStart, occ, occCoef, residual } = system;
  const delta = value - pointOf(system, u);
  for (let i = occStart[u] as number; i < (occStart[u + 1] as number); i += 1) {
    const f = occ[i] as number;
    if (f === e) continue;
    const r = (residual[f] as number) + (occCoef[i] as number) * delta;
    if (r === 0) continue;
    let mendable = false;
    for (let j = start[f] as number; j < (start[f + 1] as number) && !mendable; j += 1) {
      const w = vars[j] as number;
      if (w === u || lo[w] === hi[w]) continue;
      const step = -r / (coefs[j] as number);
      const at = pointOf(system, w) + step;
      mendable = Number.isInteger(step) && at >= (lo[w] as number) && at <= (hi[w] as number);
    }
    if (!mendable) return false;
  }
  return true;
}

/**
 * Appends to `pool` the moves that mend broken equation e on their own (an unknown not yet
 * fixed, at the value that zeroes the residual), the unknown in fewest equations last (its move
 * breaks the fewest others; tried first). Whether a move leaves the other equations mendable is
 * checked when it is tried.
 */
function pushMends(system: ReaderSystem, e: number, pool: number[]): void {
  const { start, vars, coefs, lo, hi, occStart } = system;
  const residual = system.residual[e] as number;
  const from = pool.length;
  const degree = (u: number) => (occStart[u + 1] as number) - (occStart[u] as number);
  for (let j = start[e] as number; j < (start[e + 1] as number); j += 1) {
    const u = vars[j] as number;
    if (lo[u] === hi[u]) continue;
    const delta = -residual / (coefs[j] as number);
    if (!Number.isInteger(delta)) continue;
    const value = pointOf(system, u) + delta;
    if (value < (lo[u] as number) || value > (hi[u] as number)) continue;
    // Insertion into the pairs already found, by degree, highest first.
    let at = pool.length;
    pool.push(u, value);
    while (at > from && degree(pool[at - 2] as number) < degree(u)) {
      pool[at] = pool[at - 2] as number;
      pool[at + 1] = pool[at - 1] as number;
      at -= 2;
    }
    pool[at] = u;
    pool[at + 1] = value;
  }
}

/**
 * How many unknowns of broken equation e could mend it on their own (not yet fixed, the value
 * that mends it in their interval), counting no further than `limit`.
 */
function countMends(system: ReaderSystem, e: number, limit: number): number {
  const { start, vars, coefs, lo, hi } = system;
  const residual = system.residual[e] as number;
  let count = 0;
  for (let j = start[e] as number; j < (start[e + 1] as number) && count < limit; j += 1) {
    const u = vars[j] as number;
    const low = lo[u] as number;
    const high = hi[u] as number;
    if (low === high) continue;
    const value = pointOf(system, u) - residual / (coefs[j] as number);
    if (value >= low && value <= high && Number.isInteger(value)) count += 1;
  }
  return count;
}

/**
 * The broken equation to mend next: the one with fewest ways to mend it (fail first: one with
 * none ends the branch at once, one with a single way is forced).
 */
function mostConstrained(system: ReaderSystem, budget: WorkBudget): number {
  const { broken } = system;
  let best = broken[system.brokenCount - 1] as number;
  let fewest = countMends(system, best, Number.POSITIVE_INFINITY);
  for (let i = system.brokenCount - 2; i >= 0 && fewest > 1; i -= 1) {
    budget.left -= 1;
    const e = broken[i] as number;
    const count = countMends(system, e, fewest);
    if (count < fewest) {
      best = e;
      fewest = count;
    }
  }
  return best;
}

/**
 * Looks for a solution of the reader's system with unknown `x` at `value` by moves alone: each
 * step fixes one unknown of a broken equation at the value that mends it (the broken equation
 * with fewest such moves first), depth first, at most {@link witnessDepth} moves, no
 * propagation. Cheap, and usually enough, since a second possible value of a count moves only a
 * few others; but incomplete: 'not found' proves nothing. Calls `onSolution` as
 * {@link searchNear} does.
 */
export function searchWitness(
  system: ReaderSystem,
  x: number,
  value: number,
  budget: WorkBudget,
  onSolution: (v: number, value: number) => void,
): 'found' | 'not found' {
  const s = scratchOf(system);
  const mark0 = s.trailLength;
  if (value < (system.lo[x] as number) || value > (system.hi[x] as number)) return 'not found';
  if (!leavesMendable(system, x, value, -1)) return 'not found';
  narrow(system, s, x, value, value);
  const stack: Mend[] = [];
  const pool: number[] = [];
  let outcome: 'found' | 'not found' = 'not found';
  while (budget.left > 0) {
    budget.left -= 1;
    if (system.brokenCount === 0) {
      for (let t = mark0; t < s.trailLength; t += 1) {
        const v = s.trailVar[t] as number;
        const at = pointOf(system, v);
        if (at !== system.reference[v]) onSolution(v, at);
      }
      outcome = 'found';
      break;
    }
    if (stack.length < witnessDepth) {
      const from = pool.length;
      const equation = mostConstrained(system, budget);
      pushMends(system, equation, pool);
      stack.push({ mark: s.trailLength, equation, from, next: pool.length - 2 });
    }
    // The next move: of the deepest step with one left that leaves every equation mendable.
    let u = -1;
    let at = 0;
    let top = stack[stack.length - 1];
    while (top !== undefined && u < 0) {
      if (top.next < top.from) {
        pool.length = top.from;
        stack.pop();
        top = stack[stack.length - 1];
        continue;
      }
      undoTo(system, s, top.mark);
      const move = pool[top.next] as number;
      const value = pool[top.next + 1] as number;
      top.next -= 2;
      budget.left -= 1;
      if (!leavesMendable(system, move, value, top.equation)) continue;
      u = move;
      at = value;
    }
    if (u < 0) break;
    narrow(system, s, u, at, at);
  }
  undoTo(system, s, mark0);
  return outcome;
}
