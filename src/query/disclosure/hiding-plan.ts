/**
 * The state of secondary suppression: the state whose counts may be hidden, what it hides so
 * far, and what the reader knows. Shared by the protection of one state alone and of a state
 * beside a neighbouring one.
 */
import type { DisclosureCell, HiddenReason } from './disclosure-types';
import { startWalk, unknownOf } from './reader-system';
import {
  isSmallCount,
  mustStayUncertain,
  updateReader,
  type ReaderKnowledge,
} from './reader-knowledge';
import type { WorkBudget } from './integer-system';
import { findsSecondValue, judgeUncertainty, type Settled } from './uncertainty';

/**
 * A reader who knows at least as much as a plan's reader (has seen every screen the plan's reader
 * saw, or more, and knows every equation they know): every solution of their system is one of
 * the plan's reader's, so a count that keeps two values for them keeps two for the plan's
 * reader. One such reader serves every pair of screens, and is asked first.
 */
export interface StrongerReader {
  knowledge: ReaderKnowledge;
  settled: Settled;
  /** True when a screen other than the protected state's shows the quantity. */
  shownElsewhere: (quantity: string) => boolean;
  /** True when a screen other than the protected state's hides it behind a class marker. */
  markedElsewhere: (quantity: string) => boolean;
  /** Questions asked of this reader, and how many a few moves answered. */
  asked: number;
  answered: number;
  /** Counts of the protected state hidden since this reader was made (see tellStronger). */
  changes: number;
  /** For each quantity a look failed for, `changes` then: the same look would fail again. */
  failedAt: Map<string, number>;
}

/**
 * After this many questions, the stronger reader is asked only while a few moves answer at
 * least one question in four (views where counts are so intertwined that the pair's own
 * reader, asked with elimination, is quicker).
 */
const strongerTrial = 16;

/** The state whose counts may be hidden, and what the reader knows. */
export interface HidingPlan {
  knowledge: ReaderKnowledge;
  /** The protected state's cells. */
  cells: readonly DisclosureCell[];
  /** The protected state's cells by quantity (the first cell of each). */
  cellOf: ReadonlyMap<string, DisclosureCell>;
  /** The protected state's hidden quantities; grows as counts are hidden. */
  hidden: Map<string, HiddenReason>;
  /** True when another screen the reader saw shows the quantity (hiding it here tells nothing). */
  shownElsewhere: (quantity: string) => boolean;
  /** True when another screen hides the quantity behind a marker that tells its class. */
  markedElsewhere: (quantity: string) => boolean;
  settled: Settled;
  workBudget: number;
  /** The work the whole call may still spend (see work-meter.ts). */
  meter: WorkBudget;
  /** Asked first when given; kept in step with `hidden` by the functions here. */
  stronger?: StrongerReader;
}

/** Tells the stronger reader how the protected state now shows `quantity`. */
function tellStronger(plan: HidingPlan, quantity: string): void {
  const stronger = plan.stronger;
  if (stronger === undefined) return;
  const reason = plan.hidden.get(quantity);
  stronger.changes += 1;
  updateReader(
    stronger.knowledge,
    quantity,
    reason === undefined || stronger.shownElsewhere(quantity),
    (reason !== undefined && reason !== 'withheld') || stronger.markedElsewhere(quantity),
  );
}

/**
 * True when `quantity` is known to keep two possible values for the plan's reader without a
 * question to the solver about that reader: it is in `settled`, or a few moves give it a second
 * value for the stronger reader.
 */
export function settledCheaply(plan: HidingPlan, quantity: string, settled: Settled): boolean {
  if (settled.has(quantity)) return true;
  const stronger = plan.stronger;
  if (stronger === undefined) return false;
  if (stronger.settled.has(quantity)) return true;
  if (stronger.asked >= strongerTrial && stronger.answered * 4 < stronger.asked) return false;
  if (stronger.failedAt.get(quantity) === stronger.changes) return false;
  stronger.asked += 1;
  if (!findsSecondValue(stronger.knowledge, quantity, stronger.settled, plan.meter)) {
    stronger.failedAt.set(quantity, stronger.changes);
    return false;
  }
  stronger.answered += 1;
  return true;
}

/**
 * True when `quantity` keeps two possible values for the plan's reader: {@link settledCheaply},
 * else judged for the plan's reader (solutions found join `settled`).
 */
export function keepsTwoValues(plan: HidingPlan, quantity: string, settled: Settled): boolean {
  return (
    settledCheaply(plan, quantity, settled) ||
    judgeUncertainty(plan.knowledge, quantity, settled, plan.workBudget, plan.meter).uncertain
  );
}

/** A count the plan may still hide: shown by the state, above 0, and not shown elsewhere. */
export function canHide(plan: HidingPlan, quantity: string): boolean {
  const cell = plan.cellOf.get(quantity);
  return (
    cell !== undefined &&
    cell.value > 0 &&
    !plan.hidden.has(quantity) &&
    !plan.shownElsewhere(quantity)
  );
}

/** Hides a count of the state behind a marker: in its result, and from what the reader knows. */
export function hideCount(plan: HidingPlan, quantity: string): void {
  plan.hidden.set(quantity, isSmallCount(plan.knowledge, quantity) ? 'primary' : 'secondary');
  updateReader(plan.knowledge, quantity, false, true);
  tellStronger(plan, quantity);
}

/**
 * The quantities that must stay uncertain, in a fixed order: small counts first (they are what
 * the policy protects), each group in the order the cells, then the equations, name them.
 */
export function uncertainQueue(
  knowledge: ReaderKnowledge,
  cells: Iterable<DisclosureCell>,
): string[] {
  const order = new Set<string>();
  for (const cell of cells) order.add(cell.quantity);
  const { names, vars } = knowledge.system;
  for (const v of vars) order.add(names[v] as string);
  const queue = [...order].filter((q) => mustStayUncertain(knowledge, q));
  const small = queue.filter((q) => isSmallCount(knowledge, q));
  return [...small, ...queue.filter((q) => !isSmallCount(knowledge, q))];
}

/**
 * False when nothing the plan may still do could change what a reader knows of `quantity`: no
 * count it may hide is in an equation linked to it through quantities the reader does not know
 * (what {@link chooseCountToHide} would pick from), and, for a count under k, every chart
 * {@link withholdChartsAround} would withhold is withheld already. Asking whether such a
 * quantity keeps two values would change nothing, so it is not asked.
 */
export function canStillHelp(plan: HidingPlan, quantity: string): boolean {
  const { knowledge } = plan;
  const { system } = knowledge;
  const { names, start, vars, occStart, occ } = system;
  const origin = unknownOf(system, quantity);
  if (origin === undefined) return false;
  const small = isSmallCount(knowledge, quantity);
  const withheld = (chart: string) =>
    plan.cells.every((c) => c.chart !== chart || plan.hidden.get(c.quantity) === 'withheld');
  const checkedCharts = new Set<string>();
  const { unknowns: reached, equations: seen, stamp } = startWalk(system);
  const unknown = [origin];
  reached[origin] = stamp;
  for (let next = 0; next < unknown.length; next += 1) {
    const u = unknown[next] as number;
    for (let i = occStart[u] as number; i < (occStart[u + 1] as number); i += 1) {
      const e = occ[i] as number;
      if (seen[e] === stamp) continue;
      seen[e] = stamp;
      for (let j = start[e] as number; j < (start[e + 1] as number); j += 1) {
        const w = vars[j] as number;
        const member = names[w] as string;
        if (canHide(plan, member)) return true;
        const chart = plan.cellOf.get(member)?.chart;
        if (small && chart !== undefined && !checkedCharts.has(chart)) {
          checkedCharts.add(chart);
          if (!withheld(chart)) return true;
        }
        if (reached[w] !== stamp && !knowledge.shown.has(member)) {
          reached[w] = stamp;
          unknown.push(w);
        }
      }
    }
  }
  return false;
}

/**
 * The fail safe, for a count under k that nothing left to hide can protect: withholds
 * every chart of the protected state with a cell in the equations that tie it to quantities the
 * reader does not know (zeros and markers included, so nothing there tells 0 from small from
 * large). Returns the quantities whose display changed.
 */
export function withholdChartsAround(plan: HidingPlan, quantity: string): string[] {
  const { knowledge } = plan;
  if (!isSmallCount(knowledge, quantity)) return [];
  const { system } = knowledge;
  const { names, start, vars, occStart, occ } = system;
  const members = new Set([quantity]);
  const origin = unknownOf(system, quantity);
  const unknown = origin === undefined ? [] : [origin];
  const { unknowns: reached, equations: seen, stamp } = startWalk(system);
  if (origin !== undefined) reached[origin] = stamp;
  for (let next = 0; next < unknown.length; next += 1) {
    const u = unknown[next] as number;
    for (let i = occStart[u] as number; i < (occStart[u + 1] as number); i += 1) {
      const e = occ[i] as number;
      if (seen[e] === stamp) continue;
      seen[e] = stamp;
      for (let j = start[e] as number; j < (start[e + 1] as number); j += 1) {
        const w = vars[j] as number;
        const q = names[w] as string;
        members.add(q);
        if (reached[w] !== stamp && !knowledge.shown.has(q)) {
          reached[w] = stamp;
          unknown.push(w);
        }
      }
    }
  }
  const charts = new Set(plan.cells.filter((c) => members.has(c.quantity)).map((c) => c.chart));
  const changed = new Set<string>();
  for (const { quantity: q, chart } of plan.cells) {
    if (!charts.has(chart) || plan.hidden.get(q) === 'withheld') continue;
    plan.hidden.set(q, 'withheld');
    updateReader(knowledge, q, plan.shownElsewhere(q), plan.markedElsewhere(q));
    tellStronger(plan, q);
    changed.add(q);
  }
  return [...changed];
}
