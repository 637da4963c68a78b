import { useState } from 'react';
import { useDeckStore } from '../../state/deck-store';
import { DraftField } from './draft-field';
import { newPresenterSessionId } from './presenter-channel';

/** The deck's title and what can be done with it: present, open the presenter view, print. */
export function DeckControls() {
  const title = useDeckStore((s) => s.deck.title);
  const count = useDeckStore((s) => s.deck.slides.length);
  const deckLoads = useDeckStore((s) => s.deckLoads);
  const { renameDeck, startPresenting, startHandout, setPresenterSession } =
    useDeckStore.getState();
  const [blockedUrl, setBlockedUrl] = useState<string | null>(null);
  const openPresenterView = () => {
    const sessionId = useDeckStore.getState().presenterSession ?? newPresenterSessionId();
    setPresenterSession(sessionId);
    const url = `?view=present&presenter=${sessionId}`;
    const opened = window.open(url, `presenter-${sessionId}`, 'popup,width=1000,height=720');
    setBlockedUrl(opened ? null : url);
  };
  return (
    <div className="deck-controls">
      <DraftField
        key={deckLoads}
        className="deck-title"
        label="Deck title"
        value={title}
        required
        onCommit={renameDeck}
      />
      <div className="deck-buttons">
        <button
          type="button"
          className="primary"
          onClick={() => startPresenting(0)}
          disabled={count === 0}
        >
          Present
        </button>
        <button type="button" onClick={openPresenterView} disabled={count === 0}>
          Open presenter view
        </button>
        <button type="button" onClick={startHandout} disabled={count === 0}>
          Print handout
        </button>
      </div>
      {blockedUrl && (
        <p role="alert" className="deck-message">
          The browser did not open a new window.{' '}
          <a href={blockedUrl} target="_blank" rel="noopener">
            Open the presenter view
          </a>{' '}
          yourself, or allow pop-ups for this page.
        </p>
      )}
    </div>
  );
}
