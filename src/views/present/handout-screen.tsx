import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import type { LoadedDataset } from '../../state/dataset-queries';
import { applySlide, useDeckStore } from '../../state/deck-store';
import { useExplorerStore } from '../../state/explorer-store';
import type { ViewId } from '../../state/url-state';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { slidePlace } from './slide-place';
import { copyRenderedView, waitForDrawnView, type CopiedView } from './snapshot';
import { useSafeText } from './use-safe-text';
import './present.css';

/** Props of {@link HandoutScreen}. */
export interface HandoutScreenProps {
  loaded: LoadedDataset | undefined;
  renderView: (view: ViewId) => ReactNode;
}

type Progress =
  { phase: 'drawing'; slide: number } | { phase: 'ready' } | { phase: 'failed'; message: string };

/*
 * Page geometry, in CSS px, for a portrait page (A4 or Letter with 12 mm margins: about 700 px
 * wide, 950 high), like a presentation program's notes pages: the slide above, notes below.
 * Views are drawn 820 px wide (as on a small laptop) and shrunk to the page's width.
 */
const pageWidth = 700;
const viewWidth = 820;
const figureHeight = { withNotes: 600, withoutNotes: 740 };
// A view taller than its space is shrunk further, but not below this: then it is cut, and says so.
const smallestZoom = 0.6;

/** How a copied view sits on its page: its zoom, the shift to its chart, and whether it is cut. */
function fit(copied: CopiedView | undefined, limit: number) {
  const widthZoom = pageWidth / viewWidth;
  if (!copied) return { zoom: widthZoom, shift: 0, cut: false, height: undefined };
  const shown = copied.height - copied.offset;
  const zoom = Math.max(smallestZoom, Math.min(widthZoom, limit / shown));
  // A fixed height, not a max-height: Chromium's print layout lets clipped overflow under a
  // max-height spill onto extra pages.
  return {
    zoom,
    shift: copied.offset,
    cut: shown * zoom > limit + 1,
    height: Math.ceil(Math.min(limit, shown * zoom)),
  };
}

/**
 * The handout: every slide on its own page (caption, where it goes, the view as drawn with the
 * slide's filters, speaker notes). The views read their filters from the one store, so each slide
 * is drawn in turn off screen and copied onto its page; then the print dialog opens.
 */
export function HandoutScreen({ loaded, renderView }: HandoutScreenProps) {
  const deck = useDeckStore((s) => s.deck);
  const leave = useDeckStore((s) => s.leave);
  const view = useExplorerStore((s) => s.view);
  const safe = usePresenterSafe();
  const safeText = useSafeText(loaded);
  const stage = useRef<HTMLDivElement>(null);
  const figures = useRef<Array<HTMLDivElement | null>>([]);
  const [progress, setProgress] = useState<Progress>({ phase: 'drawing', slide: 0 });
  const [copies, setCopies] = useState<CopiedView[]>([]);

  useEffect(() => {
    let cancelled = false;
    const draw = async () => {
      const drawn: CopiedView[] = [];
      let failure: string | null = null;
      for (const [i, slide] of deck.slides.entries()) {
        setProgress({ phase: 'drawing', slide: i });
        applySlide(slide);
        const ok = await waitForDrawnView(
          () => stage.current,
          () => cancelled,
        );
        if (cancelled) return;
        const source = stage.current;
        const target = figures.current[i];
        if (!ok || !source || !target) {
          failure = `Slide ${i + 1} could not be drawn for the handout; its page has the caption and notes only.`;
          continue;
        }
        drawn[i] = copyRenderedView(source, target, slide.focus);
      }
      const { returnTo } = useDeckStore.getState();
      setCopies(drawn);
      setProgress(failure ? { phase: 'failed', message: failure } : { phase: 'ready' });
      if (returnTo) useExplorerStore.getState().restore(returnTo);
      window.print();
    };
    void draw();
    return () => {
      cancelled = true;
    };
  }, [deck]);

  const count = deck.slides.length;
  return (
    <main className="handout-screen">
      <div className="handout-toolbar">
        <h1>Handout: {deck.title}</h1>
        {progress.phase === 'drawing' ? (
          <p role="status">
            Preparing the handout: slide {progress.slide + 1} of {count}…
          </p>
        ) : (
          <p>
            {count} page{count === 1 ? '' : 's'}, one slide a page. Choose “Save as PDF” as the
            printer for a PDF.
          </p>
        )}
        {progress.phase === 'failed' && <p role="alert">{progress.message}</p>}
        <div className="handout-buttons">
          <button
            type="button"
            onClick={() => window.print()}
            disabled={progress.phase === 'drawing'}
          >
            Print
          </button>
          <button type="button" onClick={leave}>
            Back to the deck
          </button>
        </div>
      </div>
      <div className="handout-pages">
        {deck.slides.map((slide, i) => {
          const limit = slide.notes ? figureHeight.withNotes : figureHeight.withoutNotes;
          const { zoom, shift, cut, height } = fit(copies[i], limit);
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
              <div className="handout-figure" style={{ height }}>
                <div
                  ref={(element) => {
                    figures.current[i] = element;
                  }}
                  style={{ width: viewWidth, zoom, marginTop: -shift }}
                  inert
                />
              </div>
              {cut && (
                <p className="handout-cut">
                  The view goes on below: this page shows its first part, as the slide opens.
                </p>
              )}
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
      {progress.phase === 'drawing' && (
        <div
          className="handout-stage"
          ref={stage}
          style={{ width: viewWidth }}
          aria-hidden="true"
          inert
        >
          <Suspense fallback={<p className="slide-loading">Loading the view…</p>}>
            {renderView(view)}
          </Suspense>
        </div>
      )}
    </main>
  );
}
