import { describe, expect, it } from 'vitest';
import type { AgreementResult } from './agreement';
import { agreementCsv, agreementMethodNotes, agreementRows, intervalText } from './agreement-table';

const base = {
  coders: ['A', 'B'],
  cases: 6,
  casesCodedByAll: 5,
  casesCodedByTwoOrMore: 6,
  kappaMethod: "Cohen's kappa" as const,
  interval: {
    method: '95% percentile bootstrap over cases, seed 1',
    resamples: 1000,
    seed: 1,
    level: 0.95 as const,
  },
};

const results: AgreementResult[] = [
  {
    ...base,
    id: 'outcome',
    label: 'Outcome',
    kind: 'field',
    percentAgreement: { ok: true, value: 5 / 6, interval: { lower: 0.5, upper: 1 } },
    kappa: {
      ok: true,
      value: 2 / 3,
      interval: { lower: 0.1234, upper: 1 },
      reading: { label: 'substantial', scale: 'Landis & Koch (1977)' },
    },
    alpha: {
      ok: true,
      value: 0.6857,
      interval: null,
      intervalNote: 'No interval: too few cases.',
      reading: { label: 'tentative conclusions only', scale: 'Krippendorff (2004)' },
    },
  },
  {
    ...base,
    id: 'theme:x',
    label: 'X',
    kind: 'theme',
    percentAgreement: { ok: true, value: 1, interval: null, intervalNote: 'No interval.' },
    kappa: { ok: false, reason: 'No variation: every code is “absent”.' },
    alpha: { ok: false, reason: 'No variation.' },
  },
];

describe('agreementRows', () => {
  const rows = agreementRows(results);

  it('reads each coefficient to two decimals with its reading, or undefined with why', () => {
    expect(rows[0]).toMatchObject({
      field: 'Outcome',
      cases: 5,
      compared: 6,
      percentAgreement: { text: '83%' },
      kappa: { text: '0.67', note: 'substantial' },
      interval: { text: '0.12 to 1.00' },
      alpha: { text: '0.69', note: 'tentative conclusions only' },
    });
    expect(rows[1]).toMatchObject({
      field: 'Theme: X',
      kappa: { text: 'undefined', note: 'No variation: every code is “absent”.' },
      interval: { text: '–' },
    });
    expect(JSON.stringify(rows)).not.toMatch(/NaN/);
  });

  it('exports the table as formula-safe CSV with the readings and reasons', () => {
    const csv = agreementCsv(rows).split(/\r?\n/);
    expect(csv[0]).toBe(
      'Field,Cases,Cases compared,Percent agreement,Kappa,Kappa reading or reason,Interval (95%),Alpha,Alpha reading or reason',
    );
    expect(csv[1]).toBe(
      'Outcome,5,6,83%,0.67,substantial,0.12 to 1.00,0.69,tentative conclusions only',
    );
  });

  it('states which kappa, whose scales, and the seeded bootstrap', () => {
    const notes = agreementMethodNotes(results).join(' ');
    expect(notes).toMatch(/Cohen's kappa \(two coders\)/);
    expect(notes).toMatch(/Landis & Koch \(1977\)/);
    expect(notes).toMatch(/Krippendorff \(2004\)/);
    expect(notes).toMatch(/seed 1/);
    expect(intervalText(-0.05, 0.5)).toBe('-0.05 to 0.50');
  });
});
