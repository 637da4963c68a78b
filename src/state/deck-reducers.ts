import type { Deck, Slide } from '../data/deck-schema';

/** A slide before it has an id. */
export type NewSlide = Omit<Slide, 'id'>;

/** An empty deck, where saved views go until the user imports or loads another. */
export function emptyDeck(datasetTitle?: string): Deck {
  return datasetTitle
    ? { version: 1, title: 'My deck', datasetTitle, slides: [] }
    : { version: 1, title: 'My deck', slides: [] };
}

/** The first id of the form `slide-n` that no slide of the deck has. */
export function nextSlideId(deck: Deck): string {
  const taken = new Set(deck.slides.map((s) => s.id));
  let n = deck.slides.length + 1;
  while (taken.has(`slide-${n}`)) n += 1;
  return `slide-${n}`;
}

/** Appends a slide, giving it a fresh id. */
export function addSlide(deck: Deck, slide: NewSlide): Deck {
  return { ...deck, slides: [...deck.slides, { ...slide, id: nextSlideId(deck) }] };
}

/** Changes a slide's caption and/or notes (empty notes are dropped; an empty caption is ignored). */
export function updateSlide(
  deck: Deck,
  id: string,
  change: { caption?: string; notes?: string },
): Deck {
  return {
    ...deck,
    slides: deck.slides.map((slide) => {
      if (slide.id !== id) return slide;
      const next: Slide = { ...slide };
      if (change.caption !== undefined && change.caption.trim() !== '')
        next.caption = change.caption;
      if (change.notes !== undefined) {
        if (change.notes.trim() === '') delete next.notes;
        else next.notes = change.notes;
      }
      return next;
    }),
  };
}

/** Renames the deck (an empty title is ignored). */
export function renameDeck(deck: Deck, title: string): Deck {
  return title.trim() === '' ? deck : { ...deck, title };
}

/** Moves the slide at `from` to position `to` (both clamped); other slides keep their order. */
export function reorderSlide(deck: Deck, from: number, to: number): Deck {
  const last = deck.slides.length - 1;
  if (from < 0 || from > last) return deck;
  const target = Math.min(last, Math.max(0, to));
  if (target === from) return deck;
  const slides = [...deck.slides];
  const [moved] = slides.splice(from, 1);
  if (moved) slides.splice(target, 0, moved);
  return { ...deck, slides };
}

/** Moves a slide up (offset −1) or down (+1) by id. */
export function moveSlide(deck: Deck, id: string, offset: number): Deck {
  const from = deck.slides.findIndex((s) => s.id === id);
  return from === -1 ? deck : reorderSlide(deck, from, from + offset);
}

/** Removes a slide by id. */
export function deleteSlide(deck: Deck, id: string): Deck {
  return { ...deck, slides: deck.slides.filter((s) => s.id !== id) };
}

/** A slide position clamped to the deck: 0 for an empty deck. */
export function clampSlideIndex(deck: Deck, index: number): number {
  if (deck.slides.length === 0 || !Number.isFinite(index)) return 0;
  return Math.min(deck.slides.length - 1, Math.max(0, Math.trunc(index)));
}

/** The deck and the slide being shown or edited. */
export interface DeckSession {
  deck: Deck;
  currentSlide: number;
}

/** Goes to a slide, clamped to the deck. */
export function setCurrentSlide(session: DeckSession, index: number): DeckSession {
  const currentSlide = clampSlideIndex(session.deck, index);
  return currentSlide === session.currentSlide ? session : { ...session, currentSlide };
}

/** Replaces the whole deck (import, the briefing deck), starting again at its first slide. */
export function replaceDeck(_session: DeckSession, deck: Deck): DeckSession {
  return { deck, currentSlide: 0 };
}

/** Deletes a slide; the current slide stays the same slide, or the one that took its place. */
export function removeSlide(session: DeckSession, id: string): DeckSession {
  const index = session.deck.slides.findIndex((s) => s.id === id);
  if (index === -1) return session;
  const deck = deleteSlide(session.deck, id);
  const current = index < session.currentSlide ? session.currentSlide - 1 : session.currentSlide;
  return { deck, currentSlide: clampSlideIndex(deck, current) };
}
