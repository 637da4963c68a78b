import type { FilterState } from '../selection';

/** The category value that stands for "no value coded" in a quantity. */
export const notCodedValue = '\u0000none';

/**
 * The pseudo-dimension of "coded for" a category of a multi-valued dimension (themes): a
 * restriction on it with a category id names the cases coded for that category, with
 * {@link anyCodedValue} the cases coded for any.
 */
export function codedFor(dimension: string): string {
  return `${dimension}\u0000coded`;
}

/** See {@link codedFor}. */
export const anyCodedValue = '\u0000any';

/** A quantity that is certainly 0 (a category its own filter excludes). */
export const emptyQuantity = '\u0000empty';

/** A restriction added to a selection: the cases whose `dimension` is one of `values`. */
export interface Restriction {
  dimension: string;
  values: readonly string[];
  /**
   * For a multi-valued dimension (themes): the cases holding every one of `values`, on top of
   * whatever the filters ask of the dimension (a case can hold several), never intersected.
   */
  holds?: boolean;
}

interface Clause {
  values: readonly string[];
  /** For several values of a multi-valued dimension: any of them, or all of them. */
  match: 'any' | 'all';
}

/**
 * Names what a count counts, canonically: the selection's filters in a fixed order, so that the
 * same cases counted by two charts (the headline's Cases under "Outcome: Death" and the Outcome
 * chart's Death bar) get the same name. Disclosure control knows them for one number by it.
 * `except` drops dimensions (a chart ignores its own filter); `restrict` intersects further
 * restrictions (a bar's category). A restriction the filters already exclude names the empty
 * quantity.
 */
export function quantityKey(
  filters: FilterState,
  options: { except?: readonly string[]; restrict?: readonly Restriction[] } = {},
): string {
  const clauses = new Map<string, Clause>();
  const extra: string[] = [];
  for (const [dimension, chosen] of filters.values)
    if (chosen.length > 0 && !options.except?.includes(dimension))
      clauses.set(dimension, { values: chosen, match: filters.themeMatch });
  for (const { dimension, values: wanted, holds } of options.restrict ?? []) {
    const clause = clauses.get(dimension);
    if (!holds) {
      const kept = clause ? wanted.filter((v) => clause.values.includes(v)) : wanted;
      if (kept.length === 0) return emptyQuantity;
      clauses.set(dimension, { values: kept, match: 'any' });
    } else if (!clause || clause.values.length === 1 || clause.match === 'all') {
      // Holding a and b is the filter "all of a, b": the same cases, so the same name.
      const values = [...new Set([...(clause?.values ?? []), ...wanted])];
      clauses.set(dimension, { values, match: 'all' });
    } else {
      extra.push(`${dimension}\u220b${[...wanted].sort().join('|')}`);
    }
  }
  const named = [...clauses].map(([dimension, { values, match }]) => {
    const sorted = [...values].sort().join('|');
    return `${dimension}=${sorted}${values.length > 1 && match === 'all' ? '~all' : ''}`;
  });
  return [...named, ...extra].sort().join('&');
}
