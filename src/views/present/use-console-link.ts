import { useEffect, useMemo, useRef } from 'react';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useDeckStore } from '../../state/deck-store';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import {
  isConsoleRequest,
  presenterChannelName,
  type ConsoleSlide,
  type DeckBroadcast,
} from './presenter-channel';
import { slidePlace } from './slide-place';
import { useSafeText } from './use-safe-text';

/**
 * The main window's end of the presenter view: while one is open, sends it the deck and the
 * current slide on every change, and follows its Previous / Next.
 */
export function useConsoleLink(loaded: LoadedDataset | undefined): void {
  const sessionId = useDeckStore((s) => s.presenterSession);
  const deck = useDeckStore((s) => s.deck);
  const current = useDeckStore((s) => s.currentSlide);
  const presenting = useDeckStore((s) => s.mode === 'presenting');
  const presenterSafe = usePresenterSafe().enabled;
  const safe = useSafeText(loaded);
  const message = useMemo<DeckBroadcast>(() => {
    const slides = deck.slides.map((slide): ConsoleSlide => {
      const out: ConsoleSlide = {
        caption: safe.text(slide.caption),
        place: slidePlace(slide, loaded?.index, safe.caseName, safe.withheld),
      };
      if (slide.notes) out.notes = safe.text(slide.notes);
      return out;
    });
    return { type: 'deck', title: deck.title, slides, current, presenting, presenterSafe };
  }, [deck, current, presenting, presenterSafe, safe, loaded]);
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef(message);

  useEffect(() => {
    if (!sessionId || typeof BroadcastChannel === 'undefined') return;
    const opened = new BroadcastChannel(presenterChannelName(sessionId));
    channel.current = opened;
    opened.onmessage = (event: MessageEvent<unknown>) => {
      const request = event.data;
      if (!isConsoleRequest(request)) return;
      if (request.type === 'hello') opened.postMessage(latest.current);
      else useDeckStore.getState().goTo(request.index);
    };
    opened.postMessage(latest.current);
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [sessionId]);

  useEffect(() => {
    latest.current = message;
    channel.current?.postMessage(message);
  }, [message]);
}
