/**
 * Whether a hidden quantity keeps at least two possible values given what the reader knows, and
 * which values it can take. Exact (integer search), within a work budget; when the budget runs
 * out the answer is "determined", so the caller hides more rather than less.
 *
 * The question is asked of the reader's whole system in place (local-search.ts: it touches only
 * what it moves): a first look with propagation, which settles at once a count the screen gives
 * away; then, for a small component, the component with the equations a reader can derive by
 * elimination (implied-equations.ts), which proves at once what interval reasoning could only
 * prove value by value; for a large one, a few moves that give a second value (usually enough),
 * then the complete search in place, then the component's. Every "uncertain" rests on a solution
 * found; every "determined" on a complete search that found none.
 */
import {
  defaultWorkBudget,
  propagate,
  searchSolution,
  type IntegerSystem,
  type WorkBudget,
} from './integer-system';
import { componentSystem } from './component-system';
import { withImpliedEquations } from './implied-equations';
import { searchComponent, searchNear } from './local-search';
import { searchWitness } from './witness-search';
import { unknownOf } from './reader-system';
import { mustStayUncertain, readerInterval, type ReaderKnowledge } from './reader-knowledge';
import { charge, glanceCost, questionCost } from './work-meter';

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

/** Work the search by moves alone may spend. */
const witnessShare = 1_500;
/** A component's search units count once more for every this many of its unknowns. */
const componentUnitSize = 64;
/** Work a small component's search in place may spend before elimination strengthens it. */
const componentShare = 300;
/** Work the first look at each side may spend. */
const probeShare = 30;
/** Work a cheap look (see findsSecondValue) may spend. */
const glanceShare = 400;
/** Work the complete search in place may spend before the component's search takes over. */
const inPlaceShare = 2_000;
/** Components up to this many unknowns are asked as components (elimination is cheap). */
const smallComponent = 120;

const uncertain: Verdict = { uncertain: true, exhausted: false, values: [] };

/** Spends `share` of `budget` (at most what is left) on `work`, and charges what it used. */
function withShare<T>(budget: WorkBudget, share: number, work: (part: WorkBudget) => T): T {
  const granted = Math.min(budget.left, share);
  const part = { left: granted };
  const result = work(part);
  budget.left -= granted - Math.max(0, part.left);
  return result;
}

/**
 * A component's question (its unknown 0), asked with the equations elimination derives added
 * (implied-equations.ts) and propagated from the root: what the in-place search could not
 * settle is mostly fixed by a combination of equations, which propagation then sees at once.
 */
function componentVerdict(
  knowledge: ReaderKnowledge,
  component: IntegerSystem,
  settled: Settled,
  budget: WorkBudget,
): Verdict {
  const all = (s: IntegerSystem) => s.constraints.map((_, i) => i);
  const lo = component.lo.slice();
  const hi = component.hi.slice();
  let outcome = propagate(component, lo, hi, all(component), budget);
  const system = outcome === true ? withImpliedEquations(component, lo, hi, 0) : component;
  if (outcome === true) outcome = propagate(system, lo, hi, all(system), budget);
  if (outcome === 'exhausted') return { uncertain: false, exhausted: true, values: [] };
  if (!outcome) return { uncertain: false, exhausted: false, values: [] };
  const reference = system.truth[0] as number;
  const low = lo[0] as number;
  const high = hi[0] as number;
  if (low === high) return { uncertain: false, exhausted: false, values: [low] };
  let exhausted = false;
  for (const [from, to] of [
    [low, reference - 1],
    [reference + 1, high],
  ] as const) {
    if (!(from <= to)) continue;
    const sideLo = lo.slice();
    const sideHi = hi.slice();
    sideLo[0] = from;
    sideHi[0] = to;
    const found = searchSolution(system, sideLo, sideHi, budget, system.constraintsOf[0]);
    if (found instanceof Float64Array) {
      settled.add(system.names[0] as string);
      system.names.forEach((name, u) => {
        if (found[u] !== system.truth[u] && mustStayUncertain(knowledge, name)) settled.add(name);
      });
      return uncertain;
    }
    if (found === 'exhausted') exhausted = true;
  }
  return { uncertain: false, exhausted, values: exhausted ? [] : [reference] };
}

/** Settles `quantity` and every unknown a solution found moves that must stay uncertain. */
function settleAll(
  knowledge: ReaderKnowledge,
  quantity: string,
  moved: readonly number[],
  settled: Settled,
): Verdict {
  settled.add(quantity);
  for (const u of moved) {
    const name = knowledge.system.names[u] as string;
    if (mustStayUncertain(knowledge, name)) settled.add(name);
  }
  return uncertain;
}

/**
 * The sides of v's interval to look for a second value in, as [from, to, the value next to the
 * reference]; none when v is fixed or has no reference, or the truths break some equation (a
 * question then only its component answers).
 */
function sidesOf(knowledge: ReaderKnowledge, v: number): number[][] | undefined {
  const { system } = knowledge;
  const low = system.lo[v] as number;
  const high = system.hi[v] as number;
  const reference = system.reference[v] as number;
  if (low === high || system.brokenCount > 0 || Number.isNaN(reference)) return undefined;
  return [
    [low, reference - 1, reference - 1],
    [reference + 1, high, reference + 1],
  ].filter(([from, to]) => (from as number) <= (to as number));
}

/** Moves alone (see searchWitness): true when they give v a second value. */
function witnessFound(
  knowledge: ReaderKnowledge,
  v: number,
  sides: readonly number[][],
  budget: WorkBudget,
  moved: number[],
): boolean {
  return withShare(budget, witnessShare, (part) =>
    sides.some(
      (side) =>
        searchWitness(knowledge.system, v, side[2] as number, part, (u) => moved.push(u)) ===
        'found',
    ),
  );
}

/**
 * True when `quantity` is settled, or a few moves give it a second value (then it and what they
 * move join `settled`). Cheap and incomplete: false proves nothing.
 */
export function findsSecondValue(
  knowledge: ReaderKnowledge,
  quantity: string,
  settled: Settled,
  meter?: WorkBudget,
): boolean {
  if (settled.has(quantity)) return true;
  const v = unknownOf(knowledge.system, quantity);
  const sides = v === undefined ? undefined : sidesOf(knowledge, v);
  if (v === undefined || sides === undefined) return false;
  const moved: number[] = [];
  const budget = { left: glanceShare };
  const found = witnessFound(knowledge, v, sides, budget, moved);
  charge(meter, glanceShare - budget.left + glanceCost);
  if (!found) return false;
  settleAll(knowledge, quantity, moved, settled);
  return true;
}

/**
 * Does `quantity` (hidden, with a known true value) keep two possible values? Looks for a
 * solution of the reader's system where it differs from its truth, below and then above; each
 * solution found also settles every other quantity it moves. `workBudget` bounds this question;
 * what it spends is charged to `meter` (the whole request's, see work-meter.ts).
 */
export function judgeUncertainty(
  knowledge: ReaderKnowledge,
  quantity: string,
  settled: Settled,
  workBudget = defaultWorkBudget,
  meter?: WorkBudget,
): Verdict {
  if (settled.has(quantity)) return uncertain;
  const budget = { left: workBudget };
  const verdict = judgeWithin(knowledge, quantity, settled, budget);
  charge(meter, workBudget - budget.left + questionCost);
  return verdict;
}

/** {@link judgeUncertainty} within `budget`. */
function judgeWithin(
  knowledge: ReaderKnowledge,
  quantity: string,
  settled: Settled,
  budget: WorkBudget,
): Verdict {
  const { system } = knowledge;
  const v = unknownOf(system, quantity);
  if (v === undefined) {
    // In no equation and on no screen: anything from 0 up.
    const [lo, hi] = readerInterval(knowledge, quantity);
    return lo < hi ? uncertain : { uncertain: false, exhausted: false, values: [lo] };
  }
  const low = system.lo[v] as number;
  if (low === system.hi[v]) return { uncertain: false, exhausted: false, values: [low] };
  const inComponent = (maxUnknowns?: number) => {
    const component = componentSystem(system, v, maxUnknowns);
    if (component === undefined) return undefined;
    // A component's search copies its intervals at every node: its units are charged in
    // proportion to its size (and its making), so the work counted follows the time taken.
    const size = component.names.length;
    const before = budget.left;
    const verdict = componentVerdict(knowledge, component, settled, budget);
    budget.left -= (before - budget.left) * Math.floor(size / componentUnitSize) + size;
    return verdict;
  };
  // The reference is a solution (every truth, completed where none is known): a solution that
  // moves v off it gives v a second value.
  const sides = sidesOf(knowledge, v);
  if (sides === undefined)
    return inComponent() ?? { uncertain: false, exhausted: true, values: [] };
  const moved: number[] = [];
  const inPlace = (side: readonly number[], share: number) =>
    withShare(budget, share, (part) =>
      searchNear(system, v, side[0] as number, side[1] as number, part, (u) => moved.push(u)),
    );
  // A first look, the complete search with a little work: it proves at once what the screen
  // gives away (most questions that get this far).
  const open: number[][] = [];
  for (const side of sides) {
    const outcome = inPlace(side, probeShare);
    if (outcome === 'found') return settleAll(knowledge, quantity, moved, settled);
    if (outcome === 'exhausted') open.push(side);
  }
  const determined = {
    uncertain: false,
    exhausted: false,
    values: [system.reference[v] as number],
  };
  if (open.length === 0) return determined;
  // A small component: propagated whole, then searched (in place); a large one: moves alone,
  // then the complete search, which touches only what it moves. Either way, what is still open
  // goes to the component with the equations elimination derives.
  const whole = withShare(budget, componentShare, (part) =>
    searchComponent(system, v, open, smallComponent, part, (u) => moved.push(u)),
  );
  if (whole === 'found') return settleAll(knowledge, quantity, moved, settled);
  if (whole === 'infeasible') return determined;
  if (whole === 'too large') {
    if (witnessFound(knowledge, v, open, budget, moved))
      return settleAll(knowledge, quantity, moved, settled);
    let exhausted = false;
    for (const side of open) {
      const outcome = inPlace(side, inPlaceShare);
      if (outcome === 'found') return settleAll(knowledge, quantity, moved, settled);
      if (outcome === 'exhausted') exhausted = true;
    }
    if (!exhausted) return determined;
  }
  return inComponent() ?? { uncertain: false, exhausted: true, values: [] };
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
  const v = unknownOf(knowledge.system, quantity);
  const component =
    v === undefined
      ? {
          names: [quantity],
          lo: Float64Array.from(readerInterval(knowledge, quantity).slice(0, 1)),
          hi: Float64Array.from(readerInterval(knowledge, quantity).slice(1)),
          truth: Float64Array.of(Number.NaN),
          constraints: [],
          constraintsOf: [[]],
        }
      : (componentSystem(knowledge.system, v) as IntegerSystem);
  const budget = { left: workBudget };
  const lo = component.lo.slice();
  const hi = component.hi.slice();
  const all = (s: IntegerSystem) => s.constraints.map((_, i) => i);
  let outcome = propagate(component, lo, hi, all(component), budget);
  const system = outcome === true ? withImpliedEquations(component, lo, hi, 0) : component;
  if (outcome === true) outcome = propagate(system, lo, hi, all(system), budget);
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
