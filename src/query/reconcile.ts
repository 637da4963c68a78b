import type { CaseRecord, Dataset, PublishedFigure } from '../data/types';
import { caseFieldReader } from './case-field-values';
import { percentHalfUp, percentsLargestRemainder, type RoundingRule } from './percent';

/** How a stated figure compares with the case rows. */
export type FigureStatus = 'match' | 'mismatch' | 'stated-only';

/** Where a computed denominator comes from. */
export type DenominatorBasis = 'cases' | 'outcome' | 'screening' | 'stated';

/** One published figure beside the value computed from the rows. */
export interface FigureCheck {
  figure: PublishedFigure;
  status: FigureStatus;
  /** The count computed from the case (or screening) rows; null when stated only. */
  count: number | null;
  denominator: number | null;
  denominatorBasis: DenominatorBasis | null;
  /** The computed percentage under the chosen rule, and under the other rule. */
  percent: number | null;
  otherRulePercent: number | null;
  /** Computed minus stated; null when nothing is stated to compare. */
  countDifference: number | null;
  percentDifference: number | null;
  /** The stated percentage differs under the chosen rule but matches under the other one. */
  matchesUnderOtherRule: boolean;
  /** The cases behind the computed count (none for screening figures, which count reviews). */
  caseIds: string[];
  /** Plain words: what differs, or why the figure cannot be computed. */
  explanation: string;
}

/** The count behind one figure, before percentages. */
interface Counted {
  count: number;
  caseIds: string[];
  denominator: number | null;
  basis: DenominatorBasis | null;
  /** Largest-remainder group: figures sharing it are rounded together. */
  group: string | null;
}

const otherRule = (rule: RoundingRule): RoundingRule =>
  rule === 'half-up' ? 'largest-remainder' : 'half-up';

function caseDenominator(figure: PublishedFigure, dataset: Dataset): Counted['basis'] {
  const stated = figure.denominator;
  const statedTotal = dataset.published.find((f) => f.dimension === 'total')?.count;
  if (stated === null || stated === dataset.cases.length || stated === statedTotal) return 'cases';
  return 'stated';
}

/** The outcome a sub-category belongs to, with its number of cases, or undefined. */
function parentOutcome(
  dataset: Dataset,
  subcategory: string,
): { id: string; count: number } | undefined {
  const parent = dataset.codebook.outcomes.find((o) =>
    o.subcategories.some((s) => s.id === subcategory),
  );
  if (!parent) return undefined;
  return { id: parent.id, count: dataset.cases.filter((c) => c.outcome === parent.id).length };
}

function countScreening(figure: PublishedFigure, dataset: Dataset): Counted {
  const rows = dataset.screening;
  const all = rows.reduce((sum, r) => sum + r.count, 0);
  const { category } = figure;
  const source = category.startsWith('source:') ? category.slice('source:'.length) : null;
  const kept =
    category === ''
      ? rows
      : source !== null
        ? rows.filter((r) => r.source === source)
        : rows.filter((r) => r.status === category);
  return {
    count: kept.reduce((sum, r) => sum + r.count, 0),
    caseIds: [],
    denominator: all,
    basis: 'screening',
    group: category === '' ? null : `screening|${source !== null ? 'source' : 'status'}`,
  };
}

function countCases(
  figure: PublishedFigure,
  dataset: Dataset,
  holds: (c: CaseRecord) => boolean,
): Counted {
  const held = dataset.cases.filter(holds);
  let basis = caseDenominator(figure, dataset);
  let denominator = basis === 'cases' ? dataset.cases.length : figure.denominator;
  let within = '';
  // A sub-category's share is of its outcome's cases ("2 of the 6 deaths"), when one is stated.
  const parent =
    figure.dimension === 'outcomeSubcategory' && figure.denominator !== null
      ? parentOutcome(dataset, figure.category)
      : undefined;
  if (parent) [basis, denominator, within] = ['outcome', parent.count, parent.id];
  return {
    count: held.length,
    caseIds: held.map((c) => c.id),
    denominator,
    basis,
    group: `${figure.dimension}|${basis}|${denominator ?? ''}|${within}`,
  };
}

/** Counts one figure from the rows, or explains why it cannot be. */
function countFigure(figure: PublishedFigure, dataset: Dataset): Counted | string {
  const { dimension, category } = figure;
  if (dimension === '') return 'Not computable from the case rows: the source states it only.';
  if (figure.count === null && figure.percent === null)
    return 'The figure states no number to check.';
  if (dimension === 'screening') return countScreening(figure, dataset);
  if (dimension === 'total') {
    const all = countCases(figure, dataset, () => true);
    const share = figure.percent !== null || figure.denominator !== null;
    return share
      ? { ...all, group: null }
      : { ...all, denominator: null, basis: null, group: null };
  }
  if (dimension === 'themes') {
    if (category !== '') return countCases(figure, dataset, (c) => c.themes.includes(category));
    const held = dataset.cases.filter((c) => c.themes.length > 0);
    const distinct = new Set(held.flatMap((c) => c.themes)).size;
    return {
      count: distinct,
      caseIds: held.map((c) => c.id),
      denominator: null,
      basis: null,
      group: null,
    };
  }
  const read = caseFieldReader(dimension, dataset.cases);
  if (!read) return `Not computable: the case rows have no field "${dimension}".`;
  if (category !== '') return countCases(figure, dataset, (c) => read(c) === category);
  const held = dataset.cases.filter((c) => read(c) !== undefined);
  return {
    count: new Set(held.map(read)).size,
    caseIds: held.map((c) => c.id),
    denominator: null,
    basis: null,
    group: null,
  };
}

/** Percentages of every counted figure under one rule, largest remainder within each group. */
function percentsUnder(
  rule: RoundingRule,
  counted: ReadonlyArray<Counted | string>,
): Array<number | null> {
  const out = counted.map((c) =>
    typeof c === 'string' || c.denominator === null ? null : percentHalfUp(c.count, c.denominator),
  );
  if (rule === 'half-up') return out;
  const groups = new Map<string, number[]>();
  counted.forEach((c, i) => {
    if (typeof c === 'string' || c.group === null || c.denominator === null) return;
    groups.set(c.group, [...(groups.get(c.group) ?? []), i]);
  });
  for (const members of groups.values()) {
    const first = counted[members[0] ?? -1];
    if (typeof first !== 'object' || first.denominator === null) continue;
    const counts = members.map((i) => (counted[i] as Counted).count);
    percentsLargestRemainder(counts, first.denominator).forEach((p, k) => {
      out[members[k] ?? -1] = p;
    });
  }
  return out;
}

function explain(check: Omit<FigureCheck, 'explanation'>, rule: RoundingRule): string {
  const { figure, count, percent, denominator } = check;
  const parts: string[] = [];
  if (check.countDifference !== null && check.countDifference !== 0) {
    const sign = check.countDifference > 0 ? '+' : '−';
    parts.push(
      `The rows give ${count}, not ${figure.count} (${sign}${Math.abs(check.countDifference)}).`,
    );
  }
  if (check.percentDifference !== null && check.percentDifference !== 0) {
    const ruleName = rule === 'half-up' ? 'half-up' : 'largest-remainder';
    parts.push(
      `${count} of ${denominator} is ${percent}% under ${ruleName} rounding, not ${figure.percent}%.`,
    );
    if (check.matchesUnderOtherRule)
      parts.push(
        `Matches under ${otherRule(rule) === 'half-up' ? 'half-up rounding' : 'largest remainder'}.`,
      );
  }
  if (
    figure.denominator !== null &&
    check.denominatorBasis !== 'stated' &&
    denominator !== figure.denominator
  )
    parts.push(`The denominator from the rows is ${denominator}, not ${figure.denominator}.`);
  if (parts.length === 0 && check.denominatorBasis === 'stated')
    parts.push(`Denominator ${denominator} as stated: the rows cannot identify that group.`);
  return parts.join(' ');
}

/** The source a figure was stated for, in words: its dataset and period, or "" for the whole data. */
export function figureSource(figure: PublishedFigure): string {
  return [figure.dataset, figure.period].filter((part) => part !== undefined).join(', ');
}

/**
 * The rows a figure was stated for: in combined data, only its own dataset's cases, screening
 * rows and figures (a stated total is of its own source); for a figure naming a period, only
 * that period's cases. A figure naming a dataset of data that does not say which case came from
 * where is checked against every row.
 */
function scopeOf(
  figure: PublishedFigure,
  dataset: Dataset,
  combined: boolean,
  scopes: Map<string, Dataset>,
): Dataset {
  const own = combined ? figure.dataset : undefined;
  const period = figure.period;
  if (own === undefined && period === undefined) return dataset;
  const key = `${own ?? ''}\u0000${period ?? ''}`;
  const known = scopes.get(key);
  if (known) return known;
  const periods = dataset.codebook.fields.find((f) => f.field === 'period')?.categories ?? [];
  const periodId =
    period === undefined
      ? undefined
      : (periods.find((c) => c.id === period || c.label === period)?.id ?? period);
  const scope: Dataset = {
    ...dataset,
    cases: dataset.cases.filter(
      (c) =>
        (own === undefined || c.dataset === own) &&
        (periodId === undefined || c.period === periodId),
    ),
    published: dataset.published.filter(
      (f) => (own === undefined || f.dataset === own) && f.period === period,
    ),
    screening:
      own === undefined ? dataset.screening : dataset.screening.filter((r) => r.dataset === own),
  };
  scopes.set(key, scope);
  return scope;
}

/** The case rows a figure is checked against (see `scopeOf`). */
export function casesStatedFor(dataset: Dataset, figure: PublishedFigure): Dataset['cases'] {
  const combined = dataset.cases.some((c) => c.dataset !== undefined);
  return scopeOf(figure, dataset, combined, new Map()).cases;
}

/**
 * Checks every published figure of a dataset against the case rows (and screening rows): the
 * computed count and percentage, and whether they match what the source states. In combined
 * data each figure is checked against its own source's rows only (see `scopeOf`). Percentages
 * are whole numbers under `rule`; largest remainder rounds the figures sharing a source,
 * dimension and denominator together, as a source table does.
 */
export function reconcilePublishedFigures(dataset: Dataset, rule: RoundingRule): FigureCheck[] {
  const figures = dataset.published;
  const combined = dataset.cases.some((c) => c.dataset !== undefined);
  const scopes = new Map<string, Dataset>();
  const counted = figures.map((f): Counted | string => {
    const result = countFigure(f, scopeOf(f, dataset, combined, scopes));
    if (typeof result === 'string' || result.group === null) return result;
    return { ...result, group: `${figureSource(f)}\u0000${result.group}` };
  });
  const chosen = percentsUnder(rule, counted);
  const other = percentsUnder(otherRule(rule), counted);
  return figures.map((figure, i) => {
    const c = counted[i] as Counted | string;
    if (typeof c === 'string') {
      return {
        figure,
        status: 'stated-only',
        count: null,
        denominator: null,
        denominatorBasis: null,
        percent: null,
        otherRulePercent: null,
        countDifference: null,
        percentDifference: null,
        matchesUnderOtherRule: false,
        caseIds: [],
        explanation: c,
      };
    }
    const percent = chosen[i] ?? null;
    const otherRulePercent = other[i] ?? null;
    const countDifference = figure.count === null ? null : c.count - figure.count;
    const percentDifference =
      figure.percent === null || percent === null ? null : percent - figure.percent;
    const denominatorOk =
      figure.denominator === null || c.basis === 'stated' || c.denominator === figure.denominator;
    const percentOk = figure.percent === null || percentDifference === 0;
    const ok = (countDifference ?? 0) === 0 && percentOk && denominatorOk;
    const check: Omit<FigureCheck, 'explanation'> = {
      figure,
      status: ok ? 'match' : 'mismatch',
      count: c.count,
      denominator: c.denominator,
      denominatorBasis: c.basis,
      percent,
      otherRulePercent,
      countDifference,
      percentDifference,
      matchesUnderOtherRule: !percentOk && otherRulePercent === figure.percent,
      caseIds: c.caseIds,
    };
    return { ...check, explanation: explain(check, rule) };
  });
}

/** How many figures match, mismatch, or are stated only. */
export interface ReconciliationSummary {
  figures: number;
  computable: number;
  match: number;
  mismatch: number;
  statedOnly: number;
  /** Mismatches that would match under the other rounding rule. */
  matchUnderOtherRule: number;
}

/** Tallies the checks. */
export function summariseChecks(checks: readonly FigureCheck[]): ReconciliationSummary {
  const tally = (status: FigureStatus) => checks.filter((c) => c.status === status).length;
  const statedOnly = tally('stated-only');
  return {
    figures: checks.length,
    computable: checks.length - statedOnly,
    match: tally('match'),
    mismatch: tally('mismatch'),
    statedOnly,
    matchUnderOtherRule: checks.filter((c) => c.matchesUnderOtherRule).length,
  };
}

/** The summary line of the check: "29 of 31 figures match; 2 mismatch; 5 stated only." */
export function summaryLine(summary: ReconciliationSummary): string {
  return `${summary.match} of ${summary.computable} figures match; ${summary.mismatch} mismatch; ${summary.statedOnly} stated only.`;
}
