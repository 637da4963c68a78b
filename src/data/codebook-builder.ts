import { CategoryResolver } from './category-resolver';
import { caseFieldLabels, type CaseColumnField } from './headers';
import type { Category, Codebook, FieldCodebook } from './types';

/** A codebook with nothing in it, to be derived from the values of the files. */
export function emptyCodebook(): Codebook {
  return { outcomes: [], contactRoutes: [], themes: [], barriers: [], fields: [], derived: true };
}

/** The standard barrier list of the briefings, used when learning rows name none. */
export const standardBarriers: Category[] = [
  { id: 'knowledge-awareness-attitudes', label: 'Knowledge, awareness or attitudes', order: 0 },
  { id: 'procedural-systemic', label: 'Procedural or systemic', order: 1 },
  { id: 'resourcing', label: 'Resourcing', order: 2 },
  { id: 'unknown', label: 'Unknown', order: 3 },
];

/**
 * Holds one resolver per codebook list while files are normalised, then assembles the codebook.
 * Given lists resolve unknown values as `unknown` (a warning); derived lists grow silently.
 */
export class CodebookBuilder {
  readonly outcomes: CategoryResolver;
  readonly subcategories: CategoryResolver;
  readonly contactRoutes: CategoryResolver;
  readonly themes: CategoryResolver;
  readonly barriers: CategoryResolver;
  private readonly fieldResolvers = new Map<
    string,
    { label: string; resolver: CategoryResolver; text?: true }
  >();
  /** Sub-category id → the outcome id it was first seen with. */
  private readonly subcategoryParent = new Map<string, string>();

  constructor(private readonly given: Codebook) {
    const deriving = given.derived;
    this.outcomes = new CategoryResolver(given.outcomes, deriving);
    const subcategories: Category[] = [];
    for (const outcome of given.outcomes) {
      for (const sub of outcome.subcategories) {
        subcategories.push(sub);
        this.subcategoryParent.set(sub.id, outcome.id);
      }
    }
    this.subcategories = new CategoryResolver(subcategories, deriving);
    this.contactRoutes = new CategoryResolver(given.contactRoutes, deriving);
    this.themes = new CategoryResolver(given.themes, deriving);
    this.barriers = new CategoryResolver(given.barriers, deriving);
    for (const field of given.fields) {
      this.fieldResolvers.set(field.field, {
        label: field.label,
        resolver: new CategoryResolver(field.categories, deriving),
        ...(field.kind === 'text' ? { text: true as const } : {}),
      });
    }
  }

  /** True when the codebook is being derived from the data. */
  get deriving(): boolean {
    return this.given.derived;
  }

  /** The resolver of another categorical field, created on first use. */
  field(field: string, label?: string): CategoryResolver {
    let entry = this.fieldResolvers.get(field);
    if (!entry) {
      const shownLabel = label ?? caseFieldLabels.get(field as CaseColumnField) ?? field;
      // A field the given codebook does not list is derived, whatever the rest of the codebook is.
      entry = { label: shownLabel, resolver: new CategoryResolver([], true) };
      this.fieldResolvers.set(field, entry);
    }
    return entry.resolver;
  }

  /**
   * Declares an extra field free text (its values kept as written, no categories); does nothing
   * when the field is already known, so a codebook's own choice stands.
   */
  textField(field: string, label: string): void {
    if (this.hasField(field)) return;
    this.fieldResolvers.set(field, { label, resolver: new CategoryResolver([], true), text: true });
  }

  /** True when the field is known: given by the codebook or met in the data so far. */
  hasField(field: string): boolean {
    return this.fieldResolvers.has(field);
  }

  /** True when the field holds free text rather than categories. */
  isText(field: string): boolean {
    return this.fieldResolvers.get(field)?.text === true;
  }

  /** Records which outcome a sub-category belongs to (the first pairing wins). */
  linkSubcategory(subcategoryId: string, outcomeId: string | undefined): void {
    if (outcomeId !== undefined && !this.subcategoryParent.has(subcategoryId)) {
      this.subcategoryParent.set(subcategoryId, outcomeId);
    }
  }

  /** Assembles the codebook from what was given and what was met. */
  build(): Codebook {
    // Grouped in one pass: a file of many distinct outcomes and sub-categories stays linear.
    const byParent = new Map<string, Category[]>(
      this.outcomes.categories.map((outcome) => [outcome.id, []]),
    );
    const orphans: Category[] = [];
    for (const sub of this.subcategories.categories) {
      const parent = this.subcategoryParent.get(sub.id);
      const siblings = parent === undefined ? undefined : byParent.get(parent);
      if (siblings) siblings.push(sub);
      else orphans.push(sub);
    }
    const outcomes = this.outcomes.categories.map((outcome) => ({
      ...outcome,
      subcategories: byParent.get(outcome.id) ?? [],
    }));
    if (orphans.length > 0) {
      outcomes.push({
        id: 'outcome-not-given',
        label: 'Outcome not given',
        order: outcomes.length,
        subcategories: orphans,
      });
    }
    const fields: FieldCodebook[] = [];
    for (const [field, { label, resolver, text }] of this.fieldResolvers) {
      fields.push(
        text
          ? { field, label, kind: 'text', categories: [] }
          : { field, label, categories: resolver.categories },
      );
    }
    const codebook: Codebook = {
      outcomes: outcomes.map(({ subcategories, ...rest }) => ({
        ...(rest as Category),
        subcategories,
      })),
      contactRoutes: this.contactRoutes.categories,
      themes: this.themes.categories,
      barriers: this.barriers.categories,
      fields,
      derived: this.given.derived,
    };
    if (this.given.themeGroups) codebook.themeGroups = this.given.themeGroups;
    return codebook;
  }
}
