import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byCoder } from '../../tests/unit/agreement-tables';
import { measureAgreement, type AgreementEstimate } from './agreement';
import { krippendorffReading, landisKochReading } from './agreement-reading';

const settings = { resamples: 50, seed: 3 };

/** Codes of one coder: a few categories, some cases not coded. */
const codes = (cases: number) =>
  fc.array(fc.option(fc.constantFrom('a', 'b', 'c'), { freq: 4 }), {
    minLength: cases,
    maxLength: cases,
  });

/** Two to four coders' codes for the same 1–30 cases. */
const coderTables = fc
  .tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 2, max: 4 }))
  .chain(([cases, coders]) => fc.array(codes(cases), { minLength: coders, maxLength: coders }));

/** An estimate as numbers to compare (value, lower, upper; -9 for no interval), or its reason. */
function shown(estimate: AgreementEstimate): number[] | string {
  if (!estimate.ok) return estimate.reason;
  const { lower, upper } = estimate.interval ?? { lower: -9, upper: -9 };
  return [estimate.value, lower, upper];
}

describe('agreement properties', () => {
  it('identical coders agree perfectly wherever the coefficient is defined', () => {
    fc.assert(
      fc.property(codes(12), fc.integer({ min: 2, max: 4 }), (row, coders) => {
        const result = measureAgreement(byCoder(Array(coders).fill(row)), settings);
        for (const estimate of [result.percentAgreement, result.kappa, result.alpha]) {
          if (estimate.ok) expect(estimate.value).toBeCloseTo(1, 12);
        }
      }),
    );
  });

  it('is symmetric in the order of the coders (values, intervals and reasons)', () => {
    fc.assert(
      fc.property(coderTables, (rows) => {
        const forward = measureAgreement(byCoder(rows), settings);
        const backward = measureAgreement(byCoder([...rows].reverse()), settings);
        for (const key of ['percentAgreement', 'kappa', 'alpha'] as const) {
          const a = shown(forward[key]);
          const b = shown(backward[key]);
          if (typeof a === 'string' || typeof b === 'string') expect(b).toEqual(a);
          else a.forEach((x, i) => expect(b[i]).toBeCloseTo(x, 12));
        }
      }),
    );
  });

  it('keeps alpha and kappa within [−1, 1] and percent agreement within [0, 1]', () => {
    fc.assert(
      fc.property(coderTables, (rows) => {
        const result = measureAgreement(byCoder(rows), settings);
        if (result.alpha.ok) {
          expect(result.alpha.value).toBeGreaterThanOrEqual(-1);
          expect(result.alpha.value).toBeLessThanOrEqual(1 + 1e-12);
        }
        if (result.kappa.ok) {
          expect(result.kappa.value).toBeGreaterThanOrEqual(-1);
          expect(result.kappa.value).toBeLessThanOrEqual(1 + 1e-12);
        }
        if (result.percentAgreement.ok) {
          expect(result.percentAgreement.value).toBeGreaterThanOrEqual(0);
          expect(result.percentAgreement.value).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('never returns NaN: a value is a finite number or the reason there is none', () => {
    fc.assert(
      fc.property(coderTables, (rows) => {
        const result = measureAgreement(byCoder(rows), settings);
        for (const estimate of [result.percentAgreement, result.kappa, result.alpha]) {
          if (estimate.ok) expect(Number.isFinite(estimate.value)).toBe(true);
          else expect(estimate.reason).toMatch(/\.$/);
        }
      }),
    );
  });
});

describe('conventional readings', () => {
  it.each([
    [-0.05, 'poor'],
    [0, 'slight'],
    [0.2, 'slight'],
    [0.204, 'slight'],
    [0.205, 'fair'],
    [0.4, 'fair'],
    [0.41, 'moderate'],
    [0.6, 'moderate'],
    [0.61, 'substantial'],
    [0.8, 'substantial'],
    [0.81, 'almost perfect'],
    [1, 'almost perfect'],
  ])('Landis & Koch reads kappa %s as %s', (kappa, label) => {
    expect(landisKochReading(kappa)).toEqual({ label, scale: 'Landis & Koch (1977)' });
  });

  it.each([
    [0.5, 'not reliable'],
    [0.6664, 'not reliable'],
    [0.667, 'tentative conclusions only'],
    [0.799, 'tentative conclusions only'],
    [0.8, 'reliable'],
    [1, 'reliable'],
  ])('Krippendorff reads alpha %s as %s', (alpha, label) => {
    expect(krippendorffReading(alpha)).toEqual({ label, scale: 'Krippendorff (2004)' });
  });
});
