import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDeck, serialiseDeck, validateDeck, type Deck } from './deck-schema';

const goodDeck: Deck = {
  version: 1,
  title: 'Training session',
  slides: [
    {
      id: 's1',
      caption: 'The snapshot',
      view: 'overview',
      filters: [],
      themeMatch: 'any',
    },
    {
      id: 's2',
      caption: 'Deaths only',
      notes: 'Ask the room first.',
      view: 'overview',
      filters: [['outcome', ['death']]],
      themeMatch: 'any',
    },
  ],
};

function withSlide(change: Record<string, unknown>, drop?: string): unknown {
  const slide: Record<string, unknown> = { ...goodDeck.slides[1], ...change };
  if (drop) delete slide[drop];
  return { ...goodDeck, slides: [goodDeck.slides[0], slide] };
}

function messages(result: ReturnType<typeof parseDeck>): string[] {
  return result.ok ? [] : result.problems.map((p) => p.message);
}

describe('parseDeck', () => {
  it('keeps a slide’s view options, leaving out an unknown option or value', () => {
    const result = validateDeck(
      withSlide({
        view: 'themes',
        options: { themes: 'co-occurrence', measure: 'cosine', zoom: 'x', map: 'regions' },
      }),
      'deck.json',
    );
    expect(result.ok && result.deck.slides[1]?.options).toEqual({
      themes: 'co-occurrence',
      map: 'regions',
    });
  });

  it('reads back what serialiseDeck writes', () => {
    expect(parseDeck(serialiseDeck(goodDeck), 'deck.json')).toEqual({ ok: true, deck: goodDeck });
  });

  it('fills in empty filters and "any" when a hand-written slide leaves them out', () => {
    const result = parseDeck(
      JSON.stringify({
        version: 1,
        title: 'T',
        slides: [{ id: 'a', caption: 'C', view: 'method' }],
      }),
      'deck.json',
    );
    expect(result.ok && result.deck.slides[0]).toEqual({
      id: 'a',
      caption: 'C',
      view: 'method',
      filters: [],
      themeMatch: 'any',
    });
  });

  it('opens a deck that named its chart by title at the same chart, by model id', () => {
    const old = withSlide({ focus: 'Initial police contact' });
    const result = validateDeck(old, 'old-deck.json');
    expect(result.ok && result.deck.slides[1]?.focus).toBe('overview.contactRoute');
    const current = validateDeck(withSlide({ focus: 'trends.themes' }), 'deck.json');
    expect(current.ok && current.deck.slides[1]?.focus).toBe('trends.themes');
  });

  it.each([
    [
      'wrong version',
      { ...goodDeck, version: 2 },
      'The deck is version 2; this app reads version 1 decks.',
      'version',
      undefined,
    ],
    [
      'no version',
      { title: 'T', slides: [] },
      'The deck has no version; this app reads version 1 decks.',
      'version',
      undefined,
    ],
    [
      'missing caption',
      withSlide({}, 'caption'),
      'Slide 2: caption is missing.',
      'slides[1].caption',
      2,
    ],
    [
      'empty caption',
      withSlide({ caption: '   ' }),
      'Slide 2: caption is empty.',
      'slides[1].caption',
      2,
    ],
    [
      'unknown view',
      withSlide({ view: 'dashboard' }),
      'Slide 2: view "dashboard" is not a view of this app (overview, themes, learning, case, check, method, trends).',
      'slides[1].view',
      2,
    ],
    [
      'the Present view itself',
      withSlide({ view: 'present' }),
      'Slide 2: view "present" is not a view of this app',
      'slides[1].view',
      2,
    ],
    [
      'filters of the wrong shape',
      withSlide({ filters: { outcome: 'death' } }),
      'Slide 2: filters should be a list, not an object.',
      'slides[1].filters',
      2,
    ],
    [
      'a filter value that is not a list',
      withSlide({ filters: [['outcome', 'death']] }),
      'Slide 2: filters[0][1] should be a list, not "death".',
      'slides[1].filters[0][1]',
      2,
    ],
    [
      'duplicate slide ids',
      withSlide({ id: 's1' }),
      'Slide 2 has the same id as an earlier slide ("s1")',
      'slides[1].id',
      2,
    ],
    [
      'no slides list',
      { version: 1, title: 'T' },
      'The deck: slides is missing.',
      'slides',
      undefined,
    ],
    [
      'a list instead of a deck',
      [goodDeck],
      'The file is a list, not a deck',
      '(the whole file)',
      undefined,
    ],
  ])('refuses a deck with %s, naming what is wrong', (_name, deck, message, column, row) => {
    const result = parseDeck(JSON.stringify(deck), 'bad-deck.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.message.startsWith(message));
    expect(problem, messages(result).join(' | ')).toMatchObject({
      severity: 'error',
      file: 'bad-deck.json',
      column,
    });
    expect(problem?.row).toBe(row);
  });

  it('refuses bad JSON with the parser position, without throwing', () => {
    const result = parseDeck('{"version": 1, "title": "T", "slides": [', 'broken.json');
    expect(result.ok).toBe(false);
    expect(messages(result)[0]).toMatch(/^broken\.json is not valid JSON: .+\.$/);
  });

  it('refuses an empty file', () => {
    expect(messages(parseDeck('  \n', 'empty.json'))).toEqual(['empty.json is empty.']);
  });

  it('reports every problem of a deck at once', () => {
    const bad = {
      version: 1,
      title: 'T',
      slides: [{ id: 'a' }, { id: 'b', caption: 'B', view: 'x' }],
    };
    expect(messages(validateDeck(bad, 'deck.json'))).toEqual([
      'Slide 1: caption is missing.',
      expect.stringMatching(/^Slide 1: view is missing/),
      expect.stringMatching(/^Slide 2: view "x" is not a view/),
    ]);
  });

  it('accepts the briefing deck shipped in public/data', () => {
    const text = readFileSync(
      resolve(import.meta.dirname, '../../public/data/vkpp-2019-11-deck.json'),
      'utf8',
    );
    const result = parseDeck(text, 'vkpp-2019-11-deck.json');
    expect(messages(result)).toEqual([]);
    expect(result.ok && result.deck.slides.map((s) => s.view)).toEqual([
      'overview',
      'overview',
      'overview',
      'themes',
      'learning',
      'check',
    ]);
  });
});
