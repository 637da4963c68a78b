/**
 * An exact solver for the small integer systems disclosure control asks about: integer unknowns,
 * each in an interval, tied by linear equations (Σ coef·x = rhs). Interval propagation narrows
 * the intervals; a depth-first search with propagation at every node finds a solution or proves
 * there is none. A work budget bounds both: when it
 * runs out the search says so, and callers read that in the conservative direction.
 */

/** One linear equation over the unknowns: Σ coefs[i] · x[vars[i]] = rhs. */
export interface LinearConstraint {
  vars: readonly number[];
  coefs: readonly number[];
  rhs: number;
}

/** Unknowns with their intervals and the equations that tie them. */
export interface IntegerSystem {
  /** The quantity each unknown stands for. */
  names: readonly string[];
  lo: Float64Array;
  hi: Float64Array;
  /** The true value of each unknown, or NaN where it is not known (used to order the search). */
  truth: Float64Array;
  constraints: readonly LinearConstraint[];
  /** For each unknown, the constraints it appears in. */
  constraintsOf: readonly (readonly number[])[];
}

/** Work left: one unit per constraint revision and per search node. */
export interface WorkBudget {
  left: number;
}

/** The default work budget of one question to the solver (a few milliseconds at most). */
export const defaultWorkBudget = 200_000;

/** A solution, or a proof that there is none, or the budget ran out first. */
export type SearchOutcome = Float64Array | 'infeasible' | 'exhausted';

/**
 * Narrows `lo`/`hi` in place until every constraint is bounds-consistent. Returns false when
 * some interval empties (no solution), 'exhausted' when the budget runs out first.
 */
export function propagate(
  system: IntegerSystem,
  lo: Float64Array,
  hi: Float64Array,
  queue: number[],
  budget: WorkBudget,
): boolean | 'exhausted' {
  const queued = new Uint8Array(system.constraints.length);
  for (const c of queue) queued[c] = 1;
  while (queue.length > 0) {
    if ((budget.left -= 1) < 0) return 'exhausted';
    const c = queue.pop() as number;
    queued[c] = 0;
    const { vars, coefs, rhs } = system.constraints[c] as LinearConstraint;
    let minSum = 0;
    let maxSum = 0;
    for (let i = 0; i < vars.length; i += 1) {
      const a = coefs[i] as number;
      const v = vars[i] as number;
      minSum += a > 0 ? a * (lo[v] as number) : a * (hi[v] as number);
      maxSum += a > 0 ? a * (hi[v] as number) : a * (lo[v] as number);
    }
    if (minSum > rhs || maxSum < rhs) return false;
    for (let i = 0; i < vars.length; i += 1) {
      const a = coefs[i] as number;
      const v = vars[i] as number;
      const low = lo[v] as number;
      const high = hi[v] as number;
      // The bounds a·x can take given every other term's interval.
      const restMin = minSum - (a > 0 ? a * low : a * high);
      const restMax = maxSum - (a > 0 ? a * high : a * low);
      const from = a > 0 ? Math.ceil((rhs - restMax) / a) : Math.ceil((rhs - restMin) / a);
      const to = a > 0 ? Math.floor((rhs - restMin) / a) : Math.floor((rhs - restMax) / a);
      if (from <= low && to >= high) continue;
      lo[v] = Math.max(low, from);
      hi[v] = Math.min(high, to);
      if ((lo[v] as number) > (hi[v] as number)) return false;
      for (const other of system.constraintsOf[v] ?? []) {
        if (queued[other] === 0) {
          queued[other] = 1;
          queue.push(other);
        }
      }
    }
  }
  return true;
}

/** Domains this small are split into single values; larger ones are halved. */
const enumerateUpTo = 8;

/** The branches of an unknown's interval, the one holding `target` last (it is popped first). */
function branches(lo: number, hi: number, target: number): Array<[number, number]> {
  if (hi - lo < enumerateUpTo) {
    const values: number[] = [];
    for (let x = lo; x <= hi; x += 1) values.push(x);
    values.sort((a, b) => Math.abs(b - target) - Math.abs(a - target) || b - a);
    return values.map((x) => [x, x]);
  }
  const around: Array<[number, number]> = [];
  if (target + 1 <= hi) around.push([target + 1, hi]);
  if (lo <= target - 1) around.push([lo, target - 1]);
  return [...around, [target, target]];
}

/** Each unknown at its true value (its lowest where the truth is not known), kept in bounds. */
function nearestTruth(system: IntegerSystem, lo: Float64Array, hi: Float64Array): Float64Array {
  const point = new Float64Array(lo.length);
  for (let v = 0; v < lo.length; v += 1) {
    const truth = system.truth[v] as number;
    const wanted = Number.isNaN(truth) ? (lo[v] as number) : truth;
    point[v] = Math.min(hi[v] as number, Math.max(lo[v] as number, wanted));
  }
  return point;
}

/** The first constraint `point` breaks, with what its left side falls short by; -1 if none. */
function firstBroken(system: IntegerSystem, point: Float64Array): [number, number] {
  for (let c = 0; c < system.constraints.length; c += 1) {
    const { vars, coefs, rhs } = system.constraints[c] as LinearConstraint;
    let sum = 0;
    for (let i = 0; i < vars.length; i += 1)
      sum += (coefs[i] as number) * (point[vars[i] as number] as number);
    if (sum !== rhs) return [c, rhs - sum];
  }
  return [-1, 0];
}

/**
 * Depth-first search for one integer solution within `lo`/`hi` (not changed), propagating at
 * every node. A node first tries every unknown at its true value (within bounds): a solution
 * that differs from the truth usually moves only a few unknowns, so this ends most searches
 * early. Otherwise it branches on an unknown of the first equation that point breaks (the one in
 * fewest other equations, then the narrowest), trying first the value that mends it. Complete:
 * when every unknown is fixed, propagation has checked every equation.
 */
export function searchSolution(
  system: IntegerSystem,
  lo: Float64Array,
  hi: Float64Array,
  budget: WorkBudget,
  changed: readonly number[] = system.constraints.map((_, i) => i),
): SearchOutcome {
  const stack: Array<{ lo: Float64Array; hi: Float64Array; changed: readonly number[] }> = [
    { lo: lo.slice(), hi: hi.slice(), changed },
  ];
  while (stack.length > 0) {
    if ((budget.left -= 1) < 0) return 'exhausted';
    const node = stack.pop() as (typeof stack)[number];
    const consistent = propagate(system, node.lo, node.hi, [...node.changed], budget);
    if (consistent === 'exhausted') return 'exhausted';
    if (!consistent) continue;
    const point = nearestTruth(system, node.lo, node.hi);
    const [broken, shortfall] = firstBroken(system, point);
    if (broken < 0) return point;
    const { vars, coefs } = system.constraints[broken] as LinearConstraint;
    // Mend with the unknown that touches the fewest other equations (its change breaks least),
    // then the one whose mending value is within its interval, then the narrowest.
    let pick = -1;
    let coef = 1;
    let best = Number.POSITIVE_INFINITY;
    vars.forEach((v, i) => {
      const low = node.lo[v] as number;
      const high = node.hi[v] as number;
      if (high === low) return;
      const a = coefs[i] as number;
      const wanted = (point[v] as number) + Math.round(shortfall / a);
      const score =
        (system.constraintsOf[v]?.length ?? 0) * 4 +
        (wanted < low || wanted > high ? 2 : 0) +
        (high - low < enumerateUpTo ? 0 : 1);
      if (score < best) {
        best = score;
        pick = v;
        coef = a;
      }
    });
    const low = node.lo[pick] as number;
    const high = node.hi[pick] as number;
    const mend = Math.min(
      high,
      Math.max(low, (point[pick] as number) + Math.round(shortfall / coef)),
    );
    for (const [from, to] of branches(low, high, mend)) {
      const childLo = node.lo.slice();
      const childHi = node.hi.slice();
      childLo[pick] = from;
      childHi[pick] = to;
      stack.push({ lo: childLo, hi: childHi, changed: system.constraintsOf[pick] ?? [] });
    }
  }
  return 'infeasible';
}
