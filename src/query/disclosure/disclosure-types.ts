/**
 * The statistical disclosure control behind presenter-safe (DESIGN.md "Present";
 * docs/presenter-safe.md): what a screen shows is a set of counts tied by equations (parts sum
 * to a total; the same quantity shown in two charts, or in two consecutive filter states, is
 * one number). Counts of 1 to k − 1 are hidden (primary suppression), and enough further counts
 * are hidden (secondary suppression) that no hidden count can be worked out from what is shown.
 *
 * Threat model: the reader sees every count of the current screen and of the screen one filter
 * change before it, knows every equation, and knows the rule (0 is shown, "< k" is 1 … k − 1,
 * any other hidden count is k or more). Guarantee: every count under k keeps at least two
 * possible values for that reader (k − 1 where it costs nothing more), except a sum of the
 * previous screen's hidden counts that the previous screen alone gives away. Not covered: three
 * or more screens combined, percentages and bar lengths (the caller hides those), and a reader
 * who reasons from which counts the algorithm chose to hide.
 */

/** One count a screen would show. */
export interface DisclosureCell {
  /**
   * Names the quantity the cell counts (e.g. the cases under some filters with some category):
   * two cells with the same key are the same number, whichever chart or filter state shows them.
   */
  quantity: string;
  /** The true count. */
  value: number;
  /** A total (a chart's n, a group heading's sum) is hidden only when no part will do. */
  role: 'part' | 'total';
  /** The chart that shows it (secondary suppression prefers a cell of the same chart). */
  chart: string;
}

/** A relation the reader knows: the count of `total` is the sum of the counts of `parts`. */
export interface DisclosureEquation {
  total: string;
  parts: readonly string[];
}

/** Everything one filter state of a view shows, with the relations among its counts. */
export interface DisclosureState {
  cells: readonly DisclosureCell[];
  /**
   * Every relation among this state's own counts (including counts it does not show, such as the
   * cases a filter leaves out), and nothing that depends on other states: the same state must
   * give the same equations whether it is on screen or a neighbour.
   */
  equations: readonly DisclosureEquation[];
}

/**
 * Why a count is hidden, which says what its marker may tell a reader:
 * - 'primary': 1 to k − 1, shown as "< k";
 * - 'secondary': k or more, hidden so that a count under k cannot be worked out; shown as hidden
 *   (a reader who knows the rule knows it is k or more, since 0 is shown and 1 … k − 1 read "< k");
 * - 'withheld': the whole chart is withheld, zeros included, and its cells look the same whatever
 *   their value (used when the markers themselves give a count away: "< 3" for a total with two
 *   "< 3" parts, each at least 1, makes every one of them exact).
 */
export type HiddenReason = 'primary' | 'secondary' | 'withheld';

/** What to protect: the state on screen, the states one filter change away, and k. */
export interface DisclosureRequest {
  current: DisclosureState;
  /** States one filter change away (one chosen value removed): a reader may have seen them. */
  neighbours: readonly DisclosureState[];
  /** Counts from 1 to k − 1 are hidden; k ≥ 3 so that a hidden count has at least two values. */
  k: number;
  /**
   * Relations that tie the current state's quantities to a neighbour's (B's total is the sum of
   * some of A's parts). A state's own `equations` must depend on that state alone: a neighbour
   * is protected here as it was when it was on screen, from its own cells and equations.
   */
  links?: readonly DisclosureEquation[];
}

/** The quantities of the current state that are hidden, with why. */
export type DisclosureResult = ReadonlyMap<string, HiddenReason>;
