import { useMemo } from 'react';
import { useConsoleFeed } from './use-console-feed';
import { useSlideKeys } from './use-slide-keys';
import './present.css';

/** Props of {@link PresenterConsole}. */
export interface PresenterConsoleProps {
  sessionId: string;
}

/**
 * The presenter view, in a second window on the presenter's own screen: the current slide's
 * caption and speaker notes, the next slide, and Previous / Next that step the main window.
 */
export function PresenterConsole({ sessionId }: PresenterConsoleProps) {
  const { deck, go, supported } = useConsoleFeed(sessionId);
  const current = deck?.current ?? 0;
  const count = deck?.slides.length ?? 0;
  const actions = useMemo(
    () => ({
      next: () => go(current + 1),
      previous: () => go(current - 1),
      first: () => go(0),
      last: () => go(count - 1),
      leave: () => undefined,
    }),
    [go, current, count],
  );
  useSlideKeys(actions);
  if (!deck) {
    return (
      <main className="presenter-console" id="main">
        <h1>Presenter view</h1>
        <p role="status">
          {supported
            ? 'Waiting for the slides from the window that opened this one. If you closed it, open the presenter view again from its Present page.'
            : 'This browser cannot link two windows (no BroadcastChannel), so the presenter view cannot follow the slides.'}
        </p>
      </main>
    );
  }
  const slide = deck.slides[current];
  const next = deck.slides[current + 1];
  return (
    <main className="presenter-console" id="main">
      <header className="console-header">
        <h1>Presenter view: {deck.title}</h1>
        <p className="console-counter">
          {count === 0 ? 'The deck is empty' : `Slide ${current + 1} of ${count}`}
        </p>
        {!deck.presenting && (
          <p className="console-waiting">
            The slides are not on the projector yet: press Present in the main window.
          </p>
        )}
        {deck.presenterSafe && <p className="console-safe">Presenter-safe is on</p>}
      </header>
      {slide && (
        <section className="console-now" aria-labelledby="console-now-caption">
          <h2 id="console-now-caption">Now: {slide.caption}</h2>
          <p className="console-place">{slide.place}</p>
          <h3>Speaker notes</h3>
          <p className="console-notes">{slide.notes ?? 'No notes for this slide.'}</p>
        </section>
      )}
      <section className="console-next" aria-labelledby="console-next-caption">
        <h2 id="console-next-caption">
          {next ? `Next: ${next.caption}` : 'This is the last slide.'}
        </h2>
        {next && <p className="console-place">{next.place}</p>}
      </section>
      <div className="console-buttons">
        <button type="button" onClick={actions.previous} disabled={current <= 0}>
          Previous slide
        </button>
        <button type="button" onClick={actions.next} disabled={current >= count - 1}>
          Next slide
        </button>
      </div>
    </main>
  );
}
