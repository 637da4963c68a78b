/**
 * A cheap search for a second value of a count: moves alone, each fixing one unknown of a broken
 * equation at the value that mends it, in place on the reader's system (search-trail.ts). Most
 * second values move only a few counts, each mending what the previous one broke; incomplete, so
 * a search that finds nothing proves nothing (the complete search of local-search.ts does).
 */
import type { WorkBudget } from './integer-system';
import { pointOf, type ReaderSystem } from './reader-system';
import { narrow, scratchOf, undoTo } from './search-trail';

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
