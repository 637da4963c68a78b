import type { HiddenReason } from '../query/disclosure/disclosure-types';
import type { Figure } from '../query/model/figure';

/**
 * The count of a list no chart on screen shows (a stale link's, say): under presenter-safe it
 * cannot be vouched for, so the list is withheld.
 */
export const unshownCount: Figure = { value: null, text: 'hidden', hidden: 'withheld' };

/**
 * Why presenter-safe does not list the cases behind a count, in words: the count is below k
 * (the list would give it away), hidden so that another cannot be worked out (its length
 * would), or its whole chart is withheld. Starts "Not listed", as every such place says.
 */
export function withheldListText(reason: HiddenReason, k: number): string {
  if (reason === 'primary')
    return `Not listed: fewer than ${k} cases — withheld in presenter-safe, because the list would give the count away.`;
  if (reason === 'secondary')
    return `Not listed: the count is hidden in presenter-safe so that a smaller one cannot be worked out, and the list would give it away.`;
  return 'Not listed: this count is not shown in presenter-safe (its chart is withheld, or no chart on screen shows it), and neither is its list.';
}
