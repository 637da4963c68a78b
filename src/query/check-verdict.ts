import type { FigureCheck } from './reconcile';

/** A signed difference: "+1", "−2". */
function signed(n: number): string {
  return n > 0 ? `+${n}` : `−${Math.abs(n)}`;
}

/**
 * A check's status in words with the difference: "Match", "Mismatch: +1 point", "Stated only".
 * `withDifference: false` leaves the difference out (it would give a hidden count back).
 */
export function checkVerdict(check: FigureCheck, withDifference = true): string {
  if (check.status === 'match') return 'Match';
  if (check.status === 'stated-only') return 'Stated only';
  if (!withDifference) return 'Mismatch';
  const differences: string[] = [];
  if (check.countDifference) differences.push(signed(check.countDifference));
  if (check.percentDifference)
    differences.push(
      `${signed(check.percentDifference)} point${Math.abs(check.percentDifference) === 1 ? '' : 's'}`,
    );
  return differences.length > 0 ? `Mismatch: ${differences.join(', ')}` : 'Mismatch';
}
