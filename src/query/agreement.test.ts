import { describe, expect, it } from 'vitest';
import {
  byCase,
  byCoder,
  fromCategoryCounts,
  fromContingency,
} from '../../tests/unit/agreement-tables';
import { measureAgreement, type AgreementEstimate } from './agreement';

function value(estimate: AgreementEstimate): number {
  if (!estimate.ok) throw new Error(estimate.reason);
  return estimate.value;
}

/** Fleiss (1971), Table 1: 30 patients, each diagnosed by 6 of the psychiatrists (1–5). */
const fleiss1971 = [
  [4, 4, 4, 4, 4, 4],
  [2, 2, 2, 5, 5, 5],
  [2, 3, 3, 3, 3, 5],
  [5, 5, 5, 5, 5, 5],
  [2, 2, 2, 4, 4, 4],
  [1, 1, 3, 3, 3, 3],
  [3, 3, 3, 3, 5, 5],
  [1, 1, 3, 3, 3, 4],
  [1, 1, 4, 4, 4, 4],
  [5, 5, 5, 5, 5, 5],
  [1, 4, 4, 4, 4, 4],
  [1, 2, 4, 4, 4, 4],
  [2, 2, 2, 3, 3, 3],
  [1, 4, 4, 4, 4, 4],
  [2, 2, 4, 4, 4, 5],
  [3, 3, 3, 3, 3, 5],
  [1, 1, 1, 4, 5, 5],
  [1, 1, 1, 1, 1, 2],
  [2, 2, 4, 4, 4, 4],
  [1, 3, 3, 5, 5, 5],
  [5, 5, 5, 5, 5, 5],
  [2, 4, 4, 4, 4, 4],
  [2, 2, 4, 5, 5, 5],
  [1, 1, 4, 4, 4, 4],
  [1, 4, 4, 4, 4, 5],
  [2, 2, 2, 2, 2, 4],
  [1, 1, 1, 1, 5, 5],
  [2, 2, 4, 4, 4, 4],
  [1, 3, 3, 3, 3, 3],
  [5, 5, 5, 5, 5, 5],
];

describe("Cohen's kappa (two coders)", () => {
  it('matches a hand-computed 2 × 2 table: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no', () => {
    // p_o = 35/50 = 0.7; p_e = 25/50 · 30/50 + 25/50 · 20/50 = 0.5; κ = 0.2 / 0.5 = 0.4.
    // α: 100 values, 55 yes and 45 no, 15 disagreeing cases: 1 − 99 · 30 / (100² − 55² − 45²).
    const result = measureAgreement(
      fromContingency([
        [20, 5],
        [10, 15],
      ]),
    );
    expect(result.kappaMethod).toBe("Cohen's kappa");
    expect(result.casesCodedByAll).toBe(50);
    expect(value(result.percentAgreement)).toBeCloseTo(0.7, 12);
    expect(value(result.kappa)).toBeCloseTo(0.4, 12);
    expect(value(result.alpha)).toBeCloseTo(0.4, 12);
    expect(result.kappa.ok && result.kappa.reading).toEqual({
      label: 'fair',
      scale: 'Landis & Koch (1977)',
    });
  });

  it('matches SAS PROC FREQ on a 3 × 3 table (as statsmodels tests it): κ = 0.4842', () => {
    const result = measureAgreement(
      fromContingency([
        [0, 4, 1],
        [0, 8, 0],
        [0, 1, 5],
      ]),
    );
    expect(value(result.kappa)).toBeCloseTo(0.4842, 4);
  });

  it("matches R irr's kappa2 on raters 2 and 3 of its anxiety data: κ = −0.006289308", () => {
    const rater2 = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4];
    const rater3 = [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2];
    expect(value(measureAgreement(byCoder([rater2, rater3])).kappa)).toBeCloseTo(-0.006289308, 9);
  });

  it('counts only the cases both coded', () => {
    // Case 3 is coded by one coder only: it counts towards neither percent agreement nor kappa.
    const result = measureAgreement(
      byCoder([
        ['a', 'a', 'b', 'b', 'a'],
        ['a', 'b', null, 'b', 'a'],
      ]),
    );
    expect(result.casesCodedByAll).toBe(4);
    expect(value(result.percentAgreement)).toBeCloseTo(3 / 4, 12);
    // p_e = (3/4 · 2/4) + (1/4 · 2/4) = 0.5; κ = (0.75 − 0.5) / 0.5.
    expect(value(result.kappa)).toBeCloseTo(0.5, 12);
  });
});

describe("Fleiss' kappa (more than two coders)", () => {
  it('reproduces Fleiss (1971): 30 patients, 6 ratings each, κ = 0.430 (irr: 0.4302445)', () => {
    const result = measureAgreement(byCase(fleiss1971));
    expect(result.kappaMethod).toBe("Fleiss' kappa");
    expect(result.casesCodedByAll).toBe(30);
    expect(value(result.kappa)).toBeCloseTo(0.4302445, 7);
    expect(result.kappa.ok && result.kappa.reading?.label).toBe('moderate');
  });

  it('reproduces the 10 subjects × 14 raters example (Wikipedia, statsmodels): κ = 0.210', () => {
    const counts = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    expect(value(measureAgreement(fromCategoryCounts(counts)).kappa)).toBeCloseTo(0.20993, 5);
  });

  it('uses only the cases every coder coded, and says how many', () => {
    const result = measureAgreement(
      byCoder([
        ['a', 'b', 'a', null],
        ['a', 'b', 'b', 'a'],
        ['a', 'b', 'a', 'a'],
      ]),
    );
    expect(result.casesCodedByAll).toBe(3);
    expect(result.casesCodedByTwoOrMore).toBe(4);
    expect(value(result.percentAgreement)).toBeCloseTo(2 / 3, 12);
  });
});

describe("Krippendorff's alpha (nominal), Krippendorff's own worked examples", () => {
  it('binary data, two observers, no missing data: α = 0.095', () => {
    const result = measureAgreement(
      byCoder([
        [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
        [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
      ]),
    );
    // 1 − 19 · 8 / (2 · 14 · 6) = 0.0952…
    expect(value(result.alpha)).toBeCloseTo(1 - (19 * 8) / 168, 12);
    expect(value(result.alpha).toFixed(3)).toBe('0.095');
  });

  it('nominal data, two observers, no missing data: α = 0.692', () => {
    const result = measureAgreement(
      byCoder([
        ['a', 'a', 'b', 'b', 'd', 'c', 'c', 'c', 'e', 'd', 'd', 'a'],
        ['b', 'a', 'b', 'b', 'b', 'c', 'c', 'c', 'e', 'd', 'd', 'd'],
      ]),
    );
    expect(value(result.alpha).toFixed(3)).toBe('0.692');
  });

  it('nominal data, four observers, missing data: α = 0.743', () => {
    const result = measureAgreement(
      byCoder([
        [1, 2, 3, 3, 2, 1, 4, 1, 2, '.', '.', '.'],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, '.', 3],
        ['.', 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, '.'],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, '.'],
      ]),
    );
    // Unit 12 has one value only: it is not pairable and does not count.
    expect(result.casesCodedByTwoOrMore).toBe(11);
    expect(value(result.alpha).toFixed(3)).toBe('0.743');
    expect(result.alpha.ok && result.alpha.reading).toEqual({
      label: 'tentative conclusions only',
      scale: 'Krippendorff (2004)',
    });
  });
});

describe('undefined coefficients say why', () => {
  it('no variation: both coders coded every case the same, so kappa and alpha are undefined', () => {
    const data = byCoder([
      ['present', 'present', 'present'],
      ['present', 'present', 'present'],
    ]);
    const result = measureAgreement({ ...data, categoryLabels: new Map([['present', 'present']]) });
    expect(value(result.percentAgreement)).toBe(1);
    expect(result.kappa).toEqual({
      ok: false,
      reason:
        'No variation: every code given by both coders is “present”, so agreement expected by ' +
        "chance is total and Cohen's kappa is undefined.",
    });
    expect(result.alpha.ok).toBe(false);
  });

  it('too few cases: one case coded by both coders', () => {
    const result = measureAgreement(
      byCoder([
        ['a', 'b', null],
        ['b', null, 'a'],
      ]),
    );
    expect(result.kappa).toEqual({
      ok: false,
      reason: "Only 1 case was coded by both coders; Cohen's kappa needs at least 2.",
    });
    expect(result.alpha).toEqual({
      ok: false,
      reason: "Only 1 case was coded by two or more coders; Krippendorff's alpha needs at least 2.",
    });
  });

  it('no case coded by all coders', () => {
    const result = measureAgreement(
      byCoder([
        ['a', null],
        [null, 'a'],
        ['a', 'b'],
      ]),
    );
    expect(result.percentAgreement).toEqual({
      ok: false,
      reason: 'No case was coded by all 3 coders, so percent agreement cannot be computed.',
    });
    expect(result.kappa.ok).toBe(false);
    expect(value(result.alpha)).toBeCloseTo(1 - (3 * 2) / (16 - 9 - 1), 12);
  });
});

describe('bootstrap intervals', () => {
  const data = fromContingency([
    [20, 5],
    [10, 15],
  ]);

  it('states the method and seed, and brackets the estimate', () => {
    const result = measureAgreement(data);
    expect(result.interval).toEqual({
      method:
        '95% percentile bootstrap over cases: 1,000 resamples of the cases with replacement, ' +
        'seed 1 (the same data always give the same interval)',
      resamples: 1000,
      seed: 1,
      level: 0.95,
    });
    for (const estimate of [result.percentAgreement, result.kappa, result.alpha]) {
      if (!estimate.ok || !estimate.interval) throw new Error('expected an interval');
      expect(estimate.interval.lower).toBeLessThan(estimate.value);
      expect(estimate.interval.upper).toBeGreaterThan(estimate.value);
    }
  });

  it('gives the same interval for the same seed, and another for another seed', () => {
    const interval = (seed: number) => {
      const kappa = measureAgreement(data, { resamples: 200, seed }).kappa;
      return kappa.ok ? kappa.interval : null;
    };
    expect(interval(7)).toEqual(interval(7));
    expect(interval(7)).not.toEqual(interval(8));
  });

  it('gives no interval, with the reason, when kappa is undefined in many resamples', () => {
    const result = measureAgreement(
      byCoder([
        ['a', 'a', 'b'],
        ['a', 'a', 'b'],
      ]),
    );
    expect(result.kappa).toMatchObject({ ok: true, value: 1, interval: null });
    expect(result.kappa.ok && result.kappa.intervalNote).toMatch(
      /^No interval: Cohen's kappa was undefined in \d+ of 1000 resamples/,
    );
  });
});
