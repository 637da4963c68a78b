import { useEffect, useMemo, useRef } from 'react';
import { sourceLine } from '../../query/model/dimension-model';
import { useCheckSettings } from '../../state/check-settings';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useDeckStore } from '../../state/deck-store';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { useSmallBaseSettings } from '../../state/small-base-settings';
import { HandoutFigure } from './handout-figure';
import { slidePlace } from './slide-place';
import { slideSubject } from './slides/slide-subject';
import { useSafeText } from './use-safe-text';
import './present.css';
import './slides/slides.css';

/** Props of {@link HandoutScreen}. */
export interface HandoutScreenProps {
  loaded: LoadedDataset | undefined;
}

const noCharts: readonly string[] = [];

/**
 * The handout: every slide from a new page (caption, where it goes, its subject as a finished
 * figure — title, filters, n, notes, source and date — and the speaker notes). Each slide's subject
 * is worked out from its own view and filters (slides/slide-subject.ts), as the slide shows it,
 * but whole: every row of a chart, the whole Themes by case matrix, every learning summary and
 * published figure, running on across pages with their headers repeated. Then the print dialog
 * opens ("Save as PDF" makes a PDF).
 */
export function HandoutScreen({ loaded }: HandoutScreenProps) {
  const deck = useDeckStore((s) => s.deck);
  const leave = useDeckStore((s) => s.leave);
  const charts = useExplorerStore((s) => s.charts) ?? noCharts;
  const rule = useCheckSettings((s) => s.roundingRule);
  const safe = usePresenterSafe();
  const smallBase = useSmallBaseSettings((s) => s.smallBase);
  const safeText = useSafeText(loaded);
  const made = useMemo(() => new Date(), []);
  const subjects = useMemo(
    () =>
      loaded
        ? deck.slides.map((slide) =>
            slideSubject({
              slide,
              loaded,
              filters: { values: new Map(slide.filters), themeMatch: slide.themeMatch },
              charts,
              safe,
              rule,
              smallBase,
            }),
          )
        : null,
    [deck, loaded, charts, safe, rule, smallBase],
  );
  const printed = useRef(false);
  useEffect(() => {
    if (!subjects || printed.current) return;
    printed.current = true;
    // Two frames: the pages are laid out and painted before the print dialog takes them.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => window.print());
    });
    return () => cancelAnimationFrame(frame);
  }, [subjects]);

  const count = deck.slides.length;
  const source = loaded ? `Source: ${sourceLine(loaded.dataset).replace(/\.?$/, '.')}` : '';
  return (
    <main className="handout-screen">
      <div className="handout-toolbar">
        <h1>Handout: {deck.title}</h1>
        {subjects ? (
          <p>
            {count} slide{count === 1 ? '' : 's'}, each from a new page. Choose “Save as PDF” as the
            printer for a PDF.
          </p>
        ) : (
          <p role="status">Preparing the handout: loading the data…</p>
        )}
        <div className="handout-buttons">
          <button type="button" onClick={() => window.print()} disabled={!subjects}>
            Print
          </button>
          <button type="button" onClick={leave}>
            Back to the deck
          </button>
        </div>
      </div>
      <div className="handout-pages">
        {deck.slides.map((slide, i) => {
          const subject = subjects?.[i];
          return (
            <article
              key={slide.id}
              className="handout-page"
              aria-labelledby={`handout-caption-${slide.id}`}
            >
              <header className="handout-header">
                <p className="handout-meta">
                  Slide {i + 1} of {count} · {deck.title}
                </p>
                <h2 id={`handout-caption-${slide.id}`}>{safeText.text(slide.caption)}</h2>
                <p className="handout-place">
                  {slidePlace(slide, loaded?.index, safeText.caseName, safeText.withheld)}
                </p>
              </header>
              {subject && <HandoutFigure subject={subject} source={source} made={made} />}
              {slide.notes && (
                <section className="handout-notes" aria-label={`Notes of slide ${i + 1}`}>
                  <h3>Notes</h3>
                  {/* Free text can hold names and the small counts the slides hide. */}
                  <p>
                    {safe.enabled
                      ? 'Speaker notes are not printed while presenter-safe is on.'
                      : safeText.text(slide.notes)}
                  </p>
                </section>
              )}
              <footer className="handout-footer">
                {loaded?.dataset.meta.title}
                {safe.enabled &&
                  ` · Presenter-safe: case names, summaries and counts below ${safe.threshold} are hidden`}
              </footer>
            </article>
          );
        })}
      </div>
    </main>
  );
}
