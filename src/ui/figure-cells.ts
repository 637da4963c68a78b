import type { PublishedFigure } from '../data/types';
import { checkVerdict } from '../query/check-verdict';
import type { FigureCheck } from '../query/reconcile';
import type { PresenterSafe } from '../state/use-presenter-safe';

/** How counts are shown: as they are, or masked below k while presenter-safe is on. */
export type CountShown = Pick<PresenterSafe, 'count' | 'percent'>;

const asTheyAre: CountShown = { count: String, percent: (_count, percent) => percent };

function numberWithShare(
  count: number | null,
  percent: number | null,
  of: number | null,
  shown: CountShown,
): string {
  const parts: string[] = [];
  // A percentage of a hidden count is hidden with it.
  const share = count === null ? percent : shown.percent(count, percent);
  if (count !== null)
    parts.push(share !== null ? `${shown.count(count)} (${share}%)` : shown.count(count));
  else if (share !== null) parts.push(`${share}%`);
  if (of !== null && parts.length > 0) parts.push(`of ${shown.count(of)}`);
  return parts.join(' ');
}

/** The figure as the source states it: "6 (55%) of 11", "7", or "55%". */
export function statedText(figure: PublishedFigure, shown: CountShown = asTheyAre): string {
  return numberWithShare(figure.count, figure.percent, figure.denominator, shown) || '–';
}

/** The value computed from the rows, in the same shape: "6 (55%) of 11". */
export function computedText(check: FigureCheck, shown: CountShown = asTheyAre): string {
  if (check.count === null) return '–';
  return numberWithShare(check.count, check.percent, check.denominator, shown);
}

/** True when presenter-safe hides a count of the check: stated, computed or a denominator. */
export function checkHidesCounts(check: FigureCheck, shown: CountShown): boolean {
  const hides = (count: number | null) => count !== null && shown.count(count) !== String(count);
  return [check.count, check.figure.count, check.denominator, check.figure.denominator].some(hides);
}

/**
 * The status in words with the difference: "Match", "Mismatch: +1", "Stated only". The difference
 * is left out when a count is hidden (it would give the hidden one back).
 */
export function statusText(check: FigureCheck, shown: CountShown = asTheyAre): string {
  return checkVerdict(check, !checkHidesCounts(check, shown));
}
