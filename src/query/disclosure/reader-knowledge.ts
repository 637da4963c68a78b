/**
 * What a reader of the screen knows, as an integer system: every count shown (by any of the
 * screens they saw), the relations among counts, and what each hidden count's marker says of it.
 * A count shown as "< k" is 1 … k − 1; a count hidden as secondary is k or more, because 0 is
 * always shown and every count from 1 to k − 1 is marked "< k" (a reader who knows the rule knows
 * that); a withheld count, or a quantity no screen shows, is only known to be 0 or more.
 */
import type { DisclosureCell, DisclosureEquation, HiddenReason } from './disclosure-types';
import { defaultWorkBudget } from './integer-system';
import { completeReference } from './local-search';
import { newInterner, type Interner } from './interner';
import { readerSystem, setReaderInterval, unknownOf, type ReaderSystem } from './reader-system';

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
  /** True values: every cell's, and those the equations fix from them. */
  truth: ReadonlyMap<string, number>;
  /** Quantities some screen has a cell for (shown, hidden or withheld). */
  displayed: ReadonlySet<string>;
  /**
   * Quantities some screen hides behind a marker that tells their class (primary, secondary);
   * change through {@link updateReader}.
   */
  readonly marked: ReadonlySet<string>;
  /** Quantities some screen shows (change through {@link updateReader}). */
  readonly shown: ReadonlySet<string>;
  /** The same knowledge as one integer system, kept in step by {@link updateReader}. */
  system: ReaderSystem;
}

/**
 * The interval a reader knows a quantity lies in: its value if shown; 1 … k − 1 behind "< k";
 * k or more behind a marker that says hidden; 0 or more if withheld or shown nowhere.
 */
export function readerInterval(knowledge: ReaderKnowledge, quantity: string): [number, number] {
  const { k, bound } = knowledge;
  const value = knowledge.truth.get(quantity);
  if (knowledge.shown.has(quantity)) return [value ?? 0, value ?? 0];
  // A 0 behind a marker (never produced here: 0 is shown unless withheld) would read "0, or k or
  // more"; 0 … bound covers both.
  if (!knowledge.marked.has(quantity) || value === undefined || value === 0) return [0, bound];
  return value < k ? [1, k - 1] : [k, bound];
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

/**
 * The reader's knowledge after seeing `displays`, who knows `equations` (quantities interned by
 * `interner`: readers of one request share one).
 */
export function readerKnowledge(
  displays: readonly DisclosureDisplay[],
  equations: readonly DisclosureEquation[],
  truth: ReadonlyMap<string, number>,
  k: number,
  interner: Interner = newInterner(),
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
  let sum = 0;
  for (const value of truth.values()) sum += Math.abs(value);
  const knowledge: Omit<ReaderKnowledge, 'system'> = {
    k,
    bound: 2 * sum + k,
    equations,
    truth,
    displayed,
    marked,
    shown,
  };
  const system = readerSystem(interner, displayed, equations, truth, knowledge.bound, (q) =>
    readerInterval(knowledge as ReaderKnowledge, q),
  );
  completeReference(system, { left: defaultWorkBudget });
  return { ...knowledge, system };
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

/** Records that the reader now sees `quantity` shown or not, behind a class marker or not. */
export function updateReader(
  knowledge: ReaderKnowledge,
  quantity: string,
  shown: boolean,
  marked: boolean,
): void {
  const shownSet = knowledge.shown as Set<string>;
  const markedSet = knowledge.marked as Set<string>;
  if (shown) shownSet.add(quantity);
  else shownSet.delete(quantity);
  if (marked) markedSet.add(quantity);
  else markedSet.delete(quantity);
  const v = unknownOf(knowledge.system, quantity);
  if (v !== undefined) {
    const [lo, hi] = readerInterval(knowledge, quantity);
    setReaderInterval(knowledge.system, v, lo, hi);
  }
}
