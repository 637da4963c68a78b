import type { CaseRecord, LearningItem, LoadResult } from './types';

/**
 * A slice of a load's cases and learning items, sent from the worker ahead of the rest of the
 * result. Copying a message in from a worker is one task on the page, however large the message;
 * in slices, a 10 MB load arrives in tasks of a few milliseconds each rather than in one long task.
 */
export interface ResultPart {
  cases: CaseRecord[];
  learning: LearningItem[];
}

/** Cases per part: about 1.5 MB of a typical cases file, a few milliseconds to copy in. */
export const CASES_PER_PART = 1000;
/** Learning items per part (each is a summary of a few hundred characters). */
export const LEARNING_PER_PART = 2000;

/**
 * Splits an accepted result into parts holding its cases and learning items, in order, and the
 * rest of the result (everything else, with empty lists). A refusal, or a result small enough for
 * one part, comes back whole with no parts.
 */
export function splitResult(
  result: LoadResult,
  casesPerPart = CASES_PER_PART,
  learningPerPart = LEARNING_PER_PART,
): { parts: ResultPart[]; rest: LoadResult } {
  if (!result.ok) return { parts: [], rest: result };
  const { cases, learning } = result.dataset;
  const count = Math.max(
    Math.ceil(cases.length / casesPerPart),
    Math.ceil(learning.length / learningPerPart),
  );
  if (count <= 1) return { parts: [], rest: result };
  const parts: ResultPart[] = [];
  for (let i = 0; i < count; i += 1) {
    parts.push({
      cases: cases.slice(i * casesPerPart, (i + 1) * casesPerPart),
      learning: learning.slice(i * learningPerPart, (i + 1) * learningPerPart),
    });
  }
  return { parts, rest: { ...result, dataset: { ...result.dataset, cases: [], learning: [] } } };
}

/** Puts a result split by {@link splitResult} back together. */
export function joinResult(parts: readonly ResultPart[], rest: LoadResult): LoadResult {
  if (!rest.ok || parts.length === 0) return rest;
  const cases: CaseRecord[] = [];
  const learning: LearningItem[] = [];
  for (const part of parts) {
    for (const item of part.cases) cases.push(item);
    for (const item of part.learning) learning.push(item);
  }
  for (const item of rest.dataset.cases) cases.push(item);
  for (const item of rest.dataset.learning) learning.push(item);
  return { ...rest, dataset: { ...rest.dataset, cases, learning } };
}
