import type { Deck } from '../data/deck-schema';
import {
  addSlide,
  clampSlideIndex,
  deleteSlide,
  emptyDeck,
  moveSlide,
  nextSlideId,
  removeSlide,
  renameDeck,
  reorderSlide,
  replaceDeck,
  setCurrentSlide,
  updateSlide,
  type NewSlide,
} from './deck-reducers';

const slide = (caption: string): NewSlide => ({
  caption,
  view: 'overview',
  filters: [],
  themeMatch: 'any',
});

function deckOf(...captions: string[]): Deck {
  return captions.reduce((deck, caption) => addSlide(deck, slide(caption)), emptyDeck());
}

const captions = (deck: Deck) => deck.slides.map((s) => s.caption);

describe('deck reducers', () => {
  it('adds slides at the end with ids of their own', () => {
    const deck = deckOf('A', 'B', 'C');
    expect(captions(deck)).toEqual(['A', 'B', 'C']);
    expect(new Set(deck.slides.map((s) => s.id)).size).toBe(3);
  });

  it('never reuses an id still in the deck after a delete', () => {
    const deck = deleteSlide(deckOf('A', 'B', 'C'), 'slide-1');
    const id = nextSlideId(deck);
    expect(deck.slides.map((s) => s.id)).not.toContain(id);
    expect(addSlide(deck, slide('D')).slides.map((s) => s.id)).toEqual(['slide-2', 'slide-3', id]);
  });

  it('leaves the deck it was given unchanged', () => {
    const deck = deckOf('A', 'B');
    const before = structuredClone(deck);
    addSlide(deck, slide('C'));
    moveSlide(deck, 'slide-1', 1);
    updateSlide(deck, 'slide-1', { caption: 'X' });
    deleteSlide(deck, 'slide-2');
    expect(deck).toEqual(before);
  });

  it('renames a slide and sets or drops its notes', () => {
    let deck = updateSlide(deckOf('A', 'B'), 'slide-2', { caption: 'Beta', notes: 'Say this' });
    expect(deck.slides[1]).toMatchObject({ caption: 'Beta', notes: 'Say this' });
    deck = updateSlide(deck, 'slide-2', { notes: '  ' });
    expect(deck.slides[1]).not.toHaveProperty('notes');
    expect(updateSlide(deck, 'slide-2', { caption: ' ' }).slides[1]?.caption).toBe('Beta');
  });

  it('renames the deck, ignoring an empty title', () => {
    expect(renameDeck(deckOf(), 'Session 1').title).toBe('Session 1');
    expect(renameDeck(deckOf(), '   ').title).toBe('My deck');
  });

  it.each([
    [0, 2, ['B', 'C', 'A']],
    [2, 0, ['C', 'A', 'B']],
    [1, 1, ['A', 'B', 'C']],
    [0, 9, ['B', 'C', 'A']],
    [2, -4, ['C', 'A', 'B']],
    [5, 0, ['A', 'B', 'C']],
  ])('reorders the slide at %i to %i', (from, to, expected) => {
    expect(captions(reorderSlide(deckOf('A', 'B', 'C'), from, to))).toEqual(expected);
  });

  it.each([
    ['slide-1', 1, ['B', 'A', 'C']],
    ['slide-3', -1, ['A', 'C', 'B']],
    ['slide-1', -1, ['A', 'B', 'C']],
    ['slide-3', 1, ['A', 'B', 'C']],
    ['nope', 1, ['A', 'B', 'C']],
  ])('moves %s by %i', (id, offset, expected) => {
    expect(captions(moveSlide(deckOf('A', 'B', 'C'), id, offset))).toEqual(expected);
  });

  it.each([
    [-3, 0],
    [1, 1],
    [7, 2],
    [Number.NaN, 0],
  ])('clamps slide position %d to %i', (index, expected) => {
    expect(clampSlideIndex(deckOf('A', 'B', 'C'), index)).toBe(expected);
    expect(
      setCurrentSlide({ deck: deckOf('A', 'B', 'C'), currentSlide: 0 }, index).currentSlide,
    ).toBe(expected);
  });

  it('replaces the deck and starts again at its first slide', () => {
    const session = replaceDeck({ deck: deckOf('A', 'B'), currentSlide: 1 }, deckOf('X'));
    expect(captions(session.deck)).toEqual(['X']);
    expect(session.currentSlide).toBe(0);
  });

  it.each([
    ['a slide before the current one', 'slide-1', 2, ['B', 'C', 'D'], 'C'],
    ['the current slide', 'slide-3', 2, ['A', 'B', 'D'], 'D'],
    ['the current last slide', 'slide-4', 3, ['A', 'B', 'C'], 'C'],
    ['a slide after the current one', 'slide-4', 1, ['A', 'B', 'C'], 'B'],
  ])('deleting %s keeps the current slide sensible', (_name, id, current, left, shown) => {
    const session = removeSlide({ deck: deckOf('A', 'B', 'C', 'D'), currentSlide: current }, id);
    expect(captions(session.deck)).toEqual(left);
    expect(session.deck.slides[session.currentSlide]?.caption).toBe(shown);
  });
});
