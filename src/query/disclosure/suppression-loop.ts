/**
 * Secondary suppression: while a hidden quantity can be worked out, hide one more count of the
 * state being protected, chosen near the equations that give the hidden one away.
 */
import { chooseCountToHide } from './choose-count';
import { canStillHelp, hideCount, settledCheaply, type HidingPlan } from './hiding-plan';
import { mustStayUncertain } from './reader-knowledge';
import { judgeUncertainty } from './uncertainty';
import { checkMeter } from './work-meter';

/**
 * Works through `queue` until every quantity in it keeps two possible values: for one that does
 * not, hides the count {@link chooseCountToHide} picks and looks again. When nothing is left to
 * pick, `failSafe` hides more regardless and names what it changed (it may change nothing: the
 * quantity is then left, for the audit to report). Hidden counts join the queue, since they too
 * must stay uncertain.
 */
export function hideUntilUncertain(
  plan: HidingPlan,
  queue: string[],
  failSafe: (quantity: string) => readonly string[],
): void {
  const gaveUp = new Set<string>();
  while (queue.length > 0) {
    checkMeter(plan.meter);
    const quantity = queue[0] as string;
    if (
      gaveUp.has(quantity) ||
      !mustStayUncertain(plan.knowledge, quantity) ||
      settledCheaply(plan, quantity, plan.settled) ||
      !canStillHelp(plan, quantity) ||
      judgeUncertainty(plan.knowledge, quantity, plan.settled, plan.workBudget, plan.meter)
        .uncertain
    ) {
      queue.shift();
      continue;
    }
    const next = chooseCountToHide(plan, quantity);
    if (next !== undefined) {
      hideCount(plan, next);
      queue.push(next);
      continue;
    }
    queue.shift();
    gaveUp.add(quantity);
    const extra = failSafe(quantity);
    if (extra.length > 0) {
      gaveUp.delete(quantity);
      queue.push(quantity, ...extra);
    }
  }
}
