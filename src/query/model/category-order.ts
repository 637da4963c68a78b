import { comparePeriods } from '../../data/periods';
import type { CategoryCount } from '../aggregate';

/** Whether a category means "unknown", so it is drawn last whatever its count. */
export function isUnknownCategory(category: { id: string; label: string }): boolean {
  const normal = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
  return [category.id, category.label].some((s) => {
    const n = normal(s);
    return n.startsWith('unknown') || n === 'notknown' || n === 'unspecified';
  });
}

/**
 * Orders categories for a bar chart. `count`: largest first by `reference` counts (the whole
 * dataset's, so bars keep their places while filters change), ties in codebook order, "Unknown"
 * last. `codebook`: the codebook's order (years, ordered scales). `time`: periods in time order.
 */
export function orderCategories(
  categories: readonly CategoryCount[],
  order: 'count' | 'codebook' | 'time',
  reference: ReadonlyMap<string, number> = new Map(),
): CategoryCount[] {
  const ranked = categories.map((category, position) => ({ category, position }));
  if (order === 'time') ranked.sort((a, b) => comparePeriods(a.category.label, b.category.label));
  if (order === 'count') {
    ranked.sort((a, b) => {
      const unknown = Number(isUnknownCategory(a.category)) - Number(isUnknownCategory(b.category));
      if (unknown !== 0) return unknown;
      const byCount =
        (reference.get(b.category.id) ?? b.category.count) -
        (reference.get(a.category.id) ?? a.category.count);
      return byCount !== 0 ? byCount : a.position - b.position;
    });
  }
  return ranked.map((r) => r.category);
}
