import type { CountChange } from '../../data/compare-datasets';
import { isMaskedCount, maskCount } from '../../query/presenter-safe';

/** The three cells of a count that changed between two versions, as the tables show them. */
export interface ChangeCells {
  before: string;
  after: string;
  change: string;
}

const signed = (d: number) => (d === 0 ? '0' : d > 0 ? `+${d}` : `−${Math.abs(d)}`);

/**
 * A count in the version on screen and in the compared one, with the change: "11", "10", "−1".
 * With presenter-safe's `k` (null while it is off) no hidden count can be worked back: a count of
 * 1 to k − 1 reads "< k"; a change of 1 to k − 1 reads "< k fewer" or "< k more", and the compared
 * count reads "–" (11 beside 10 gives 1 away); a row with a hidden count gives no change ("–").
 * `partsHidden` says a hidden number of cases added or removed adds up to the changes (to the
 * change in cases, and to the sum over a field's categories): no changed compared count or exact
 * change is given then.
 */
export function changeCells(row: CountChange, k: number | null, partsHidden = false): ChangeCells {
  const { before, after } = row;
  const d = after - before;
  if (k === null) return { before: String(before), after: String(after), change: signed(d) };
  const maskedSide = isMaskedCount(before, k) || isMaskedCount(after, k);
  const small = d !== 0 && Math.abs(d) < k;
  // Beside a count shown as it is, the compared count would give the change back.
  const hideAfter = !maskedSide && (small || (partsHidden && d !== 0));
  const change = maskedSide
    ? '–'
    : small
      ? `< ${k} ${d < 0 ? 'fewer' : 'more'}`
      : partsHidden && d !== 0
        ? '–'
        : signed(d);
  return { before: maskCount(before, k), after: hideAfter ? '–' : maskCount(after, k), change };
}

/**
 * True when presenter-safe (threshold `k`) leaves a category's row out of "Counts that moved": a
 * count of 1 to k − 1 on either side. Which small category moved points at the cases that moved
 * ("Police force: Dorset Police < 5 → 0" names the force of a case removed).
 */
export function withheldRow(row: CountChange, k: number | null): boolean {
  return k !== null && (isMaskedCount(row.before, k) || isMaskedCount(row.after, k));
}
