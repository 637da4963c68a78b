import { headerKey, slugify } from './headers';
import type { Category } from './types';

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

  constructor(
    given: readonly Category[],
    private readonly deriving: boolean,
  ) {
    this.categories = given.map((category) => ({ ...category }));
    for (const category of this.categories) this.remember(category);
  }

  /** Resolves one written value; `value` must be non-blank. */
  resolve(value: string): Resolution {
    const key = headerKey(value);
    const known = this.byKey.get(key === '' ? value.trim() : key);
    if (known !== undefined) return { kind: 'known', id: known };
    const id = this.freshId(value.trim());
    const category: Category = { id, label: value.trim(), order: this.categories.length };
    this.categories.push(category);
    this.remember(category);
    return { kind: this.deriving ? 'added' : 'unknown', id };
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
    let id = base;
    for (let n = 2; this.ids.has(id); n += 1) id = `${base}-${n}`;
    return id;
  }
}
