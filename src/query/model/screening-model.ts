import type { Dataset } from '../../data/types';
import type { RoundingRule } from '../percent';
import type { FigureCheck } from '../reconcile';
import { checkVerdict } from '../check-verdict';
import { screeningPercents, summariseScreening } from '../screening';
import type { ChartModel, ChartRow, ExtraCell, ModelSum } from './chart-model';
import { sourceLine } from './dimension-model';
import { countFigure, intervalFigure } from './figure';

/** The quantity of screened reviews with a status (or any) from a source (or any). */
export function screeningQuantity(status = '', source = ''): string {
  return `\u0000screening:${status}:${source}`;
}

/**
 * The model of the Screening funnel (DESIGN.md "Method"): every review screened, then each
 * status (exclusion reasons, then included), each split by the source it came from, with the
 * percentage the source states and whether it matches. Percentages are of all reviews screened,
 * rounded by `rule`. The sums a reader knows: statuses make the total, sources make the total,
 * and each status and source is the sum of its cells — a two-way table.
 */
export function screeningModel(
  dataset: Dataset,
  rule: RoundingRule,
  checks: readonly FigureCheck[],
): ChartModel {
  const summary = summariseScreening(dataset);
  const percents = screeningPercents(summary, rule);
  const checkOf = (category: string) => checks.find((c) => c.figure.category === category);
  const stated = (check: FigureCheck | undefined): ExtraCell => {
    const percent = check?.figure.percent;
    return percent === null || percent === undefined
      ? { value: null, text: '–' }
      : { value: percent, text: `${percent}%`, tiedToCount: true };
  };
  // The verdict's difference would give a hidden count back: it is hidden with the count.
  const verdict = (check: FigureCheck | undefined): ExtraCell =>
    check
      ? { value: null, text: checkVerdict(check), tiedToCount: check.status === 'mismatch' }
      : { value: null, text: 'not stated' };
  const row = (
    key: string,
    label: string,
    count: number,
    percent: number | null,
    bySource: readonly number[],
    check: FigureCheck | undefined,
    position: number,
  ): ChartRow => ({
    key,
    label,
    kind: key === 'total' ? 'group' : 'category',
    level: 0,
    count: countFigure(count),
    base: countFigure(summary.total),
    share: {
      value: summary.total > 0 ? count / summary.total : null,
      text: percent === null ? '–' : `${percent}%`,
    },
    interval: intervalFigure(count, summary.total),
    inferred: countFigure(0),
    state: 'normal',
    position,
    quantity: screeningQuantity(key === 'total' ? '' : key),
    baseQuantity: screeningQuantity(),
    extra: [
      ...bySource.map((n, i) => ({
        ...countFigure(n),
        quantity: screeningQuantity(key === 'total' ? '' : key, summary.sources[i]?.id ?? ''),
      })),
      stated(check),
      verdict(check),
    ],
  });
  const rows = [
    row(
      'total',
      'All reviews identified and examined',
      summary.total,
      summary.total > 0 ? 100 : null,
      summary.sources.map((s) => s.count),
      checkOf(''),
      0,
    ),
    ...summary.statuses.map((s, i) =>
      row(s.id, s.label, s.count, percents[i] ?? null, s.bySource, checkOf(s.id), i + 1),
    ),
  ];
  const sums: ModelSum[] = [
    { total: screeningQuantity(), parts: summary.statuses.map((s) => screeningQuantity(s.id)) },
    { total: screeningQuantity(), parts: summary.sources.map((s) => screeningQuantity('', s.id)) },
    ...summary.statuses.map((s) => ({
      total: screeningQuantity(s.id),
      parts: summary.sources.map((source) => screeningQuantity(s.id, source.id)),
    })),
    ...summary.sources.map((source) => ({
      total: screeningQuantity('', source.id),
      parts: summary.statuses.map((s) => screeningQuantity(s.id, source.id)),
    })),
  ];
  const mismatches = checks.filter((c) => c.status === 'mismatch');
  const remarks = [
    'Reviews screened are not coded cases, so the filters do not apply.',
    ...mismatches.map((c) => `${c.figure.label}: ${c.explanation}`),
  ];
  const otherRule = rule === 'half-up' ? 'largest remainder' : 'half-up rounding';
  if (mismatches.length > 0 && mismatches.every((c) => c.matchesUnderOtherRule))
    remarks.push(`All the source's screening percentages match under ${otherRule}.`);
  return {
    id: 'method.screening',
    title: 'Screening',
    unit: 'reviews',
    labelHeader: 'Screening status',
    countHeader: 'Reviews',
    shareHeader: 'Percent of n',
    n: countFigure(summary.total),
    nQuantity: screeningQuantity(),
    nCoded: countFigure(summary.total),
    nCodedQuantity: screeningQuantity(),
    nAll: countFigure(summary.total),
    rows,
    overlapping: false,
    absent: summary.total === 0,
    noun: 'screening rows',
    inferred: countFigure(0),
    extraColumns: [
      ...summary.sources.map((s) => ({ header: s.label, kind: 'count' as const })),
      { header: 'Stated', kind: 'text' as const },
      { header: 'Check', kind: 'text' as const },
    ],
    rankedByCount: false,
    sums,
    filters: '',
    remarks,
    source: sourceLine(dataset),
  };
}
