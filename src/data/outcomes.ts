import { headerKey } from './headers';

/** The two outcomes a review is about; the headline counts each. */
export type OutcomeKind = 'death' | 'harm';

/** How each outcome is written, folded as header keys are (case, spaces and punctuation aside). */
const outcomeKeys: Record<OutcomeKind, readonly string[]> = {
  death: ['death', 'deaths', 'died'],
  harm: ['significantharm', 'harm', 'seriousharm'],
};

/** The outcome a category id or label names, or undefined for any other outcome. */
export function outcomeKindOf(name: string): OutcomeKind | undefined {
  const key = headerKey(name);
  if (outcomeKeys.death.includes(key)) return 'death';
  if (outcomeKeys.harm.includes(key)) return 'harm';
  return undefined;
}

/** Edits (insert, delete, replace one character) turning `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const replace = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(replace, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** "Death" or "Significant harm" when `name` is a slip of one of them (two edits at most). */
export function nearOutcome(name: string): string | undefined {
  const key = headerKey(name);
  if (editDistance(key, 'death') <= 2) return 'Death';
  if (editDistance(key, 'significantharm') <= 2) return 'Significant harm';
  return undefined;
}
