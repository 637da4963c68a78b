import type { Slide, SlideView } from '../../data/deck-schema';
import { chartTitleOfId } from '../../data/chart-ids';
import type { DatasetIndex } from '../../query/dataset-index';
import { describeFilters } from '../../query/filter-description';
import { hiddenValueText } from '../../ui/case-facts';
import { navEntries } from '../../ui/nav-bar';

/** The name of a slide's view, as the navigation names it. */
export function viewLabel(view: SlideView | string): string {
  return navEntries.find((e) => e.view === view)?.label ?? (view === 'case' ? 'Case' : view);
}

/**
 * Where a slide goes, in words: "Overview · Outcome: Death", "Case · Case 4", "Method · no
 * filters", with the chart it opens at. A filter on a `withheld` dimension (presenter-safe's)
 * says its column, not its values.
 */
export function slidePlace(
  slide: Pick<Slide, 'view' | 'filters' | 'themeMatch' | 'caseId' | 'focus'>,
  index: DatasetIndex | undefined,
  caseName: (caseId: string) => string,
  withheld: ReadonlySet<string> = new Set(),
): string {
  const parts = [viewLabel(slide.view)];
  if (slide.view === 'case' && slide.caseId) parts.push(caseName(slide.caseId));
  const filters = slide.filters.map(([dimension, ids]): [string, string[]] =>
    withheld.has(dimension) ? [dimension, [hiddenValueText]] : [dimension, ids],
  );
  const phrases = index ? describeFilters(index, filters, slide.themeMatch) : [];
  if (phrases.length === 0 && slide.filters.length > 0)
    parts.push(`${slide.filters.length} filter${slide.filters.length === 1 ? '' : 's'}`);
  parts.push(...phrases.map((p) => p.text));
  if (parts.length === 1) parts.push('no filters');
  if (slide.focus) parts.push(`opens at “${chartTitleOfId(slide.focus)}”`);
  return parts.join(' · ');
}
