/**
 * Disclosure control within one filter state: primary suppression (counts 1 … k − 1), then
 * secondary suppression until no hidden count can be worked out from what the state shows.
 */
import type {
  DisclosureCell,
  DisclosureEquation,
  DisclosureResult,
  DisclosureState,
  HiddenReason,
} from './disclosure-types';
import { defaultWorkBudget, type WorkBudget } from './integer-system';
import { uncertainQueue, withholdChartsAround, type HidingPlan } from './hiding-plan';
import { inferTruth, readerKnowledge } from './reader-knowledge';
import { hideUntilUncertain } from './suppression-loop';
import { charge, defaultWorkLimit, systemTermsPerUnit, WorkSpent } from './work-meter';

/** How hard the solver may work on each question (tests use small budgets). */
export interface DisclosureOptions {
  /** Work units per question to the solver; when spent, the answer is "determined". */
  workBudget?: number;
  /**
   * Work units one call may spend in all (see work-meter.ts); when spent, every chart of the
   * state on screen is withheld.
   */
  workLimit?: number;
}

/** Every cell of `state` withheld: what a call whose work is spent shows (nothing unchecked). */
export function withholdAll(state: DisclosureState): Map<string, HiddenReason> {
  return new Map(state.cells.map(({ quantity }) => [quantity, 'withheld'] as const));
}

/**
 * The work spent on each result of {@link suppressState}, so that a caller is charged the same
 * for it whether it was computed now or earlier (the same input, the same output).
 */
const workOf = new WeakMap<DisclosureResult, number>();

/** The work {@link suppressState} spent on `result`. */
export function workSpentOn(result: DisclosureResult): number {
  return workOf.get(result) ?? 0;
}

/**
 * Refuses a threshold under which a hidden count cannot keep two values: with k = 2 a "< 2"
 * beside a shown 0 can only be 1.
 */
export function checkThreshold(k: number): void {
  if (!Number.isInteger(k) || k < 3)
    throw new RangeError(`Presenter-safe threshold must be a whole number of 3 or more, not ${k}`);
}

/** Each equation's key, made once (the same equation objects come back for every pair). */
const equationKeys = new WeakMap<DisclosureEquation, string>();

/** The equations without repeats (the same relation listed by two states is one). */
export function distinctEquations(
  lists: ReadonlyArray<readonly DisclosureEquation[]>,
): DisclosureEquation[] {
  const seen = new Set<string>();
  const out: DisclosureEquation[] = [];
  for (const list of lists) {
    for (const equation of list) {
      let key = equationKeys.get(equation);
      if (key === undefined) {
        key = `${equation.total}\u0000${equation.parts.join('\u0000')}`;
        equationKeys.set(equation, key);
      }
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(equation);
    }
  }
  return out;
}

/** The first cell of each quantity, in cell order. */
export function cellsByQuantity(cells: readonly DisclosureCell[]): Map<string, DisclosureCell> {
  const byQuantity = new Map<string, DisclosureCell>();
  for (const cell of cells) if (!byQuantity.has(cell.quantity)) byQuantity.set(cell.quantity, cell);
  return byQuantity;
}

/**
 * The quantities `state` hides under threshold `k` (an integer ≥ 3, else RangeError), from its
 * own cells and equations alone: every count from 1 to k − 1 ('primary'), and enough further
 * counts ('secondary') that every hidden count, and every count under k that the state's
 * equations fix without showing it, keeps at least two possible values for a reader who sees
 * the state and knows its equations. A secondary count is a positive part (the smallest, of
 * the same chart, first) or, when no part will do, a total. 0 is shown, except in a chart
 * withheld as a fail safe ('withheld': when the markers alone give a count under k away, every
 * chart tied to it is withheld whole; and every chart, when the call's work budget,
 * `options.workLimit`, is spent). The same input always gives the same output.
 */
export function suppressState(
  state: DisclosureState,
  k: number,
  options: DisclosureOptions = {},
): DisclosureResult {
  checkThreshold(k);
  const limit = options.workLimit ?? defaultWorkLimit;
  const key = `${k}|${options.workBudget ?? defaultWorkBudget}|${limit}`;
  const cached = suppressed.get(state)?.get(key);
  if (cached) return cached;
  const meter = { left: limit };
  let result: DisclosureResult;
  try {
    result = suppressAfresh(state, k, options, meter);
  } catch (error) {
    if (!(error instanceof WorkSpent)) throw error;
    result = withholdAll(state);
  }
  workOf.set(result, limit - meter.left);
  const byKey = suppressed.get(state) ?? new Map<string, DisclosureResult>();
  byKey.set(key, result);
  suppressed.set(state, byKey);
  return result;
}

/**
 * Results by state object: a state's result depends on the state alone, and the same state is
 * asked for again as the neighbour of the next screen (models are immutable values; a caller
 * that keeps its state objects between filter changes gets this for free).
 */
const suppressed = new WeakMap<DisclosureState, Map<string, DisclosureResult>>();

function suppressAfresh(
  state: DisclosureState,
  k: number,
  options: DisclosureOptions,
  meter: WorkBudget,
): DisclosureResult {
  const hidden = new Map<string, HiddenReason>();
  for (const cell of state.cells)
    if (cell.value > 0 && cell.value < k) hidden.set(cell.quantity, 'primary');
  const equations = distinctEquations([state.equations]);
  const knowledge = readerKnowledge(
    [{ cells: state.cells, hidden }],
    equations,
    inferTruth(state.cells, equations),
    k,
  );
  const plan: HidingPlan = {
    knowledge,
    cells: state.cells,
    cellOf: cellsByQuantity(state.cells),
    hidden,
    shownElsewhere: () => false,
    markedElsewhere: () => false,
    settled: new Set(),
    workBudget: options.workBudget ?? defaultWorkBudget,
    meter,
  };
  charge(meter, (knowledge.system.vars.length + knowledge.system.size) / systemTermsPerUnit);
  hideUntilUncertain(plan, uncertainQueue(knowledge, state.cells), (q) =>
    withholdChartsAround(plan, q),
  );
  return hidden;
}
