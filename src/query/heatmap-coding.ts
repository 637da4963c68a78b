import type { HeatmapMatrix } from './heatmap-matrix';

/**
 * How the cases in view not coded for every theme are not coded: "not coded for any theme" when
 * each of them is coded for none, else "not coded for some or all themes" ("not coded for every
 * theme" reads as "for none" to many).
 */
export function notCodedPhrase(
  matrix: Pick<HeatmapMatrix, 'casesNotFullyCoded' | 'casesCodedForNone'>,
): string {
  const none = matrix.casesCodedForNone === matrix.casesNotFullyCoded;
  return `not coded for ${none ? 'any theme' : 'some or all themes'}`;
}
