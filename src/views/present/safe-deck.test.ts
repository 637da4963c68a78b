import { describe, expect, it } from 'vitest';
import type { Deck } from '../../data/deck-schema';
import { presenterSafeDeck } from './safe-deck';

const deck: Deck = {
  version: 1,
  title: 'Training',
  slides: [
    {
      id: 'a',
      caption: 'Kent: Child H — the profile',
      notes: 'Two covert filicides, one in Kent.',
      view: 'case',
      caseId: 'kent-child-h',
      drill: 'cell:kent-child-h:investigation',
      filters: [],
      themeMatch: 'any',
    },
  ],
};

describe('presenterSafeDeck', () => {
  it('leaves out case ids, drill-downs and notes, and names cases by their labels', () => {
    const safe = presenterSafeDeck(deck, (t) => t.replace('Kent: Child H', 'Case 4'));
    expect(safe.slides[0]).toEqual({
      id: 'a',
      caption: 'Case 4 — the profile',
      view: 'case',
      filters: [],
      themeMatch: 'any',
    });
    expect(JSON.stringify(safe)).not.toMatch(/kent|filicide/i);
  });

  it('leaves out the filters on columns presenter-safe withholds, keeping the others', () => {
    const filtered: Deck = {
      ...deck,
      slides: [
        {
          id: 'b',
          caption: 'Deaths',
          view: 'overview',
          filters: [
            ['outcome', ['death']],
            ['attr:Child name', ['Child H']],
          ],
          themeMatch: 'any',
        },
      ],
    };
    const safe = presenterSafeDeck(filtered, (t) => t, new Set(['attr:Child name']));
    expect(safe.slides[0]?.filters).toEqual([['outcome', ['death']]]);
    expect(JSON.stringify(safe)).not.toContain('Child H');
  });
});
