import type { Deck } from '../../data/deck-schema';

/**
 * A deck as it may leave the page while presenter-safe is on: no case ids (a case slide opens at
 * the case list instead) and no drill-downs (they name cases), captions with every case title
 * replaced by its neutral label, no speaker notes (free text can hold names and the small counts
 * the slides hide), and no filter on a `withheld` dimension (a column presenter-safe withholds,
 * whose filter values may name a child).
 */
export function presenterSafeDeck(
  deck: Deck,
  text: (written: string) => string,
  withheld: ReadonlySet<string> = new Set(),
): Deck {
  return {
    ...deck,
    slides: deck.slides.map(
      ({ caseId: _case, drill: _drill, notes: _notes, caption, filters, ...slide }) => ({
        ...slide,
        filters: filters.filter(([dimension]) => !withheld.has(dimension)),
        caption: text(caption),
      }),
    ),
  };
}
