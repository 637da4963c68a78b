import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useDeckStore } from '../../state/deck-store';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { describeFilters } from '../../query/filter-description';
import { projectorStyle } from './projector-palette';
import { useConsoleLink } from './use-console-link';
import { SlideFigure } from './slides/slide-figure';
import { useSlideSubject } from './slides/use-slide-subject';
import { useSafeText } from './use-safe-text';
import { useSlideFullscreen } from './use-slide-fullscreen';
import { useSlideKeys } from './use-slide-keys';
import './present.css';

/** Props of {@link PresentingScreen}. */
export interface PresentingScreenProps {
  loaded: LoadedDataset | undefined;
}

/**
 * The slides, one at a time, full screen in the projector theme: caption, the filters in words,
 * the slide's subject drawn by a projector layout of its own (slides/: a chart with direct labels,
 * the headline figures filling the screen, what fits of a matrix or a list with the rest counted)
 * in text of at least 24 px, with nothing to hover or click, and a counter. The app's header and
 * navigation are not shown.
 */
export function PresentingScreen({ loaded }: PresentingScreenProps) {
  const deck = useDeckStore((s) => s.deck);
  const current = useDeckStore((s) => s.currentSlide);
  const view = useExplorerStore((s) => s.view);
  const filters = useExplorerStore((s) => s.filters);
  const caseId = useExplorerStore((s) => s.caseId);
  const safe = usePresenterSafe();
  const safeText = useSafeText(loaded);
  const screen = useRef<HTMLElement>(null);
  useConsoleLink(loaded);
  const leaveSlides = useCallback(() => useDeckStore.getState().leave(), []);
  const fullscreen = useSlideFullscreen(leaveSlides);
  const { exit } = fullscreen;
  const count = deck.slides.length;
  const actions = useMemo(() => {
    const goTo = (index: number) => useDeckStore.getState().goTo(index);
    return {
      next: () => goTo(useDeckStore.getState().currentSlide + 1),
      previous: () => goTo(useDeckStore.getState().currentSlide - 1),
      first: () => goTo(0),
      last: () => goTo(count - 1),
      leave: () => {
        exit();
        leaveSlides();
      },
    };
  }, [count, exit, leaveSlides]);
  useSlideKeys(actions);
  const slide = deck.slides[current];
  const subject = useSlideSubject(loaded, slide);
  useEffect(() => {
    screen.current?.focus();
  }, [current]);

  if (!slide) return null;
  const phrases = loaded ? describeFilters(loaded.index, filters.values, filters.themeMatch) : [];
  return (
    <section
      ref={screen}
      className="presenting-screen"
      style={projectorStyle}
      aria-roledescription="slide show"
      aria-label={`Slide ${current + 1} of ${count}`}
      tabIndex={-1}
    >
      <header className="slide-header">
        <h1 className="slide-caption">{safeText.text(slide.caption)}</h1>
        <p className="slide-filters">
          {phrases.length === 0
            ? 'All cases, no filters'
            : `Filters: ${phrases.map((p) => p.text).join(' · ')}`}
          {view === 'case' && caseId ? ` · ${safeText.caseName(caseId)}` : ''}
          {phrases.some((p) => p.unknown) && (
            <span className="slide-warning">
              {' '}
              (some filters name categories this dataset does not have)
            </span>
          )}
        </p>
      </header>
      <div className="slide-body">
        {subject ? (
          <SlideFigure key={slide.id} subject={subject} />
        ) : (
          <p className="slide-loading">Loading the data…</p>
        )}
      </div>
      <footer className="slide-footer">
        <span className="slide-counter" aria-live="polite">
          Slide {current + 1} of {count}
        </span>
        {safe.enabled && (
          <span className="slide-safe">
            Presenter-safe is on: case names, summaries and counts below {safe.threshold} are hidden
          </span>
        )}
        {fullscreen.problem && <span className="slide-note">{fullscreen.problem}</span>}
        <span className="slide-buttons">
          <button type="button" onClick={actions.previous} disabled={current === 0}>
            Previous
          </button>
          <button type="button" onClick={actions.next} disabled={current === count - 1}>
            Next
          </button>
          {!fullscreen.on && !fullscreen.problem && (
            <button type="button" onClick={fullscreen.enter}>
              Full screen
            </button>
          )}
          <button type="button" onClick={actions.leave}>
            Leave (Esc)
          </button>
        </span>
      </footer>
    </section>
  );
}
