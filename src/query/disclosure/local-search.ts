/**
 * The exact search of integer-system.ts run in place on a reader's whole system: intervals are
 * narrowed where they are and put back from a trail, and the point (every unknown at its truth,
 * kept in its interval) is kept with the residual of each equation, so a question touches only
 * the unknowns it moves and the equations they are in, however large the view. Depth first, with
 * interval propagation at every node; complete, so "none" is a proof; within a work budget.
 */
import type { WorkBudget } from './integer-system';
import { pointOf, recomputeResiduals, type ReaderSystem } from './reader-system';
import {
  clearQueue,
  enqueueEquationsOf,
  narrow,
  scratchOf,
  undoTo,
  type Scratch,
} from './search-trail';

/** A solution was found, none exists, or the budget ran out first. */
export type LocalOutcome = 'found' | 'infeasible' | 'exhausted';

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
