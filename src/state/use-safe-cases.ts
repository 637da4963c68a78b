import { useMemo } from 'react';
import {
  caseAttributes,
  withheldColumns,
  withheldDimensions,
  type CaseAttribute,
} from '../query/case-attributes';
import { discloseCases, type CaseDisclosure } from '../query/case-disclosure';
import type { DatasetIndex } from '../query/dataset-index';
import type { LoadedDataset } from './dataset-queries';
import { usePresenterSafeStore } from './presenter-safe-store';

/**
 * What presenter-safe lets the screen show of the cases of one dataset: the quasi-identifying
 * attributes, what each case may show of them (k-anonymity by local suppression), and the extra
 * columns withheld everywhere.
 */
export interface SafeCases {
  attributes: readonly CaseAttribute[];
  /** What each case of the dataset may show on its own (a list narrows it further). */
  disclosure: CaseDisclosure;
  /** Extra columns never shown, by column name. */
  withheld: ReadonlySet<string>;
  /** The filter dimensions of the withheld columns (`attr:<column>`). */
  withheldDimensions: ReadonlySet<string>;
}

// One decision per dataset and k, shared by every view: it reads all the cases once per subset
// of attributes it tries, so it is not redone per component or per render.
const decided = new WeakMap<DatasetIndex, Map<number, SafeCases>>();

/** What presenter-safe lets be shown of a dataset's cases at threshold k (memoised). */
export function safeCasesOf(loaded: LoadedDataset, k: number): SafeCases {
  let byK = decided.get(loaded.index);
  if (!byK) decided.set(loaded.index, (byK = new Map()));
  const known = byK.get(k);
  if (known) return known;
  const withheld = withheldColumns(loaded.dataset);
  const attributes = caseAttributes(loaded.dataset, loaded.index, withheld);
  const safeCases: SafeCases = {
    attributes,
    disclosure: discloseCases(attributes, loaded.dataset.cases.length, k),
    withheld,
    withheldDimensions: withheldDimensions(withheld),
  };
  byK.set(k, safeCases);
  return safeCases;
}

/**
 * What presenter-safe lets the screen show of the cases, or undefined while it is off (then
 * every case shows every field, as written).
 */
export function useSafeCases(loaded: LoadedDataset | undefined): SafeCases | undefined {
  const enabled = usePresenterSafeStore((s) => s.enabled);
  const threshold = usePresenterSafeStore((s) => s.threshold);
  return useMemo(
    () => (enabled && loaded ? safeCasesOf(loaded, threshold) : undefined),
    [enabled, threshold, loaded],
  );
}
