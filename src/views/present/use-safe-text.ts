import { useMemo } from 'react';
import { replaceCaseTitles } from '../../query/presenter-safe';
import type { LoadedDataset } from '../../state/dataset-queries';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { useSafeCases } from '../../state/use-safe-cases';

/** Text the presenter wrote, and case names, as presenter-safe shows them. */
export interface SafeText {
  /** A caption or note with every case title of the dataset replaced by its neutral label. */
  text: (text: string) => string;
  /** A case's title, or its neutral label; the id itself when the dataset has no such case. */
  caseName: (caseId: string) => string;
  /** Dimensions whose filter values presenter-safe withholds (columns it withholds). */
  withheld: ReadonlySet<string>;
}

const none: ReadonlySet<string> = new Set();

/** Applies presenter-safe to the presenter's own text: captions and notes may name a case. */
export function useSafeText(loaded: LoadedDataset | undefined): SafeText {
  const safe = usePresenterSafe();
  const withheld = useSafeCases(loaded)?.withheldDimensions ?? none;
  return useMemo(() => {
    const cases = loaded?.dataset.cases ?? [];
    // Under presenter-safe a case has no label outside a list (labels are local to each list,
    // so none can be matched across lists): text the presenter wrote says "a case".
    const label = (_i: number, title: string) => (safe.enabled ? 'a case' : title);
    const titles = cases.map((c, i) => ({ title: c.title, label: label(i, c.title) }));
    return {
      text: (text) => (safe.enabled ? replaceCaseTitles(text, titles) : text),
      caseName: (caseId) => {
        const i = loaded?.index.caseIndex.get(caseId);
        const record = i === undefined ? undefined : cases[i];
        if (i === undefined || !record) return safe.enabled ? 'a case' : caseId;
        return label(i, record.title);
      },
      withheld,
    };
  }, [loaded, safe, withheld]);
}
