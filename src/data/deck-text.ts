import type { Deck } from './deck-schema';

/**
 * Writes a deck as pretty-printed JSON, the format `parseDeck` reads. Kept apart from the schema
 * so that keeping a deck on the device does not bring the schema library into the first load.
 */
export function serialiseDeck(deck: Deck): string {
  return `${JSON.stringify(deck, null, 2)}\n`;
}
