import type { Dataset, LoadFacts } from './types';

/**
 * The limits of one load, as the first screen tells them (the dataset menu's hint) and the data on
 * screen counts against them; how a load is checked against them is in `load-budget.ts`, which
 * loads with the loader.
 */

export const MEBIBYTE = 1024 * 1024;

/** A load over this size in all is refused before it is read. */
export const MAX_LOAD_BYTES = 100 * MEBIBYTE;
/** A load over this size in all loads, with a warning that it may take a while. */
export const LARGE_LOAD_BYTES = 25 * MEBIBYTE;
/**
 * Rows (cases, learning items, figures, screening rows) a load may hold in all: the most at
 * which every view stays responsive (bench/README.md, "Largest accepted load").
 */
export const MAX_LOAD_ROWS = 100_000;

/** The limits in words, told before a file is chosen: "Up to 100 MB and 100,000 rows in all." */
export const loadLimitText = `Up to ${Math.round(MAX_LOAD_BYTES / MEBIBYTE)} MB and ${new Intl.NumberFormat('en-GB').format(MAX_LOAD_ROWS)} rows in all (every file of a load, and the data they are added to).`;

/** The dataset on screen, when files are added to it: its files count against the budget. */
export interface LoadBase {
  /** How the dataset is named in messages (its files' names, or its title). */
  name: string;
  bytes: number;
  rows: number;
}

/** The dataset on screen as a base for files added to it: its files' bytes and its rows. */
export function loadBaseOf(load: { dataset: Dataset; facts: LoadFacts }): LoadBase {
  const { dataset, facts } = load;
  const names = facts.files.map((f) => f.name).filter((name) => name !== '');
  return {
    name: names.length > 0 ? names.join(', ') : dataset.meta.title,
    bytes: facts.files.reduce((sum, f) => sum + f.bytes, 0),
    rows:
      dataset.cases.length +
      dataset.learning.length +
      dataset.published.length +
      dataset.screening.length,
  };
}
