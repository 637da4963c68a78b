import type { Dataset } from '../data/types';

/**
 * The learning summaries beside a disagreement: per case (key: the case id) and per case and
 * theme (key: case id, NUL, item id `theme:<id>`), each summary once, from every coder's file.
 */
export type LearningIndex = ReadonlyMap<string, readonly string[]>;

function themeKey(caseId: string, itemId: string): string {
  return `${caseId}\u0000${itemId}`;
}

/** Indexes every coder's learning summaries on the shared cases, by case and by theme. */
export function learningIndex(
  datasets: readonly Dataset[],
  caseIds: readonly string[],
  recodeTheme: (coder: number, themeId: string) => string,
): LearningIndex {
  const shared = new Set(caseIds);
  const index = new Map<string, string[]>();
  const add = (key: string, summary: string) => {
    const list = index.get(key) ?? [];
    if (!list.includes(summary)) list.push(summary);
    index.set(key, list);
  };
  datasets.forEach((dataset, k) => {
    for (const item of dataset.learning) {
      if (!shared.has(item.caseId) || item.summary.trim() === '') continue;
      add(item.caseId, item.summary);
      add(themeKey(item.caseId, `theme:${recodeTheme(k, item.themeId)}`), item.summary);
    }
  });
  return index;
}

/** The summaries to read beside a case's code: on the theme for a theme, all the case's for a field. */
export function learningFor(
  index: LearningIndex,
  caseId: string,
  item: { id: string; kind: 'field' | 'theme' },
): readonly string[] {
  return index.get(item.kind === 'theme' ? themeKey(caseId, item.id) : caseId) ?? [];
}
