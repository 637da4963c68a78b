/**
 * Categories shared by several coders' codebooks: each coder's category ids recoded into the
 * first coder's, by id, then label, then alias (as merged files are); a category no earlier coder
 * has is added under its own label.
 */
import { CategoryResolver } from '../data/category-resolver';
import type { Codebook, Category } from '../data/types';

/** The categories a codebook gives a case field (`themes` for the theme list). */
export function fieldCategories(codebook: Codebook, field: string): readonly Category[] {
  if (field === 'outcome') return codebook.outcomes;
  if (field === 'outcomeSubcategory') return codebook.outcomes.flatMap((o) => o.subcategories);
  if (field === 'contactRoute') return codebook.contactRoutes;
  if (field === 'themes') return codebook.themes;
  return codebook.fields.find((f) => f.field === field)?.categories ?? [];
}

/** One field's categories across coders. */
export interface SharedCategories {
  /** The shared id of coder `coder`'s category id (added when no coder before had it). */
  recode: (coder: number, id: string) => string;
  /** Every shared category so far, in order: the first coder's, then those added. */
  categories: () => readonly Category[];
  /** Shared id → label. */
  labels: () => Map<string, string>;
}

/** The shared categories of `field` in the codebooks, one per coder, in coder order. */
export function sharedCategories(codebooks: readonly Codebook[], field: string): SharedCategories {
  const lists = codebooks.map((c) => fieldCategories(c, field));
  const resolver = new CategoryResolver(lists[0] ?? [], false);
  // Case files repeat their categories on every row: recode each coder's id once.
  const known = lists.map(() => new Map<string, string>());
  const recode = (coder: number, id: string): string => {
    const seen = known[coder]?.get(id);
    if (seen !== undefined) return seen;
    const shared = recodeOnce(coder, id);
    known[coder]?.set(id, shared);
    return shared;
  };
  const recodeOnce = (coder: number, id: string): string => {
    const category = lists[coder]?.find((c) => c.id === id);
    const names = category ? [category.id, category.label, ...(category.aliases ?? [])] : [id];
    for (const name of names) {
      const known = resolver.lookup(name);
      if (known !== undefined) return known;
    }
    return resolver.resolve(category?.label ?? id).id;
  };
  // Every coder's list first, so an id means the same category whichever case names it first.
  lists.forEach((list, k) => list.forEach((category) => recode(k, category.id)));
  return {
    recode,
    categories: () => resolver.categories,
    labels: () => new Map(resolver.categories.map((c) => [c.id, c.label])),
  };
}

/** Per coder: shared theme id → the coder's own theme id. */
export function ownThemeIds(
  codebooks: readonly Codebook[],
  themes: SharedCategories,
): Array<Map<string, string>> {
  return codebooks.map(
    (codebook, k) => new Map(codebook.themes.map((t) => [themes.recode(k, t.id), t.id])),
  );
}
