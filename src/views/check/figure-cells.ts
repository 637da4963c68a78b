import type { PublishedFigure } from '../../data/types';
import type { FigureCheck } from '../../query/reconcile';

function numberWithShare(count: number | null, percent: number | null, of: number | null): string {
  const parts: string[] = [];
  if (count !== null) parts.push(percent !== null ? `${count} (${percent}%)` : String(count));
  else if (percent !== null) parts.push(`${percent}%`);
  if (of !== null && parts.length > 0) parts.push(`of ${of}`);
  return parts.join(' ');
}

/** The figure as the source states it: "6 (55%) of 11", "7", or "55%". */
export function statedText(figure: PublishedFigure): string {
  return numberWithShare(figure.count, figure.percent, figure.denominator) || '–';
}

/** The value computed from the rows, in the same shape: "6 (55%) of 11". */
export function computedText(check: FigureCheck): string {
  if (check.count === null) return '–';
  return numberWithShare(check.count, check.percent, check.denominator);
}

/** The status in words with the difference: "Match", "Mismatch: +1", "Stated only". */
export function statusText(check: FigureCheck): string {
  if (check.status === 'match') return 'Match';
  if (check.status === 'stated-only') return 'Stated only';
  const differences: string[] = [];
  const signed = (n: number) => (n > 0 ? `+${n}` : `−${Math.abs(n)}`);
  if (check.countDifference) differences.push(signed(check.countDifference));
  if (check.percentDifference)
    differences.push(
      `${signed(check.percentDifference)} point${Math.abs(check.percentDifference) === 1 ? '' : 's'}`,
    );
  return differences.length > 0 ? `Mismatch: ${differences.join(', ')}` : 'Mismatch';
}
