import { useMemo } from 'react';
import {
  hiddenSummaryText,
  maskCount,
  maskPercent,
  neutralCaseLabel,
  shuffledCaseNumbers,
} from '../query/presenter-safe';
import { usePresenterSafeStore } from './presenter-safe-store';

/** What a view needs to show data presenter-safe; every function is the identity while off. */
export interface PresenterSafe {
  enabled: boolean;
  threshold: number;
  /** A count as shown: "< k" for 0 < count < k while on. */
  count: (count: number) => string;
  /** A percentage as shown: null (drawn as "–") when its count is hidden. */
  percent: (count: number, percent: number | null) => number | null;
  /** A case's title or id as shown: "Case n" while on (n shuffled, stable across views). */
  caseLabel: (caseIndex: number, title: string, caseCount: number) => string;
  /** Free text from the data (a learning summary, the dataset's notes) as shown. */
  summary: (text: string) => string;
}

/** Reads the presenter-safe switch and returns the masking functions every view applies. */
export function usePresenterSafe(): PresenterSafe {
  const enabled = usePresenterSafeStore((s) => s.enabled);
  const threshold = usePresenterSafeStore((s) => s.threshold);
  const seed = usePresenterSafeStore((s) => s.seed);
  return useMemo(() => {
    // One shuffle per dataset size, built on first use.
    const numbersBySize = new Map<number, Int32Array>();
    const caseNumber = (caseIndex: number, caseCount: number): number => {
      let numbers = numbersBySize.get(caseCount);
      if (!numbers) {
        numbers = shuffledCaseNumbers(caseCount, seed);
        numbersBySize.set(caseCount, numbers);
      }
      return numbers[caseIndex] ?? caseIndex + 1;
    };
    return {
      enabled,
      threshold,
      count: (count) => (enabled ? maskCount(count, threshold) : String(count)),
      percent: (count, percent) => (enabled ? maskPercent(count, percent, threshold) : percent),
      caseLabel: (caseIndex, title, caseCount) =>
        enabled ? neutralCaseLabel(caseNumber(caseIndex, caseCount)) : title,
      summary: (text) => (enabled ? hiddenSummaryText : text),
    };
  }, [enabled, threshold, seed]);
}
