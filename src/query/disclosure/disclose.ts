/**
 * Disclosure control across two consecutive screens: the state on screen is protected together
 * with each state one filter change away, because a reader may have seen either just before.
 */
import type {
  DisclosureEquation,
  DisclosureRequest,
  DisclosureResult,
  DisclosureState,
  HiddenReason,
} from './disclosure-types';
import { defaultWorkBudget, type WorkBudget } from './integer-system';
import { internEquation, internQuantity, newInterner, type Interner } from './interner';
import {
  uncertainQueue,
  withholdChartsAround,
  type HidingPlan,
  type StrongerReader,
} from './hiding-plan';
import {
  inferTruth,
  readerKnowledge,
  updateReader,
  type ReaderKnowledge,
} from './reader-knowledge';
import { judgeUncertainty } from './uncertainty';
import {
  cellsByQuantity,
  checkThreshold,
  distinctEquations,
  suppressState,
  withholdAll,
  workSpentOn,
  type DisclosureOptions,
} from './suppress-state';
import { charge, checkMeter, defaultWorkLimit, systemTermsPerUnit, WorkSpent } from './work-meter';
import { hideUntilUncertain } from './suppression-loop';

/** One pair (current, neighbour): the reader's knowledge of both and the work left on it. */
interface PairWork {
  plan: HidingPlan;
  /** True when the neighbour's screen alone fixes the quantity (the current one cannot help). */
  givenAwayByNeighbour: (quantity: string) => boolean;
  queue: string[];
  /** Hidden quantities of the current state (and why) already applied to this pair's knowledge. */
  applied: Map<string, HiddenReason>;
}

/**
 * The quantities of the current state to hide under threshold `k` (an integer ≥ 3, else
 * RangeError). Starts from {@link suppressState} of the current state and hides further counts
 * of the current state only, until, for each neighbour, a reader who saw both screens (the
 * neighbour as its `suppressState` shows it), and knows every equation of both and the links,
 * cannot narrow any hidden count of either screen, nor any count under k that neither shows,
 * to one value, and a reader of the current screen alone cannot narrow any hidden count of it.
 * Where no count of the current state can settle a count under k, every chart of the current
 * state tied to it by equations is withheld whole (fail safe). Left as they are: a count under
 * k that no screen shows and the neighbour's screen alone fixes (a sum of its "< k" cells
 * beside its totals; hiding more here cannot help), and a hidden count of k or more that the
 * neighbour gives away (it could have been shown). When the call's work budget
 * (`options.workLimit`, see work-meter.ts) is spent, every cell of the current state is withheld.
 *
 * Sound because a neighbour's own screen only ever hides more than its `suppressState` result
 * (this function starts from that result and only adds), and hiding more never narrows what a
 * reader can work out: so the neighbour as taken here shows at least what the reader saw.
 */
export function disclose(
  request: DisclosureRequest,
  options: DisclosureOptions = {},
): DisclosureResult {
  const { current, neighbours, k } = request;
  checkThreshold(k);
  const own = suppressState(current, k, options);
  if (neighbours.length === 0) return new Map(own);
  const meter = { left: options.workLimit ?? defaultWorkLimit };
  try {
    return discloseWithin(request, options, own, meter);
  } catch (error) {
    if (!(error instanceof WorkSpent)) throw error;
    return withholdAll(current);
  }
}

/** {@link disclose} for a state with neighbours, charging its work to `meter`. */
function discloseWithin(
  request: DisclosureRequest,
  options: DisclosureOptions,
  own: DisclosureResult,
  meter: WorkBudget,
): DisclosureResult {
  const { current, neighbours, k, links = [] } = request;
  const hidden = new Map<string, HiddenReason>(own);
  charge(meter, workSpentOn(own));
  const workBudget = options.workBudget ?? defaultWorkBudget;
  const cellOf = cellsByQuantity(current.cells);
  const everyEquation = distinctEquations([
    current.equations,
    ...neighbours.map((n) => n.equations),
    links,
  ]);
  const truth = inferTruth(
    [current, ...neighbours].flatMap((s) => s.cells),
    everyEquation,
  );
  // One interner for every reader of the request, given every quantity before any reads it.
  const interner = newInterner();
  for (const state of [current, ...neighbours])
    for (const { quantity } of state.cells) internQuantity(interner, quantity);
  for (const equation of everyEquation) internEquation(interner, equation);
  // Every link is in every pair's knowledge, even one that names a count only another neighbour
  // shows: that count is an unknown to this pair's reader, but two links through it still tie
  // this pair's counts together (y|all = y|A + y|rest A = y|B + y|rest B).
  const suppressed = neighbours.map((neighbour) => {
    const result = suppressState(neighbour, k, options);
    charge(meter, workSpentOn(result));
    checkMeter(meter);
    return result;
  });
  const stronger = strongerReader(
    { current, hidden, neighbours, suppressed, equations: everyEquation },
    truth,
    k,
    interner,
  );
  chargeReader(meter, stronger.knowledge);
  // Each pair's reader is made when the loop first comes to it, from what the current state hid
  // before the loop (its later hiding is then applied as for any pair): the same result as
  // making them all first, but a request whose work runs out stops before making the rest.
  const before = new Map(hidden);
  const common = { cells: current.cells, cellOf, hidden, workBudget, meter, stronger };
  const makePair = (neighbour: DisclosureState, neighbourHidden: DisclosureResult): PairWork => {
    const neighbourShows = new Set(
      neighbour.cells.map((c) => c.quantity).filter((q) => !neighbourHidden.has(q)),
    );
    const neighbourMarks = new Set(
      [...neighbourHidden].filter(([, reason]) => reason !== 'withheld').map(([q]) => q),
    );
    const knowledge = readerKnowledge(
      [
        { cells: current.cells, hidden: before },
        { cells: neighbour.cells, hidden: neighbourHidden },
      ],
      distinctEquations([current.equations, neighbour.equations, links]),
      truth,
      k,
      interner,
    );
    const plan: HidingPlan = {
      ...common,
      knowledge,
      shownElsewhere: (q) => neighbourShows.has(q),
      markedElsewhere: (q) => neighbourMarks.has(q),
      settled: new Set(),
    };
    const queue = uncertainQueue(knowledge, [...current.cells, ...neighbour.cells]);
    chargeReader(meter, knowledge);
    let alone: ReaderKnowledge | undefined;
    const givenAwayByNeighbour = (q: string) => {
      if (alone === undefined) {
        alone = readerKnowledge(
          [{ cells: neighbour.cells, hidden: neighbourHidden }],
          knowledge.equations,
          truth,
          k,
          interner,
        );
        chargeReader(meter, alone);
      }
      const verdict = judgeUncertainty(alone, q, new Set(), workBudget, meter);
      return !verdict.uncertain && !verdict.exhausted;
    };
    return { plan, givenAwayByNeighbour, queue, applied: new Map(before) };
  };
  // The current screen alone: a count hidden for a neighbour's sake must not follow from the
  // screen itself (its queue starts empty: suppressState has settled the rest).
  const makeAlone = (): PairWork => {
    const knowledge = readerKnowledge(
      [{ cells: current.cells, hidden: before }],
      current.equations,
      truth,
      k,
      interner,
    );
    chargeReader(meter, knowledge);
    return {
      plan: {
        ...common,
        knowledge,
        shownElsewhere: () => false,
        markedElsewhere: () => false,
        settled: new Set(),
      },
      givenAwayByNeighbour: () => false,
      queue: [],
      applied: new Map(before),
    };
  };
  const pairs: Array<PairWork | (() => PairWork)> = [
    makeAlone,
    ...neighbours.map(
      (neighbour, i) => () => makePair(neighbour, suppressed[i] as DisclosureResult),
    ),
  ];
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < pairs.length; i += 1) {
      let pair = pairs[i] as PairWork | (() => PairWork);
      if (typeof pair === 'function') {
        pair = pair();
        pairs[i] = pair;
      }
      // Counts hidden for another pair leave this pair's knowledge, and must stay uncertain here.
      for (const [q, reason] of hidden) {
        if (pair.applied.get(q) === reason) continue;
        pair.applied.set(q, reason);
        const { knowledge, shownElsewhere, markedElsewhere } = pair.plan;
        updateReader(knowledge, q, shownElsewhere(q), reason !== 'withheld' || markedElsewhere(q));
        pair.queue.push(q);
      }
      if (pair.queue.length === 0) continue;
      hideUntilUncertain(pair.plan, pair.queue, (q) =>
        pair.givenAwayByNeighbour(q) ? [] : withholdChartsAround(pair.plan, q),
      );
      for (const [q, reason] of hidden) {
        if (pair.applied.get(q) !== reason) changed = true;
        pair.applied.set(q, reason);
      }
    }
  }
  return hidden;
}

/**
 * The reader who saw every screen (the current one and every neighbour, as their own
 * suppression shows them) and knows every equation: stronger than the reader of any pair, so a
 * count that keeps two values for them keeps two for every pair (see {@link StrongerReader}).
 */
function strongerReader(
  screens: {
    current: DisclosureState;
    hidden: DisclosureResult;
    neighbours: readonly DisclosureState[];
    suppressed: readonly DisclosureResult[];
    equations: readonly DisclosureEquation[];
  },
  truth: ReadonlyMap<string, number>,
  k: number,
  interner: Interner,
): StrongerReader {
  const { current, hidden, neighbours, suppressed, equations } = screens;
  const shown = new Set<string>();
  const marked = new Set<string>();
  neighbours.forEach((neighbour, i) => {
    for (const { quantity } of neighbour.cells) {
      const reason = suppressed[i]?.get(quantity);
      if (reason === undefined) shown.add(quantity);
      else if (reason !== 'withheld') marked.add(quantity);
    }
  });
  const displays = [
    { cells: current.cells, hidden },
    ...neighbours.map((n, i) => ({ cells: n.cells, hidden: suppressed[i] as DisclosureResult })),
  ];
  return {
    knowledge: readerKnowledge(displays, equations, truth, k, interner),
    settled: new Set(),
    shownElsewhere: (q) => shown.has(q),
    markedElsewhere: (q) => marked.has(q),
    asked: 0,
    answered: 0,
    changes: 0,
    failedAt: new Map(),
  };
}

/** Charges the making of a reader's system (and the walk over it for its queue) to `meter`. */
function chargeReader(meter: WorkBudget, knowledge: ReaderKnowledge): void {
  charge(meter, (knowledge.system.vars.length + knowledge.system.size) / systemTermsPerUnit);
  checkMeter(meter);
}
