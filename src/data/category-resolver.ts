import { headerKey, slugify } from './headers';
import type { Category } from './types';
import { numberedId } from './unique-ids';

/** The outcome of resolving one written value against a category list. */
export type Resolution =
  { kind: 'known'; id: string } | { kind: 'added'; id: string } | { kind: 'unknown'; id: string };

/**
 * Resolves values written as an id, a label or an alias to a category id, case- and
 * separator-insensitively. Values it does not know become new categories (in order of first
 * appearance), reported as `added` when the list is being derived and `unknown` when the list was
 * given, so the loader can warn about them while still counting them.
 */
export class CategoryResolver {
  readonly categories: Category[];
  private readonly byKey = new Map<string, string>();
  private readonly ids = new Set<string>();
  /**
   * Each value as written → its resolution once known. A file repeats its categories on every
   * row; folding the text (Unicode normalisation, regular expressions) once per distinct value
   * instead of once per row is most of the loader's speed. Values map to the same id for ever
   * (keys are never reassigned), so an answer, once given, stays right.
   */
  private readonly known = new Map<string, Resolution>();

  constructor(
    given: readonly Category[],
    private readonly deriving: boolean,
  ) {
    this.categories = given.map((category) => ({ ...category }));
    for (const category of this.categories) this.remember(category);
  }

  /** Resolves one written value; `value` must be non-blank. */
  resolve(value: string): Resolution {
    const seen = this.known.get(value);
    if (seen !== undefined) return seen;
    const key = headerKey(value);
    const known = this.byKey.get(key === '' ? value.trim() : key);
    if (known !== undefined) return this.remembered(value, known);
    const id = this.freshId(value.trim());
    const category: Category = { id, label: value.trim(), order: this.categories.length };
    this.categories.push(category);
    this.remember(category);
    this.remembered(value, id);
    return { kind: this.deriving ? 'added' : 'unknown', id };
  }

  private remembered(value: string, id: string): Resolution {
    const resolution: Resolution = { kind: 'known', id };
    this.known.set(value, resolution);
    return resolution;
  }

  /** The id a value resolves to without adding anything, or undefined. */
  lookup(value: string): string | undefined {
    const key = headerKey(value);
    return this.byKey.get(key === '' ? value.trim() : key);
  }

  private remember(category: Category): void {
    this.ids.add(category.id);
    for (const name of [category.id, category.label, ...(category.aliases ?? [])]) {
      const key = headerKey(name);
      const lookupKey = key === '' ? name.trim() : key;
      if (!this.byKey.has(lookupKey)) this.byKey.set(lookupKey, category.id);
    }
  }

  private freshId(value: string): string {
    const base = slugify(value);
    return this.ids.has(base) ? numberedId(base, this.ids, (id) => this.ids.has(id)) : base;
  }
}
