import type { Deck } from '../../data/deck-schema';

/**
 * A deck as it may leave the page while presenter-safe is on: no case ids (a case slide opens at
 * the case list instead) and no drill-downs (they name cases), captions with every case title
 * replaced by its neutral label, and no speaker notes (free text can hold names and the small
 * counts the slides hide).
 */
export function presenterSafeDeck(deck: Deck, text: (written: string) => string): Deck {
  return {
    ...deck,
    slides: deck.slides.map(
      ({ caseId: _case, drill: _drill, notes: _notes, caption, ...slide }) => ({
        ...slide,
        caption: text(caption),
      }),
    ),
  };
}
