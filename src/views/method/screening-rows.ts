import type { RoundingRule } from '../../query/percent';
import { isMaskedCount } from '../../query/presenter-safe';
import type { FigureCheck } from '../../query/reconcile';
import type { ScreeningSummary } from '../../query/screening';
import type { DataTableRow } from '../../ui/chart-data-table';
import { statusText } from '../../ui/figure-cells';

/** The Screening chart's data table and its notes. */
export interface ScreeningTable {
  rows: DataTableRow[];
  extraHeaders: string[];
  /** One sentence per stated figure that does not match, with the difference. */
  notes: string[];
}

/**
 * The rows of the Screening data table, in funnel order (all reviews, each exclusion, the
 * included ones): count, percentage under the rule, reviews per source, the percentage the source
 * states and whether it matches. Counts are numbers, so presenter-safe masks them; with
 * `hideBelow` (k, while it is on) the stated percentage of a count below k is hidden too.
 */
export function screeningRows(
  summary: ScreeningSummary,
  percents: ReadonlyArray<number | null>,
  checks: readonly FigureCheck[],
  rule: RoundingRule,
  hideBelow?: number,
): ScreeningTable {
  const checkOf = (category: string) => checks.find((c) => c.figure.category === category);
  const stated = (check: FigureCheck | undefined, count: number) => {
    if (hideBelow !== undefined && isMaskedCount(count, hideBelow)) return '–';
    const percent = check?.figure.percent;
    return percent === null || percent === undefined ? '–' : `${percent}%`;
  };
  const verdict = (check: FigureCheck | undefined) => (check ? statusText(check) : 'not stated');
  const totalCheck = checkOf('');
  const rows: DataTableRow[] = [
    {
      label: 'All reviews identified and examined',
      count: summary.total,
      percent: summary.total > 0 ? 100 : null,
      extra: [
        ...summary.sources.map((s) => s.count),
        stated(totalCheck, summary.total),
        verdict(totalCheck),
      ],
    },
    ...summary.statuses.map((status, i) => {
      const check = checkOf(status.id);
      return {
        label: status.label,
        count: status.count,
        percent: percents[i] ?? null,
        extra: [...status.bySource, stated(check, status.count), verdict(check)],
      };
    }),
  ];
  const otherRule = rule === 'half-up' ? 'largest remainder' : 'half-up rounding';
  const mismatches = checks.filter((c) => c.status === 'mismatch');
  const notes = mismatches.map((c) => `${c.figure.label}: ${c.explanation}`);
  if (mismatches.length > 0 && mismatches.every((c) => c.matchesUnderOtherRule))
    notes.push(`All the source's screening percentages match under ${otherRule}.`);
  return {
    rows,
    extraHeaders: [...summary.sources.map((s) => s.label), 'Stated', 'Check'],
    notes,
  };
}
