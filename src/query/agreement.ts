/**
 * Inter-coder agreement per field or theme: percent agreement, Cohen's kappa (two coders) or
 * Fleiss' kappa (more), Krippendorff's alpha (nominal, missing codes allowed), each with a seeded
 * bootstrap interval and its conventional reading; an undefined coefficient says why in words.
 */
import {
  bootstrapIntervals,
  bootstrapMethod,
  defaultBootstrap,
  type BootstrapInterval,
  type BootstrapSettings,
} from './agreement-bootstrap';
import {
  codePatterns,
  cohenKappaOf,
  fleissKappaOf,
  krippendorffAlphaOf,
  percentAgreementOf,
  type CodePatterns,
  type ReliabilityData,
  type StatisticValue,
  type UndefinedReason,
} from './agreement-patterns';
import { krippendorffReading, landisKochReading, type AgreementReading } from './agreement-reading';

/** A coefficient with its 95 % interval and reading, or the reason it has no value. */
export type AgreementEstimate =
  | {
      ok: true;
      value: number;
      /** The bootstrap interval, or null with `intervalNote` saying why there is none. */
      interval: { lower: number; upper: number } | null;
      intervalNote?: string;
      /** The conventional reading (none for percent agreement). */
      reading?: AgreementReading;
    }
  | { ok: false; reason: string };

/** Which kappa a result holds: Cohen's for two coders, Fleiss' for more. */
export type KappaMethod = "Cohen's kappa" | "Fleiss' kappa";

/** The agreement of the coders on one field or theme. */
export interface AgreementResult {
  id: string;
  label: string;
  kind: 'field' | 'theme';
  coders: readonly string[];
  /** Cases compared (every coder's file has them). */
  cases: number;
  /** Cases every coder coded: the n of percent agreement and kappa ("both" for two coders). */
  casesCodedByAll: number;
  /** Cases coded by two or more coders: the units of alpha. */
  casesCodedByTwoOrMore: number;
  /** Share (0–1) of the cases every coder coded on which all gave the same code. */
  percentAgreement: AgreementEstimate;
  kappaMethod: KappaMethod;
  kappa: AgreementEstimate;
  /** Krippendorff's alpha, nominal. */
  alpha: AgreementEstimate;
  /** How the intervals were drawn, in words and as settings. */
  interval: { method: string; resamples: number; seed: number; level: 0.95 };
}

function everyone(coders: number): string {
  return coders === 2 ? 'both coders' : `all ${coders} coders`;
}

function reasonText(
  reason: UndefinedReason,
  statistic: string,
  base: string,
  data: ReliabilityData,
): string {
  switch (reason.code) {
    case 'no-cases':
      return `No case was coded by ${base}, so ${statistic} cannot be computed.`;
    case 'one-case':
      return `Only 1 case was coded by ${base}; ${statistic} needs at least 2.`;
    case 'no-variation': {
      const label = data.categoryLabels.get(reason.category) ?? reason.category;
      return (
        `No variation: every code given by ${base} is “${label}”, so agreement expected by ` +
        `chance is total and ${statistic} is undefined.`
      );
    }
  }
}

function estimate(
  value: StatisticValue,
  interval: BootstrapInterval | undefined,
  statistic: string,
  base: string,
  data: ReliabilityData,
  settings: BootstrapSettings,
  reading?: (value: number) => AgreementReading,
): AgreementEstimate {
  if (!value.ok) return { ok: false, reason: reasonText(value.reason, statistic, base, data) };
  const shown = reading ? { reading: reading(value.value) } : {};
  if (interval?.ok) {
    const { lower, upper } = interval;
    return { ok: true, value: value.value, interval: { lower, upper }, ...shown };
  }
  const missing = settings.resamples - (interval?.usable ?? 0);
  return {
    ok: true,
    value: value.value,
    interval: null,
    intervalNote:
      `No interval: ${statistic} was undefined in ${missing} of ${settings.resamples} ` +
      'resamples (too few cases, or too little variation).',
    ...shown,
  };
}

function casesCoded(patterns: CodePatterns, atLeast: (values: number) => boolean): number {
  let total = 0;
  patterns.observed.forEach((n, p) => {
    if (atLeast(patterns.values[p] ?? 0)) total += n;
  });
  return total;
}

/** Measures the coders' agreement on one field or theme. */
export function measureAgreement(
  data: ReliabilityData,
  settings: BootstrapSettings = defaultBootstrap,
): AgreementResult {
  const patterns = codePatterns(data);
  const coders = data.coders.length;
  const kappaOf = coders === 2 ? cohenKappaOf : fleissKappaOf;
  const kappaMethod: KappaMethod = coders === 2 ? "Cohen's kappa" : "Fleiss' kappa";
  const statistics = [percentAgreementOf, kappaOf, krippendorffAlphaOf];
  const [percent, kappa, alpha] = statistics.map((s) => s(patterns, patterns.observed));
  const [percentInterval, kappaInterval, alphaInterval] = bootstrapIntervals(
    patterns,
    statistics,
    settings,
  );
  const all = everyone(coders);
  const fallback: StatisticValue = { ok: false, reason: { code: 'no-cases' } };
  return {
    id: data.id,
    label: data.label,
    kind: data.kind,
    coders: data.coders,
    cases: data.caseIds.length,
    casesCodedByAll: casesCoded(patterns, (m) => m === coders),
    casesCodedByTwoOrMore: casesCoded(patterns, (m) => m >= 2),
    percentAgreement: estimate(
      percent ?? fallback,
      percentInterval,
      'percent agreement',
      all,
      data,
      settings,
    ),
    kappaMethod,
    kappa: estimate(
      kappa ?? fallback,
      kappaInterval,
      kappaMethod,
      all,
      data,
      settings,
      landisKochReading,
    ),
    alpha: estimate(
      alpha ?? fallback,
      alphaInterval,
      "Krippendorff's alpha",
      'two or more coders',
      data,
      settings,
      krippendorffReading,
    ),
    interval: {
      method: bootstrapMethod(settings),
      resamples: settings.resamples,
      seed: settings.seed,
      level: 0.95,
    },
  };
}
