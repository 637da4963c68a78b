/**
 * The presenter view runs in a second window of the same origin; the two windows talk over a
 * BroadcastChannel named for this presenting session (nothing leaves the browser).
 */

/** One slide as the presenter view shows it (captions and notes already presenter-safe). */
export interface ConsoleSlide {
  caption: string;
  notes?: string;
  place: string;
}

/** What the main window tells the presenter view: the deck and where the show is. */
export interface DeckBroadcast {
  type: 'deck';
  title: string;
  slides: ConsoleSlide[];
  current: number;
  presenting: boolean;
  presenterSafe: boolean;
}

/** What the presenter view asks of the main window. */
export type ConsoleRequest = { type: 'hello' } | { type: 'go'; index: number };

/** The channel name of one presenting session. */
export function presenterChannelName(sessionId: string): string {
  return `case-review-explorer:presenter:${sessionId}`;
}

/** A fresh, unguessable session id (works on plain http too, unlike crypto.randomUUID). */
export function newPresenterSessionId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Checks a message from the presenter view before acting on it. */
export function isConsoleRequest(value: unknown): value is ConsoleRequest {
  if (!isRecord(value)) return false;
  return (
    value.type === 'hello' ||
    (value.type === 'go' && typeof value.index === 'number' && Number.isInteger(value.index))
  );
}

/** Checks a message from the main window before showing it. */
export function isDeckBroadcast(value: unknown): value is DeckBroadcast {
  if (!isRecord(value) || value.type !== 'deck') return false;
  return (
    typeof value.title === 'string' &&
    typeof value.current === 'number' &&
    Array.isArray(value.slides) &&
    value.slides.every(
      (s) => isRecord(s) && typeof s.caption === 'string' && typeof s.place === 'string',
    )
  );
}
