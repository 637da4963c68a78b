import { useMemo } from 'react';
import {
  hiddenSummaryText,
  maskCount,
  maskPercent,
  listCaseNumbers,
  neutralCaseLabel,
} from '../query/presenter-safe';
import { formatCount } from '../query/percent';
import { usePresenterSafeStore } from './presenter-safe-store';

/** What a view needs to show data presenter-safe; every function is the identity while off. */
export interface PresenterSafe {
  enabled: boolean;
  threshold: number;
  /** A count as shown: "< k" for 0 < count < k while on. */
  count: (count: number) => string;
  /** A percentage as shown: null (drawn as "–") when its count is hidden. */
  percent: (count: number, percent: number | null) => number | null;
  /**
   * How the cases of one list (dataset indices: the cases behind a count, the rows of a table,
   * the cases under the filters) are named: each by its title, or while on by "Case n", n local
   * to that list (see `listCaseNumbers`), so no label carries from one list to another. A case
   * not in the list reads "a case".
   */
  caseLabels: (members: readonly number[]) => (caseIndex: number, title: string) => string;
  /** Free text from the data (a learning summary, the dataset's notes) as shown. */
  summary: (text: string) => string;
}

/**
 * The masking functions for a switch position, threshold k and labelling seed: what
 * {@link usePresenterSafe} gives the views, and what a test or a slide made outside React uses.
 */
export function presenterSafeFor(enabled: boolean, threshold: number, seed = 0): PresenterSafe {
  return {
    enabled,
    threshold,
    count: (count) => (enabled ? maskCount(count, threshold) : formatCount(count)),
    percent: (count, percent) => (enabled ? maskPercent(count, percent, threshold) : percent),
    caseLabels: (members) => {
      if (!enabled) return (_caseIndex, title) => title;
      const numbers = listCaseNumbers(members, seed);
      return (caseIndex) => {
        const number = numbers.get(caseIndex);
        return number === undefined ? 'a case' : neutralCaseLabel(number);
      };
    },
    summary: (text) => (enabled ? hiddenSummaryText : text),
  };
}

/** Reads the presenter-safe switch and returns the masking functions every view applies. */
export function usePresenterSafe(): PresenterSafe {
  const enabled = usePresenterSafeStore((s) => s.enabled);
  const threshold = usePresenterSafeStore((s) => s.threshold);
  const seed = usePresenterSafeStore((s) => s.seed);
  return useMemo(() => presenterSafeFor(enabled, threshold, seed), [enabled, threshold, seed]);
}
