import { newcombeInterval } from '../intervals';
import type { ChartModel, ChartRow } from './chart-model';
import { isNotCodedShare, type Figure, type IntervalFigure } from './figure';
import { smallBaseOf } from './model-words';

/** How a change between two periods reads, from its interval. */
export type ChangeReading = 'rise' | 'fall' | 'no clear change' | 'not coded' | 'hidden' | 'none';

/** One category compared between two periods, read from a comparison model's rows. */
export interface PeriodChange {
  categoryId: string;
  label: string;
  from: ChartRow;
  to: ChartRow;
  /** The change in the share, to minus from, as a proportion; text in percentage points. */
  change: Figure;
  /** Newcombe's 95 % interval of the change (hybrid score), as proportions; text in points. */
  interval: IntervalFigure;
  reading: ChangeReading;
  /** The words of the reading: "no clear change", "rose", "not coded in 2020-Q1". */
  words: string;
  /** A period's base is under the small-base threshold. */
  small: boolean;
  /** The small-base threshold the change was read with. */
  smallBase: number;
}

/** The reading with its small-base flag, which states the threshold: "rose; small base (under 30)". */
export function readingText(change: Pick<PeriodChange, 'words' | 'small' | 'smallBase'>): string {
  return change.small ? `${change.words}; small base (under ${change.smallBase})` : change.words;
}

/** Percentage points with their sign: "+16.7 pp", "−3.0 pp", "0.0 pp". */
export function formatPoints(proportion: number): string {
  const rounded = Math.round(proportion * 1000) / 10;
  if (rounded === 0) return '0.0 pp';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)} pp`;
}

function signed(proportion: number): string {
  const rounded = Math.round(proportion * 1000) / 10;
  if (rounded === 0) return '0.0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)}`;
}

const noChange = (
  text: string,
  reading: ChangeReading,
  words: string,
): Pick<PeriodChange, 'change' | 'interval' | 'reading' | 'words'> => ({
  change: { value: null, text, ...(reading === 'hidden' ? { hidden: 'secondary' as const } : {}) },
  interval: { low: null, high: null, text },
  reading,
  words,
});

/**
 * The change of each category between the two periods of a comparison model (its rows come in
 * pairs: from, then to): the difference of the shares with Newcombe's interval, read as a rise or
 * a fall only when the interval leaves out 0, else "no clear change". Read from the rows' shown
 * figures, so a hidden count (presenter-safe) hides the change too, and a period where the
 * category is not coded says so rather than showing a fall.
 */
export function periodChanges(model: ChartModel, smallBase = smallBaseOf(model)): PeriodChange[] {
  const pairs = new Map<string, ChartRow[]>();
  for (const row of model.rows) {
    if (!row.series) continue;
    const pair = pairs.get(row.series.id) ?? [];
    pair.push(row);
    pairs.set(row.series.id, pair);
  }
  return [...pairs.values()].flatMap(([from, to]) => {
    if (!from || !to) return [];
    const small = [from, to].some(
      (r) => r.base.value !== null && r.base.value > 0 && r.base.value < smallBase,
    );
    const base = {
      categoryId: from.series?.id ?? '',
      label: from.series?.label ?? from.label,
      from,
      to,
      small,
      smallBase,
    };
    const uncoded = [from, to].filter((r) => isNotCodedShare(r.share));
    if (uncoded.length > 0)
      return [
        {
          ...base,
          ...noChange(
            'not coded',
            'not coded',
            `not coded in ${uncoded.map((r) => r.column?.label ?? '').join(' or ')}`,
          ),
        },
      ];
    if (from.share.hidden || to.share.hidden)
      return [{ ...base, ...noChange('hidden', 'hidden', 'hidden') }];
    const [x1, n1, x2, n2] = [to.count.value, to.base.value, from.count.value, from.base.value];
    const interval =
      x1 === null || n1 === null || x2 === null || n2 === null
        ? undefined
        : newcombeInterval(x1, n1, x2, n2);
    if (!interval) return [{ ...base, ...noChange('–', 'none', 'no cases to compare') }];
    const { difference, low, high } = interval;
    const reading: ChangeReading = low > 0 ? 'rise' : high < 0 ? 'fall' : 'no clear change';
    return [
      {
        ...base,
        change: { value: difference, text: formatPoints(difference) },
        interval: { low, high, text: `${signed(low)} to ${signed(high)} pp` },
        reading,
        words: reading === 'rise' ? 'rose' : reading === 'fall' ? 'fell' : 'no clear change',
      },
    ];
  });
}
