/**
 * The coder agreement table as it is shown and exported (DESIGN.md "Contract": field, cases,
 * percent agreement, kappa, interval, alpha): each coefficient to two decimals with its reading,
 * or "undefined" with the reason in words, never NaN or a made-up 1.
 */
import { toSafeCsv } from '../data/csv-safe';
import type { AgreementEstimate, AgreementResult } from './agreement';
import { krippendorffScale, landisKochScale } from './agreement-reading';

/** A coefficient cell: what it reads, and the words under it (a reading, or why it is undefined). */
export interface AgreementCell {
  text: string;
  note?: string;
}

/** One row of the table. */
export interface AgreementRow {
  id: string;
  /** The field's label, or "Theme: " and the theme's label. */
  field: string;
  kind: 'field' | 'theme';
  /** Cases every coder coded (the n of percent agreement and kappa). */
  cases: number;
  /** Cases compared: in every coder's file. */
  compared: number;
  percentAgreement: AgreementCell;
  kappa: AgreementCell;
  /** Kappa's 95 % interval, or why there is none. */
  interval: AgreementCell;
  alpha: AgreementCell;
}

/** "0.43 to 0.91". */
export function intervalText(lower: number, upper: number): string {
  return `${lower.toFixed(2)} to ${upper.toFixed(2)}`;
}

function coefficient(estimate: AgreementEstimate): AgreementCell {
  if (!estimate.ok) return { text: 'undefined', note: estimate.reason };
  const text = estimate.value.toFixed(2);
  return estimate.reading ? { text, note: estimate.reading.label } : { text };
}

function percent(estimate: AgreementEstimate): AgreementCell {
  if (!estimate.ok) return { text: 'undefined', note: estimate.reason };
  return { text: `${Math.round(estimate.value * 100)}%` };
}

function interval(estimate: AgreementEstimate): AgreementCell {
  if (!estimate.ok) return { text: '–' };
  if (estimate.interval)
    return { text: intervalText(estimate.interval.lower, estimate.interval.upper) };
  return { text: 'none', note: estimate.intervalNote ?? '' };
}

/** The table's rows: the fields first, then the themes, in the order measured. */
export function agreementRows(results: readonly AgreementResult[]): AgreementRow[] {
  return results.map((r) => ({
    id: r.id,
    field: r.kind === 'theme' ? `Theme: ${r.label}` : r.label,
    kind: r.kind,
    cases: r.casesCodedByAll,
    compared: r.cases,
    percentAgreement: percent(r.percentAgreement),
    kappa: coefficient(r.kappa),
    interval: interval(r.kappa),
    alpha: coefficient(r.alpha),
  }));
}

/** How the table was computed, in words: which kappa, whose scales, the bootstrap and its seed. */
export function agreementMethodNotes(results: readonly AgreementResult[]): string[] {
  const first = results[0];
  if (!first) return [];
  const kappa =
    first.kappaMethod === "Cohen's kappa"
      ? "Kappa is Cohen's kappa (two coders), over the cases both coded."
      : `Kappa is Fleiss' kappa (${first.coders.length} coders), over the cases every coder coded.`;
  return [
    `${kappa} Its reading is on the scale of ${landisKochScale}: below 0 poor, up to 0.20 slight, 0.21–0.40 fair, 0.41–0.60 moderate, 0.61–0.80 substantial, 0.81–1 almost perfect.`,
    `Alpha is Krippendorff's alpha (nominal), over every case two or more coders coded, so missing codes are allowed. Its reading is on the scale of ${krippendorffScale}: 0.800 or more reliable, 0.667 to 0.800 tentative conclusions only, below not reliable. Both scales are conventions, not tests.`,
    `Interval: kappa's ${first.interval.method}. A coefficient undefined in more than 5% of the resamples has no interval.`,
    'Cases: the cases every coder coded for the field (a blank cell is not coded; a theme is not coded on a case with no theme ticked).',
  ];
}

/** The table as CSV (formula-safe), with the reading or reason beside each coefficient. */
export function agreementCsv(rows: readonly AgreementRow[]): string {
  const header = [
    'Field',
    'Cases',
    'Cases compared',
    'Percent agreement',
    'Kappa',
    'Kappa reading or reason',
    'Interval (95%)',
    'Alpha',
    'Alpha reading or reason',
  ];
  return toSafeCsv([
    header,
    ...rows.map((r) => [
      r.field,
      r.cases,
      r.compared,
      r.percentAgreement.text,
      r.kappa.text,
      r.kappa.note ?? '',
      r.interval.note ? `${r.interval.text}: ${r.interval.note}` : r.interval.text,
      r.alpha.text,
      r.alpha.note ?? '',
    ]),
  ]);
}
