/**
 * The fail safe on time: the work one `suppressState` or `disclose` call may spend in all,
 * counted in the solver's units (one per equation revised and per search node) plus a charge per
 * question and per reader system built, so that the count follows the time it takes and is the
 * same for the same input on any machine. When it is spent, every chart of the state on screen
 * is withheld (docs/presenter-safe.md, "The work budget"): nothing is shown unchecked.
 */
import type { WorkBudget } from './integer-system';

/** Thrown when a request's work is spent; caught by the function that owns the meter. */
export class WorkSpent extends Error {
  constructor() {
    super('presenter-safe work budget spent');
  }
}

/**
 * The default work of one call: about 50–100 ms on a 2-core machine at the pace of the
 * benchmark views (docs/presenter-safe.md), so no main-thread task passes 200 ms.
 */
export const defaultWorkLimit = 300_000;

/** Charged for each question to the solver, besides the units it spends. */
export const questionCost = 32;
/** Charged for each short look at the reader who saw every screen. */
export const glanceCost = 16;
/** A reader system made is charged one unit per this many of its terms and unknowns. */
export const systemTermsPerUnit = 2;

/** Charges `units` to `meter` (if any). */
export function charge(meter: WorkBudget | undefined, units: number): void {
  if (meter !== undefined) meter.left -= units;
}

/** Throws {@link WorkSpent} once `meter` is spent. */
export function checkMeter(meter: WorkBudget | undefined): void {
  if (meter !== undefined && meter.left < 0) throw new WorkSpent();
}
