import { useState } from 'react';
import { useDeckStore } from '../../state/deck-store';
import { readUrlState } from '../../state/url-state';

/** What replaces the app's usual screen: the slides, the handout, or the presenter view. */
export type PresentScreen =
  { kind: 'presenting' } | { kind: 'handout' } | { kind: 'console'; sessionId: string };

/**
 * Which present screen the app shows instead of its header and views, or null for the usual
 * screen. A window opened as the presenter view (`?presenter=<session>`) stays one.
 */
export function usePresentScreen(): PresentScreen | null {
  const mode = useDeckStore((s) => s.mode);
  // Read once: the URL sync rewrites the address later without the parameter.
  const [sessionId] = useState(() => readUrlState(window.location.search).presenter ?? null);
  if (sessionId) return { kind: 'console', sessionId };
  if (mode === 'presenting') return { kind: 'presenting' };
  if (mode === 'handout') return { kind: 'handout' };
  return null;
}
