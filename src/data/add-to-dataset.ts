import {
  applyMapping,
  listCategories,
  unmergedOf,
  type CategoryMapping,
  type UnmergedCategory,
} from './apply-mapping';
import { mergeDatasets } from './merge-datasets';
import type { Dataset, LoadProblem, LoadResult } from './types';

/** An accepted load: a dataset with its problems and facts. */
export type AcceptedLoad = Extract<LoadResult, { ok: true }>;

/** True when some cases have no period and the file does not name a single period for them. */
export function needsPeriod(dataset: Dataset): boolean {
  return dataset.cases.some((c) => c.period === undefined) && dataset.meta.periods.length !== 1;
}

/** The dataset with `period` as its file's period, for cases that have none of their own. */
export function withFilePeriod(dataset: Dataset, period: string | undefined): Dataset {
  const label = period?.trim() ?? '';
  if (label === '' || !needsPeriod(dataset)) return dataset;
  return { ...dataset, meta: { ...dataset.meta, periods: [label] } };
}

function parts(title: string): string[] {
  return title.startsWith('Combined: ') ? title.slice('Combined: '.length).split(' + ') : [title];
}

/**
 * The names a load's values are reported under: all its files, and apart the files its cases and
 * its learning came from (so a new value is attributed to the file that has it, not a screening
 * file loaded beside it).
 */
function partNames(load: AcceptedLoad): {
  name: string;
  casesFile?: string;
  learningFile?: string;
} {
  const files = load.facts.files;
  const of = (kinds: ReadonlyArray<string>) =>
    files
      .filter((f) => kinds.includes(f.kind))
      .map((f) => f.name)
      .join(', ');
  const name = files.map((f) => f.name).join(', ') || load.dataset.meta.title;
  const casesFile = of(['cases', 'json']);
  const learningFile = of(['learning', 'json']);
  return {
    name,
    ...(casesFile ? { casesFile } : {}),
    ...(learningFile ? { learningFile } : {}),
  };
}

/** What adding files to the data on screen gave. */
export interface AddResult {
  /** The combined load, with the problems of every load so far. */
  result: AcceptedLoad;
  /** The same with only this addition's problems, for the load report. */
  report: AcceptedLoad;
  unmerged: UnmergedCategory[];
}

/**
 * Adds a newly loaded dataset to the one on screen (mergeDatasets: codebooks merged through ids,
 * labels and aliases; duplicates reported, not counted twice). `periods` names the period of a
 * side whose cases have none.
 */
export function addToDataset(
  current: AcceptedLoad,
  added: AcceptedLoad,
  periods: { current?: string; added?: string } = {},
): AddResult {
  const merged = mergeDatasets([
    { ...partNames(current), dataset: withFilePeriod(current.dataset, periods.current) },
    { ...partNames(added), dataset: withFilePeriod(added.dataset, periods.added) },
  ]);
  const title = `Combined: ${[...parts(current.dataset.meta.title), ...parts(added.dataset.meta.title)].join(' + ')}`;
  const dataset: Dataset = { ...merged.dataset, meta: { ...merged.dataset.meta, title } };
  const problems = [...added.problems, ...merged.problems];
  const facts = {
    files: [...current.facts.files, ...added.facts.files],
    codebookDerived: current.facts.codebookDerived && added.facts.codebookDerived,
  };
  return {
    result: { ok: true, dataset, problems: [...current.problems, ...problems], facts },
    report: { ok: true, dataset, problems, facts },
    unmerged: merged.unmerged,
  };
}

/**
 * Applies a hand-made mapping to an accepted load: the dataset is recoded (see applyMapping),
 * the mapped categories' "unmerged" problems give way to a note of the mapping.
 */
export function mapLoad(
  load: AcceptedLoad,
  mapping: CategoryMapping,
): { result: AcceptedLoad; applied: CategoryMapping; skipped: CategoryMapping } {
  const { dataset, applied, skipped } = applyMapping(load.dataset, mapping);
  const isMapped = (p: LoadProblem) => {
    const unmerged = unmergedOf(p);
    return applied.some((m) => m.list === unmerged?.list && m.label === unmerged.label);
  };
  const labelOf = (m: CategoryMapping[number]) =>
    listCategories(dataset.codebook, m.list).find((c) => c.id === m.to)?.label ?? m.to;
  const notes: LoadProblem[] = applied.map((m) => ({
    code: 'mapped-by-hand',
    severity: 'info',
    file: '',
    column: m.list,
    message: `The ${m.list} "${m.label}" was mapped by hand to "${labelOf(m)}".`,
  }));
  return {
    result: {
      ...load,
      dataset,
      problems: [...load.problems.filter((p) => !isMapped(p)), ...notes],
    },
    applied,
    skipped,
  };
}
