import type { HiddenReason } from '../disclosure/disclosure-types';
import { formatCount, formatPercent, percentHalfUp } from '../percent';
import { wilsonInterval } from '../intervals';

/**
 * One number as a chart shows it. Before presenter-safe, `value` is the number and `text` its
 * digits; presenter-safe replaces a hidden number by `value: null` and a text that says so, so
 * nothing drawn from a masked model can show what was hidden.
 */
export interface Figure {
  /** The number, or null when it is hidden (or there is none, e.g. a share of no cases). */
  value: number | null;
  /** As shown: "6", "54,996", "55%", "< 5", "hidden", "–". */
  text: string;
  /** Why it is hidden: below k (primary), or so a count below k cannot be worked out. */
  hidden?: HiddenReason;
}

/** A 95 % interval of a share, as proportions, with its text ("23–83%"). */
export interface IntervalFigure {
  low: number | null;
  high: number | null;
  text: string;
  hidden?: HiddenReason;
}

/** A count as a figure. */
export function countFigure(count: number): Figure {
  return { value: count, text: formatCount(count) };
}

/** A share (proportion of `base`) as a figure: "55%", or "–" when the base is 0. */
export function shareFigure(count: number, base: number): Figure {
  const percent = percentHalfUp(count, base);
  return { value: base > 0 ? count / base : null, text: formatPercent(percent) };
}

/**
 * A share to one decimal place ("62.5%", "40%"), for tables where a difference in percentage
 * points is read beside it and whole percents would not add up to it.
 */
export function preciseShareFigure(count: number, base: number): Figure {
  if (base <= 0) return { value: null, text: '–' };
  const tenths = Math.round((count * 1000) / base + 1e-9) / 10;
  return { value: count / base, text: `${Number.isInteger(tenths) ? tenths : tenths.toFixed(1)}%` };
}

/** The share of a category no case of its period was coded for: "not coded", never 0 % or a fall. */
export const notCodedShare: Figure = { value: null, text: 'not coded' };

/** True for a share that is {@link notCodedShare}. */
export function isNotCodedShare(share: Figure): boolean {
  return share.value === null && share.hidden === undefined && share.text === notCodedShare.text;
}

/** Whole percents of a low and high proportion: "23–83%". */
export function intervalText(low: number, high: number): string {
  const lo = Math.floor(low * 100 + 1e-9);
  const hi = Math.ceil(high * 100 - 1e-9);
  return `${lo}–${hi}%`;
}

/** The Wilson 95 % interval of `count` of `base` as a figure, or an empty one for a base of 0. */
export function intervalFigure(count: number, base: number): IntervalFigure {
  if (base <= 0) return { low: null, high: null, text: '–' };
  const { low, high } = wilsonInterval(count, base);
  return { low, high, text: intervalText(low, high) };
}

/**
 * What a hidden count reads: "< k" below k, "hidden" when hidden to protect another, "withheld"
 * when its whole chart is withheld (its "< k" marks alone would give counts away).
 */
export function hiddenText(reason: HiddenReason, k: number): string {
  if (reason === 'primary') return `< ${k}`;
  return reason === 'withheld' ? 'withheld' : 'hidden';
}

/** A figure hidden for `reason`. */
export function hiddenFigure(reason: HiddenReason, k: number): Figure {
  return { value: null, text: hiddenText(reason, k), hidden: reason };
}

/** "1 case", "6 cases", "< 5 cases": a count with its unit, singular where it is one. */
export function countWithUnit(count: Figure, singular: string, plural: string): string {
  return `${count.text} ${count.value === 1 ? singular : plural}`;
}
