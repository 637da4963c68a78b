/**
 * Whether a hidden quantity keeps at least two possible values given what the reader knows, and
 * which values it can take. Exact (integer search), within a work budget; when the budget runs
 * out the answer is "determined", so the caller hides more rather than less.
 */
import { defaultWorkBudget, propagate, searchSolution, type IntegerSystem } from './integer-system';
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

/** A component system with its root propagation, shared by every question about it. */
interface RootedComponent {
  system: IntegerSystem;
  index: ReadonlyMap<string, number>;
  lo: Float64Array;
  hi: Float64Array;
  outcome: boolean | 'exhausted';
}

const components = new WeakMap<
  ReaderKnowledge,
  { version: number; byQuantity: Map<string, RootedComponent> }
>();

/**
 * The component of `quantity` and its root propagation, built once per version of the
 * knowledge (until a count is hidden, every quantity of the component shares it).
 */
function rootedComponent(
  knowledge: ReaderKnowledge,
  quantity: string,
  workBudget: number,
): RootedComponent {
  let cache = components.get(knowledge);
  if (cache?.version !== knowledge.version) {
    cache = { version: knowledge.version, byQuantity: new Map() };
    components.set(knowledge, cache);
  }
  const cached = cache.byQuantity.get(quantity);
  if (cached) return cached;
  const system = componentSystem(knowledge, quantity);
  const lo = system.lo.slice();
  const hi = system.hi.slice();
  const all = system.constraints.map((_, i) => i);
  const outcome = propagate(system, lo, hi, all, { left: workBudget });
  const index = new Map(system.names.map((name, v) => [name, v]));
  const rooted = { system, index, lo, hi, outcome };
  for (const name of system.names) cache.byQuantity.set(name, rooted);
  return rooted;
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
  const { system, index, lo, hi, outcome } = rootedComponent(knowledge, quantity, workBudget);
  const budget = { left: workBudget };
  if (outcome === 'exhausted') return { uncertain: false, exhausted: true, values: [] };
  if (!outcome) return { uncertain: false, exhausted: false, values: [] };
  const v = index.get(quantity) ?? 0;
  const truth = system.truth[v] as number;
  const low = lo[v] as number;
  const high = hi[v] as number;
  if (low === high) return { uncertain: false, exhausted: false, values: [low] };
  let exhausted = false;
  for (const [from, to] of [
    [low, truth - 1],
    [truth + 1, high],
  ] as const) {
    if (!(from <= to)) continue;
    const sideLo = lo.slice();
    const sideHi = hi.slice();
    sideLo[v] = from;
    sideHi[v] = to;
    const found = searchSolution(system, sideLo, sideHi, budget, system.constraintsOf[v]);
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
  const { system, index, lo, hi, outcome } = rootedComponent(knowledge, quantity, workBudget);
  const budget = { left: workBudget };
  if (outcome !== true) return { values: [], complete: outcome === false };
  const v = index.get(quantity) ?? 0;
  const values: number[] = [];
  for (let x = lo[v] as number; x <= (hi[v] as number); x += 1) {
    if (values.length >= limit) return { values, complete: false };
    const pinnedLo = lo.slice();
    const pinnedHi = hi.slice();
    pinnedLo[v] = x;
    pinnedHi[v] = x;
    const found = searchSolution(system, pinnedLo, pinnedHi, budget, system.constraintsOf[v]);
    if (found === 'exhausted') return { values, complete: false };
    if (found instanceof Float64Array) values.push(x);
  }
  return { values, complete: true };
}
