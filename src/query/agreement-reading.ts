/**
 * The conventional readings of agreement coefficients, each with the scale it comes from. They
 * are conventions, not tests: both authors warn that the bands are arbitrary.
 */

/** A coefficient in words, and whose scale the words are. */
export interface AgreementReading {
  label: string;
  scale: string;
}

/** The citation of the kappa bands. */
export const landisKochScale = 'Landis & Koch (1977)';
/** The citation of the alpha bands. */
export const krippendorffScale = 'Krippendorff (2004)';

/** Two decimals, as both scales are written: 0.605 reads as 0.61, "substantial". */
function twoDecimals(value: number): number {
  return Math.round(value * 100 + 1e-9) / 100;
}

/**
 * Landis & Koch (1977, Biometrics 33:159–174) for kappa: below 0 poor, 0–0.20 slight,
 * 0.21–0.40 fair, 0.41–0.60 moderate, 0.61–0.80 substantial, 0.81–1.00 almost perfect.
 */
export function landisKochReading(kappa: number): AgreementReading {
  const value = twoDecimals(kappa);
  const label =
    value < 0
      ? 'poor'
      : value <= 0.2
        ? 'slight'
        : value <= 0.4
          ? 'fair'
          : value <= 0.6
            ? 'moderate'
            : value <= 0.8
              ? 'substantial'
              : 'almost perfect';
  return { label, scale: landisKochScale };
}

/**
 * Krippendorff (2004, Content Analysis, 2nd ed., p. 241) for alpha: rely on variables with
 * α ≥ 0.800; 0.667 ≤ α < 0.800 only for tentative conclusions; below 0.667, not reliable.
 */
export function krippendorffReading(alpha: number): AgreementReading {
  const value = Math.round(alpha * 1000 + 1e-9) / 1000;
  const label =
    value >= 0.8 ? 'reliable' : value >= 0.667 ? 'tentative conclusions only' : 'not reliable';
  return { label, scale: krippendorffScale };
}
