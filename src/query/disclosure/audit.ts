/**
 * The audit: given what each screen shows and the relations a reader knows, every hidden count
 * that can be worked out to one value. Independent of how the hidden set was chosen, so it can
 * check any display, e.g. a view's models as presenter-safe renders them.
 */
import type { DisclosureEquation } from './disclosure-types';
import { defaultWorkBudget } from './integer-system';
import {
  inferTruth,
  isSmallCount,
  mustStayUncertain,
  readerKnowledge,
  type DisclosureDisplay,
  type ReaderKnowledge,
} from './reader-knowledge';
import { checkThreshold, distinctEquations } from './suppress-state';
import { feasibleValues, judgeUncertainty, type FeasibleValues } from './uncertainty';

export type { DisclosureDisplay } from './reader-knowledge';

/** A hidden count a reader can narrow to fewer than two values. */
export interface DisclosureFinding {
  quantity: string;
  /** Its one possible value; none when the facts conflict or the budget ran out first. */
  values: readonly number[];
  /** A count from 1 to k − 1, what presenter-safe protects (else a count of k or more). */
  small: boolean;
  /** It has a cell on some screen (hidden there); false for a count no screen shows. */
  onScreen: boolean;
  /** The solver's budget ran out: not proven either way, reported to be safe. */
  exhausted: boolean;
}

function knowledgeOf(
  displays: readonly DisclosureDisplay[],
  equations: readonly DisclosureEquation[],
  k: number,
): ReaderKnowledge {
  checkThreshold(k);
  const distinct = distinctEquations([equations]);
  const truth = inferTruth(
    displays.flatMap((d) => d.cells),
    distinct,
  );
  return readerKnowledge(displays, distinct, truth, k);
}

/**
 * Every quantity hidden on all of `displays` that show it, and every count under k that none
 * shows but `equations` fix from the true counts, whose possible values, for a reader who saw
 * every display and knows every equation, are fewer than two. Exact within the solver's budget;
 * a quantity whose question runs out of budget is reported (`exhausted`).
 */
export function auditDisclosure(
  displays: readonly DisclosureDisplay[],
  equations: readonly DisclosureEquation[],
  k: number,
  workBudget = defaultWorkBudget,
): DisclosureFinding[] {
  const knowledge = knowledgeOf(displays, equations, k);
  const quantities = new Set<string>();
  for (const display of displays) for (const cell of display.cells) quantities.add(cell.quantity);
  for (const { total, parts } of knowledge.equations)
    for (const q of [total, ...parts]) quantities.add(q);
  const settled = new Set<string>();
  const findings: DisclosureFinding[] = [];
  for (const quantity of quantities) {
    if (!mustStayUncertain(knowledge, quantity)) continue;
    const verdict = judgeUncertainty(knowledge, quantity, settled, workBudget);
    if (verdict.uncertain) continue;
    findings.push({
      quantity,
      values: verdict.values,
      small: isSmallCount(knowledge, quantity),
      onScreen: knowledge.displayed.has(quantity),
      exhausted: verdict.exhausted,
    });
  }
  return findings;
}

/**
 * The values a quantity not shown can take for the same reader, in order, up to `limit` (by
 * default k, enough to tell whether a count under k keeps all of 1 … k − 1 possible).
 */
export function possibleValues(
  displays: readonly DisclosureDisplay[],
  equations: readonly DisclosureEquation[],
  k: number,
  quantity: string,
  limit = k,
  workBudget = defaultWorkBudget,
): FeasibleValues {
  const knowledge = knowledgeOf(displays, equations, k);
  const truth = knowledge.truth.get(quantity);
  if (knowledge.shown.has(quantity) && truth !== undefined)
    return { values: [truth], complete: true };
  return feasibleValues(knowledge, quantity, limit, workBudget);
}
