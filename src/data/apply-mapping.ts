import type { Category, Codebook, Dataset, LoadProblem } from './types';

/** A category of a later file that matched none of the first file's (from `mergeDatasets`). */
export interface UnmergedCategory {
  /** The list, as `mergeDatasets` names it: `theme`, `outcome`, `contact route`, `force`, ... */
  list: string;
  label: string;
  file: string;
}

/** One unmerged category mapped by hand onto a category of the same list. */
export interface CategoryMappingEntry {
  list: string;
  /** The unmerged category's label. */
  label: string;
  /** The id of the category it means. */
  to: string;
}

/** The mappings made by hand, saved with a kept dataset. */
export type CategoryMapping = CategoryMappingEntry[];

/** The case field holding each list's categories, and the published figures' dimension. */
const caseFieldOfList: ReadonlyMap<string, string> = new Map([
  ['outcome', 'outcome'],
  ['outcome sub-category', 'outcomeSubcategory'],
  ['contact route', 'contactRoute'],
  ['force', 'force'],
  ['region', 'region'],
  ['area', 'area'],
  ['reviewType', 'reviewType'],
  ['theme', 'themes'],
  ['barrier', 'barrier'],
]);

type CaseListField =
  'outcome' | 'outcomeSubcategory' | 'contactRoute' | 'force' | 'region' | 'area' | 'reviewType';

const unmergedMessage = /^The (.+?) "(.*)" is new in /;

/** The unmerged category an `unmerged-category` problem names, or undefined for other problems. */
export function unmergedOf(problem: LoadProblem): UnmergedCategory | undefined {
  if (problem.code !== 'unmerged-category') return undefined;
  const match = unmergedMessage.exec(problem.message);
  const list = problem.column ?? match?.[1];
  const label = match?.[2];
  return list === undefined || label === undefined
    ? undefined
    : { list, label, file: problem.file };
}

/** The unmerged categories named by a load's problems, once each. */
export function unmergedFromProblems(problems: readonly LoadProblem[]): UnmergedCategory[] {
  const out: UnmergedCategory[] = [];
  for (const p of problems) {
    const u = unmergedOf(p);
    if (u && !out.some((o) => o.list === u.list && o.label === u.label)) out.push(u);
  }
  return out;
}

/** The categories of one list of a codebook, by the list names `mergeDatasets` uses. */
export function listCategories(codebook: Codebook, list: string): Category[] {
  switch (list) {
    case 'outcome':
      return codebook.outcomes;
    case 'outcome sub-category':
      return codebook.outcomes.flatMap((o) => o.subcategories);
    case 'contact route':
      return codebook.contactRoutes;
    case 'theme':
      return codebook.themes;
    case 'barrier':
      return codebook.barriers;
    default:
      return codebook.fields.find((f) => f.field === list)?.categories ?? [];
  }
}

function withoutCategory(codebook: Codebook, list: string, from: Category, to: Category): Codebook {
  const aliases = [...(to.aliases ?? [])];
  for (const name of [from.label, from.id, ...(from.aliases ?? [])])
    if (!aliases.includes(name) && name !== to.label && name !== to.id) aliases.push(name);
  const merge = (cats: readonly Category[]) =>
    cats.filter((c) => c.id !== from.id).map((c) => (c.id === to.id ? { ...c, aliases } : c));
  switch (list) {
    case 'outcome': {
      const moved = codebook.outcomes.find((o) => o.id === from.id)?.subcategories ?? [];
      return {
        ...codebook,
        outcomes: codebook.outcomes
          .filter((o) => o.id !== from.id)
          .map((o) =>
            o.id === to.id
              ? {
                  ...o,
                  aliases,
                  subcategories: [
                    ...o.subcategories,
                    ...moved.filter((m) => !o.subcategories.some((s) => s.id === m.id)),
                  ],
                }
              : o,
          ),
      };
    }
    case 'outcome sub-category':
      return {
        ...codebook,
        outcomes: codebook.outcomes.map((o) => ({ ...o, subcategories: merge(o.subcategories) })),
      };
    case 'contact route':
      return { ...codebook, contactRoutes: merge(codebook.contactRoutes) };
    case 'theme':
      return { ...codebook, themes: merge(codebook.themes) };
    case 'barrier':
      return { ...codebook, barriers: merge(codebook.barriers) };
    default:
      return {
        ...codebook,
        fields: codebook.fields.map((f) =>
          f.field === list ? { ...f, categories: merge(f.categories) } : f,
        ),
      };
  }
}

/**
 * Applies a hand-made mapping to a merged dataset: each mapped category's cases, learning items
 * and published figures are recoded to the category it means, and its label becomes that
 * category's alias. Entries that no longer apply (already mapped, unknown list or label) are
 * returned apart, never silently dropped.
 */
export function applyMapping(
  dataset: Dataset,
  mapping: CategoryMapping,
): { dataset: Dataset; applied: CategoryMapping; skipped: CategoryMapping } {
  let { codebook, cases, learning, published } = dataset;
  const applied: CategoryMapping = [];
  const skipped: CategoryMapping = [];
  for (const entry of mapping) {
    const field = caseFieldOfList.get(entry.list) ?? entry.list;
    const categories = listCategories(codebook, entry.list);
    const from = categories.find((c) => c.label === entry.label && c.id !== entry.to);
    const to = categories.find((c) => c.id === entry.to);
    if (!from || !to) {
      skipped.push(entry);
      continue;
    }
    codebook = withoutCategory(codebook, entry.list, from, to);
    cases = cases.map((c) => {
      if (field === 'themes') {
        const recode = (ids: readonly string[]) => [
          ...new Set(ids.map((t) => (t === from.id ? to.id : t))),
        ];
        const listed = Array.isArray(c.themesCoded) && c.themesCoded.includes(from.id);
        if (!c.themes.includes(from.id) && !listed) return c;
        return {
          ...c,
          themes: recode(c.themes),
          ...(Array.isArray(c.themesCoded) ? { themesCoded: recode(c.themesCoded) } : {}),
        };
      }
      if (field === 'barrier') return c;
      const key = field as CaseListField;
      return c[key] === from.id ? { ...c, [key]: to.id } : c;
    });
    learning = learning.map((item) => {
      if (field === 'themes' && item.themeId === from.id) return { ...item, themeId: to.id };
      if (field === 'barrier' && item.barrier === from.id) return { ...item, barrier: to.id };
      return item;
    });
    published = published.map((f) =>
      f.dimension === field && f.category === from.id ? { ...f, category: to.id } : f,
    );
    applied.push(entry);
  }
  return { dataset: { ...dataset, codebook, cases, learning, published }, applied, skipped };
}
