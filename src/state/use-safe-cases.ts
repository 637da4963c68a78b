import { useMemo } from 'react';
import { create } from 'zustand';
import { runStepsAsync, runToEnd, type Steps } from '../data/run-steps';
import {
  caseAttributes,
  withheldColumns,
  withheldDimensions,
  type CaseAttribute,
} from '../query/case-attributes';
import { discloseCasesSteps, discloseNothing, type CaseDisclosure } from '../query/case-disclosure';
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
  /**
   * The disclosure is still being worked out (a large dataset's, in steps): until it is, no case
   * shows any of its attributes.
   */
  pending?: boolean;
}

/**
 * Datasets up to this many cases are decided on the spot (tens of milliseconds); larger ones in
 * steps between other work, so turning presenter-safe on never holds the page for long (DESIGN.md
 * "Budgets": no task over 200 ms at the largest load).
 */
export const SAFE_CASES_AT_ONCE = 20_000;

// One decision per dataset and k, shared by every view: it reads all the cases once per subset
// of attributes it tries, so it is not redone per component or per render.
const decided = new WeakMap<DatasetIndex, Map<number, SafeCases>>();
/** Decisions under way (large datasets), by dataset and k. */
const underWay = new WeakMap<DatasetIndex, Map<number, SafeCases>>();

/** Changes when a decision made in steps is done: the hook's consumers then read it. */
const useDecisions = create<{ done: number }>()(() => ({ done: 0 }));

function byK<T>(map: WeakMap<DatasetIndex, Map<number, T>>, index: DatasetIndex): Map<number, T> {
  let found = map.get(index);
  if (!found) map.set(index, (found = new Map()));
  return found;
}

/** The decision's parts, then its disclosure in steps. */
function* safeCasesSteps(
  loaded: LoadedDataset,
  k: number,
  parts: Omit<SafeCases, 'disclosure'>,
): Steps<SafeCases> {
  const disclosure = yield* discloseCasesSteps(parts.attributes, loaded.dataset.cases.length, k);
  return { ...parts, disclosure };
}

function partsOf(loaded: LoadedDataset): Omit<SafeCases, 'disclosure'> {
  const withheld = withheldColumns(loaded.dataset);
  return {
    attributes: caseAttributes(loaded.dataset, loaded.index, withheld),
    withheld,
    withheldDimensions: withheldDimensions(withheld),
  };
}

/** What presenter-safe lets be shown of a dataset's cases at threshold k (memoised). */
export function safeCasesOf(loaded: LoadedDataset, k: number): SafeCases {
  const known = byK(decided, loaded.index).get(k);
  if (known) return known;
  const safeCases = runToEnd(safeCasesSteps(loaded, k, partsOf(loaded)));
  byK(decided, loaded.index).set(k, safeCases);
  return safeCases;
}

/**
 * What presenter-safe lets be shown now: the decision if made; for a large dataset not yet
 * decided, a stand-in that shows no case's attributes while the decision is made in steps.
 */
export function safeCasesNow(loaded: LoadedDataset, k: number): SafeCases {
  const known = byK(decided, loaded.index).get(k);
  if (known) return known;
  if (loaded.dataset.cases.length <= SAFE_CASES_AT_ONCE) return safeCasesOf(loaded, k);
  const started = byK(underWay, loaded.index).get(k);
  if (started) return started;
  const parts = partsOf(loaded);
  const size = loaded.dataset.cases.length;
  const standIn: SafeCases = {
    ...parts,
    disclosure: discloseNothing(parts.attributes, size, k),
    pending: true,
  };
  byK(underWay, loaded.index).set(k, standIn);
  void runStepsAsync(safeCasesSteps(loaded, k, parts)).then((result) => {
    byK(underWay, loaded.index).delete(k);
    if (result === 'cancelled') return;
    byK(decided, loaded.index).set(k, result);
    useDecisions.setState((s) => ({ done: s.done + 1 }));
  });
  return standIn;
}

/**
 * What presenter-safe lets the screen show of the cases, or undefined while it is off (then
 * every case shows every field, as written). For a large dataset, at first a stand-in that shows
 * no case's attributes (`pending`), then the decision once made.
 */
export function useSafeCases(loaded: LoadedDataset | undefined): SafeCases | undefined {
  const enabled = usePresenterSafeStore((s) => s.enabled);
  const threshold = usePresenterSafeStore((s) => s.threshold);
  const done = useDecisions((s) => s.done);
  return useMemo(
    () => (enabled && loaded ? safeCasesNow(loaded, threshold) : undefined),
    // `done` is read so that a decision finished in steps is picked up.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [enabled, threshold, loaded, done],
  );
}
