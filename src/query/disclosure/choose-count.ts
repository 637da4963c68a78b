/**
 * Which count to hide next so that a hidden quantity can no longer be worked out: a count of the
 * protected state in an equation that ties it to the hidden one (nearest equations first), the
 * smallest part of the same chart first, a total only when no part will do. A few candidates are
 * tried ahead (hide it, ask the solver, put it back); see {@link chooseCountToHide}.
 */
import { canHide, keepsTwoValues, type HidingPlan } from './hiding-plan';
import { startWalk, unknownOf } from './reader-system';
import { updateReader } from './reader-knowledge';
import { judgeUncertainty } from './uncertainty';
import { checkMeter } from './work-meter';

interface Candidate {
  quantity: string;
  /** A total of the equation it was found in, or a cell marked as a total. */
  total: boolean;
  otherChart: boolean;
  value: number;
  level: number;
}

/** Parts before totals, same chart before others, smaller before larger, then by name. */
function byPreference(a: Candidate, b: Candidate): number {
  if (a.level !== b.level) return a.level - b.level;
  if (a.total !== b.total) return a.total ? 1 : -1;
  if (a.otherChart !== b.otherChart) return a.otherChart ? 1 : -1;
  if (a.value !== b.value) return a.value - b.value;
  return a.quantity < b.quantity ? -1 : a.quantity > b.quantity ? 1 : 0;
}

/**
 * The counts the plan may hide in the equations linked to `quantity` through quantities the
 * reader does not know, level by level (level 0: the equations that name it), in preference order.
 */
function candidates(plan: HidingPlan, quantity: string): Candidate[] {
  const { knowledge } = plan;
  const { system } = knowledge;
  const { names, start, vars, coefs, occStart, occ } = system;
  const origin = unknownOf(system, quantity);
  if (origin === undefined) return [];
  const chart = plan.cellOf.get(quantity)?.chart;
  const found = new Map<string, Candidate>();
  const { unknowns: reached, equations: seenEquations, stamp } = startWalk(system);
  reached[origin] = stamp;
  let frontier = [origin];
  for (let level = 0; frontier.length > 0; level += 1) {
    const next: number[] = [];
    for (const u of frontier) {
      for (let i = occStart[u] as number; i < (occStart[u + 1] as number); i += 1) {
        const e = occ[i] as number;
        if (seenEquations[e] === stamp) continue;
        seenEquations[e] = stamp;
        for (let j = start[e] as number; j < (start[e + 1] as number); j += 1) {
          const w = vars[j] as number;
          const member = names[w] as string;
          if (canHide(plan, member)) {
            const cell = plan.cellOf.get(member);
            // The total of its equation (coefficient +1), or a cell marked as a total.
            const asTotal = (coefs[j] as number) > 0 || cell?.role === 'total';
            const before = found.get(member);
            if (before === undefined)
              found.set(member, {
                quantity: member,
                total: asTotal,
                otherChart: cell?.chart !== chart,
                value: cell?.value ?? 0,
                level,
              });
            else if (before.level === level && before.total && !asTotal) before.total = false;
          } else if (reached[w] !== stamp && !knowledge.shown.has(member)) {
            reached[w] = stamp;
            next.push(w);
          }
        }
      }
    }
    frontier = next;
  }
  return [...found.values()].sort(byPreference);
}

/** Parts tried ahead before the totals of the nearest equations are. */
const partsTriedFirst = 3;
/** Candidates tried ahead at most, per choice. */
const triesPerChoice = 8;

/** The order candidates are tried ahead: a few parts, then the totals, then further parts. */
function trialOrder(ranked: readonly Candidate[]): Candidate[] {
  const parts = ranked.filter((c) => !c.total);
  const totals = ranked.filter((c) => c.total);
  return [...parts.slice(0, partsTriedFirst), ...totals, ...parts.slice(partsTriedFirst)].slice(
    0,
    triesPerChoice,
  );
}

/**
 * What hiding `candidate` alone would do: settle the question (it and `quantity` both keep two
 * values), help (it keeps two values, `quantity` not yet), or nothing (its value would still
 * follow from what is shown, so hiding it tells the reader nothing new on its own).
 */
function trial(
  plan: HidingPlan,
  quantity: string,
  candidate: string,
  scratch: Set<string>,
): 'settles' | 'helps' | 'idle' {
  // Hidden as hideCount would hide it: not shown, behind a marker that tells its class.
  const { knowledge } = plan;
  const wasMarked = knowledge.marked.has(candidate);
  updateReader(knowledge, candidate, false, true);
  const budget = plan.workBudget;
  const outcome = !judgeUncertainty(plan.knowledge, candidate, scratch, budget, plan.meter)
    .uncertain
    ? 'idle'
    : keepsTwoValues(plan, quantity, scratch)
      ? 'settles'
      : 'helps';
  updateReader(knowledge, candidate, true, wasMarked);
  return outcome;
}

/**
 * The next count of the protected state to hide so that `quantity` (hidden, determined) keeps
 * two possible values, or undefined when the state shows nothing left that could help. Takes
 * the first candidate tried that settles it, else the first that helps, else the first in
 * preference order (a table's cell may need three more hidden with it before any one helps).
 * The caller hides what it returns: what the settling trial proved then holds, and is kept.
 */
export function chooseCountToHide(plan: HidingPlan, quantity: string): string | undefined {
  const ranked = candidates(plan, quantity);
  let helps: Candidate | undefined;
  for (const candidate of trialOrder(ranked)) {
    checkMeter(plan.meter);
    // What a trial proves holds only while its candidate is hidden: kept only if it is chosen.
    const scratch = new Set<string>();
    const outcome = trial(plan, quantity, candidate.quantity, scratch);
    if (outcome === 'settles') {
      for (const q of scratch) plan.settled.add(q);
      return candidate.quantity;
    }
    if (outcome === 'helps') helps ??= candidate;
  }
  return (helps ?? ranked[0])?.quantity;
}
