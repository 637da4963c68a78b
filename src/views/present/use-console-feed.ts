import { useCallback, useEffect, useRef, useState } from 'react';
import {
  isDeckBroadcast,
  presenterChannelName,
  type ConsoleRequest,
  type DeckBroadcast,
} from './presenter-channel';

/** The presenter view's end of the channel: the deck as the main window last sent it. */
export function useConsoleFeed(sessionId: string): {
  deck: DeckBroadcast | null;
  go: (index: number) => void;
  supported: boolean;
} {
  const supported = typeof BroadcastChannel !== 'undefined';
  const [deck, setDeck] = useState<DeckBroadcast | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    if (!supported) return;
    const opened = new BroadcastChannel(presenterChannelName(sessionId));
    channel.current = opened;
    opened.onmessage = (event: MessageEvent<unknown>) => {
      if (isDeckBroadcast(event.data)) setDeck(event.data);
    };
    const hello: ConsoleRequest = { type: 'hello' };
    opened.postMessage(hello);
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [sessionId, supported]);
  const go = useCallback((index: number) => {
    const request: ConsoleRequest = { type: 'go', index };
    channel.current?.postMessage(request);
  }, []);
  return { deck, go, supported };
}
