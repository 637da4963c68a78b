/**
 * Whether a hidden quantity keeps at least two possible values given what the reader knows, and
 * which values it can take. Exact (integer search), within a work budget; when the budget runs
 * out the answer is "determined", so the caller hides more rather than less.
 */
import {
  defaultWorkBudget,
  propagate,
  searchSolution,
  type IntegerSystem,
  type WorkBudget,
} from './integer-system';
import { componentSystem } from './component-system';
import { derivedValues, mustStayUncertain, type ReaderKnowledge } from './reader-knowledge';

/** What the solver concluded about one hidden quantity. */
export interface Verdict {
  /** At least two values are possible. */
  uncertain: boolean;
  /** The budget ran out before an answer (then `uncertain` is false). */
  exhausted: boolean;
  /** When not uncertain and not exhausted: the one value possible (none if the facts conflict). */
  values: readonly number[];
}

/**
 * Quantities already shown to keep two possible values. Hiding more only widens what is
 * possible, so a quantity stays in this set for as long as the knowledge only loses counts.
 */
export type Settled = Set<string>;

/** Root propagation of the component of `quantity`; false when the facts conflict. */
function rootIntervals(system: IntegerSystem, budget: WorkBudget) {
  const lo = system.lo.slice();
  const hi = system.hi.slice();
  const outcome = propagate(
    system,
    lo,
    hi,
    system.constraints.map((_, i) => i),
    budget,
  );
  return { lo, hi, outcome };
}

/** Adds to `settled` every quantity that must stay uncertain and differs in `solution` from its truth. */
function settleFrom(
  knowledge: ReaderKnowledge,
  system: IntegerSystem,
  solution: Float64Array,
  settled: Settled,
): void {
  system.names.forEach((name, v) => {
    if (solution[v] !== system.truth[v] && mustStayUncertain(knowledge, name)) settled.add(name);
  });
}

/**
 * Does `quantity` (hidden, with a known true value) keep two possible values? Looks for a
 * solution of the reader's system where it differs from its truth, below and then above; each
 * solution found also settles every other quantity it moves.
 */
export function judgeUncertainty(
  knowledge: ReaderKnowledge,
  quantity: string,
  settled: Settled,
  workBudget = defaultWorkBudget,
): Verdict {
  if (settled.has(quantity)) return { uncertain: true, exhausted: false, values: [] };
  const derived = derivedValues(knowledge).get(quantity);
  if (derived !== undefined) return { uncertain: false, exhausted: false, values: [derived] };
  const system = componentSystem(knowledge, quantity);
  const budget = { left: workBudget };
  const { lo, hi, outcome } = rootIntervals(system, budget);
  if (outcome === 'exhausted') return { uncertain: false, exhausted: true, values: [] };
  if (!outcome) return { uncertain: false, exhausted: false, values: [] };
  const truth = system.truth[0] as number;
  const low = lo[0] as number;
  const high = hi[0] as number;
  if (low === high) return { uncertain: false, exhausted: false, values: [low] };
  let exhausted = false;
  for (const [from, to] of [
    [low, truth - 1],
    [truth + 1, high],
  ] as const) {
    if (!(from <= to)) continue;
    const sideLo = lo.slice();
    const sideHi = hi.slice();
    sideLo[0] = from;
    sideHi[0] = to;
    const found = searchSolution(system, sideLo, sideHi, budget, system.constraintsOf[0]);
    if (found instanceof Float64Array) {
      settled.add(quantity);
      settleFrom(knowledge, system, found, settled);
      return { uncertain: true, exhausted: false, values: [] };
    }
    if (found === 'exhausted') exhausted = true;
  }
  return { uncertain: false, exhausted, values: exhausted ? [] : [truth] };
}

/** The values a hidden quantity can take, in order, up to `limit` of them. */
export interface FeasibleValues {
  values: readonly number[];
  /** False when the list stops at `limit` or the budget, so more values may be possible. */
  complete: boolean;
}

/** Lists the values `quantity` can take given what the reader knows (tries each in turn). */
export function feasibleValues(
  knowledge: ReaderKnowledge,
  quantity: string,
  limit: number,
  workBudget = defaultWorkBudget,
): FeasibleValues {
  const derived = derivedValues(knowledge).get(quantity);
  if (derived !== undefined) return { values: [derived], complete: true };
  const system = componentSystem(knowledge, quantity);
  const budget = { left: workBudget };
  const { lo, hi, outcome } = rootIntervals(system, budget);
  if (outcome !== true) return { values: [], complete: outcome === false };
  const values: number[] = [];
  for (let x = lo[0] as number; x <= (hi[0] as number); x += 1) {
    if (values.length >= limit) return { values, complete: false };
    const pinnedLo = lo.slice();
    const pinnedHi = hi.slice();
    pinnedLo[0] = x;
    pinnedHi[0] = x;
    const found = searchSolution(system, pinnedLo, pinnedHi, budget, system.constraintsOf[0]);
    if (found === 'exhausted') return { values, complete: false };
    if (found instanceof Float64Array) values.push(x);
  }
  return { values, complete: true };
}
