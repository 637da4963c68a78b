import type { Deck } from '../data/deck-schema';
import { serialiseDeck } from '../data/deck-text';
import { deviceStorageOff, offlineCopy } from './offline-copy';

/** Where a deck is kept when the user asks for it (localStorage of this browser profile). */
export const deckStorageKey = 'case-review-explorer:deck';

/** What reading the kept deck gave: nothing kept, a deck, or why the kept one was unusable. */
export type StoredDeck =
  { kind: 'none' } | { kind: 'deck'; deck: Deck } | { kind: 'problem'; message: string };

/**
 * The storage of this page, or null where the browser refuses it (e.g. storage turned off) or in
 * the one-file offline copy.
 */
export function deviceStorage(): Storage | null {
  if (offlineCopy) return null;
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch (error) {
    // Some locked-down browsers throw a SecurityError on the mere access: treat as no storage.
    if (error instanceof DOMException) return null;
    throw error;
  }
}

/** Whether a deck is kept on the device (without reading it). */
export function hasStoredDeck(storage: Storage | null): boolean {
  return storage?.getItem(deckStorageKey) != null;
}

/**
 * Reads the kept deck, validating it like an imported one: a corrupt entry is a problem, not a
 * crash. The schema library is fetched only when there is a deck to check, so it stays out of
 * the first load.
 */
export async function readStoredDeck(storage: Storage | null): Promise<StoredDeck> {
  const text = storage?.getItem(deckStorageKey) ?? null;
  if (text === null) return { kind: 'none' };
  const { parseDeck } = await import('../data/deck-schema');
  const result = parseDeck(text, 'the deck kept on this device');
  if (result.ok) return { kind: 'deck', deck: result.deck };
  return {
    kind: 'problem',
    message: result.problems.map((p) => p.message).join(' '),
  };
}

/** Keeps the deck on the device; returns why it could not (storage full or refused), or null. */
export function writeStoredDeck(storage: Storage | null, deck: Deck): string | null {
  if (!storage)
    return offlineCopy
      ? deviceStorageOff
      : 'This browser does not allow keeping data on the device.';
  try {
    storage.setItem(deckStorageKey, serialiseDeck(deck));
    return null;
  } catch (error) {
    return `The deck could not be kept on this device: ${(error as Error).message}`;
  }
}

/** Forgets the kept deck. */
export function forgetStoredDeck(storage: Storage | null): void {
  storage?.removeItem(deckStorageKey);
}
