/**
 * What a reader of the screen knows, as an integer system: every count shown (by any of the
 * screens they saw), the relations among counts, and what each hidden count's marker says of it.
 * A count shown as "< k" is 1 … k − 1; a count hidden as secondary is k or more, because 0 is
 * always shown and every count from 1 to k − 1 is marked "< k" (a reader who knows the rule knows
 * that); a withheld count, or a quantity no screen shows, is only known to be 0 or more.
 */
import type { DisclosureCell, DisclosureEquation, HiddenReason } from './disclosure-types';
import type { IntegerSystem, LinearConstraint } from './integer-system';

/** What one screen shows: its cells (with true values) and which of their quantities it hides. */
export interface DisclosureDisplay {
  cells: readonly DisclosureCell[];
  hidden: ReadonlyMap<string, HiddenReason>;
}

/** The reader's knowledge. `shown` is mutable: hiding a count deletes it. */
export interface ReaderKnowledge {
  k: number;
  /** Above any count the equations allow; stands in for "no upper bound". */
  bound: number;
  equations: readonly DisclosureEquation[];
  equationsOf: ReadonlyMap<string, readonly number[]>;
  /** True values: every cell's, and those the equations fix from them. */
  truth: ReadonlyMap<string, number>;
  /** Quantities some screen has a cell for (shown, hidden or withheld). */
  displayed: ReadonlySet<string>;
  /** Quantities some screen hides behind a marker that tells their class (primary, secondary). */
  marked: Set<string>;
  /** Quantities some screen shows. */
  shown: Set<string>;
}

/**
 * True values of every cell, plus those of quantities no cell shows that the equations fix from
 * them (an equation with one value not yet known gives it), repeated until nothing new follows.
 */
export function inferTruth(
  cells: Iterable<DisclosureCell>,
  equations: readonly DisclosureEquation[],
): Map<string, number> {
  const truth = new Map<string, number>();
  for (const cell of cells) truth.set(cell.quantity, cell.value);
  let progress = true;
  while (progress) {
    progress = false;
    for (const { total, parts } of equations) {
      const missing = [total, ...parts].filter((q) => !truth.has(q));
      if (missing.length !== 1) continue;
      const partSum = parts.reduce((sum, q) => sum + (truth.get(q) ?? 0), 0);
      truth.set(
        missing[0] as string,
        truth.has(total) ? (truth.get(total) ?? 0) - partSum : partSum,
      );
      progress = true;
    }
  }
  return truth;
}

/** The reader's knowledge after seeing `displays`, who knows `equations`. */
export function readerKnowledge(
  displays: readonly DisclosureDisplay[],
  equations: readonly DisclosureEquation[],
  truth: ReadonlyMap<string, number>,
  k: number,
): ReaderKnowledge {
  const displayed = new Set<string>();
  const marked = new Set<string>();
  const shown = new Set<string>();
  for (const display of displays) {
    for (const { quantity } of display.cells) {
      displayed.add(quantity);
      const reason = display.hidden.get(quantity);
      if (reason === undefined) shown.add(quantity);
      else if (reason !== 'withheld') marked.add(quantity);
    }
  }
  const equationsOf = new Map<string, number[]>();
  equations.forEach((equation, i) => {
    for (const q of [equation.total, ...equation.parts]) {
      const list = equationsOf.get(q);
      if (list === undefined) equationsOf.set(q, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  let sum = 0;
  for (const value of truth.values()) sum += Math.abs(value);
  return { k, bound: 2 * sum + k, equations, equationsOf, truth, displayed, marked, shown };
}

/** True for a count the policy protects: 1 to k − 1 cases. */
export function isSmallCount(knowledge: ReaderKnowledge, quantity: string): boolean {
  const value = knowledge.truth.get(quantity);
  return value !== undefined && value > 0 && value < knowledge.k;
}

/**
 * True for a quantity that must keep two possible values: one no screen shows that is hidden
 * behind a marker, or whose true value is a small count (withheld, or a difference nobody shows).
 */
export function mustStayUncertain(knowledge: ReaderKnowledge, quantity: string): boolean {
  if (knowledge.shown.has(quantity)) return false;
  return knowledge.marked.has(quantity) || isSmallCount(knowledge, quantity);
}

/** The interval a reader knows a quantity not shown lies in. */
function readerInterval(knowledge: ReaderKnowledge, quantity: string): [number, number] {
  const { k, bound } = knowledge;
  // A 0 behind a marker (never produced here: 0 is shown unless withheld) would read "0, or k or
  // more"; 0 … bound covers both.
  const value = knowledge.truth.get(quantity);
  if (!knowledge.marked.has(quantity) || value === undefined || value === 0) return [0, bound];
  return value < k ? [1, k - 1] : [k, bound];
}

/**
 * The integer system of the unknowns linked to `seed` through equations (a connected
 * component): shown values become constants, each unknown gets the interval the reader knows.
 */
export function componentSystem(knowledge: ReaderKnowledge, seed: string): IntegerSystem {
  const index = new Map<string, number>([[seed, 0]]);
  const names = [seed];
  const seen = new Set<number>();
  const constraints: LinearConstraint[] = [];
  for (let next = 0; next < names.length; next += 1) {
    for (const e of knowledge.equationsOf.get(names[next] as string) ?? []) {
      if (seen.has(e)) continue;
      seen.add(e);
      const { total, parts } = knowledge.equations[e] as DisclosureEquation;
      const coefByVar = new Map<number, number>();
      let rhs = 0;
      const term = (q: string, coef: number) => {
        if (knowledge.shown.has(q)) {
          rhs -= coef * (knowledge.truth.get(q) ?? 0);
          return;
        }
        let v = index.get(q);
        if (v === undefined) {
          v = names.length;
          index.set(q, v);
          names.push(q);
        }
        coefByVar.set(v, (coefByVar.get(v) ?? 0) + coef);
      };
      term(total, 1);
      for (const part of parts) term(part, -1);
      const terms = [...coefByVar].filter(([, coef]) => coef !== 0);
      constraints.push({ vars: terms.map(([v]) => v), coefs: terms.map(([, c]) => c), rhs });
    }
  }
  const lo = new Float64Array(names.length);
  const hi = new Float64Array(names.length);
  const truth = new Float64Array(names.length);
  const constraintsOf: number[][] = names.map(() => []);
  names.forEach((q, v) => {
    [lo[v], hi[v]] = readerInterval(knowledge, q);
    truth[v] = knowledge.truth.get(q) ?? Number.NaN;
  });
  constraints.forEach((c, i) => c.vars.forEach((v) => constraintsOf[v]?.push(i)));
  return { names, lo, hi, truth, constraints, constraintsOf };
}
