import type { LoadedDataset } from '../../state/dataset-queries';
import { useDeckStore } from '../../state/deck-store';
import { slidePlace } from './slide-place';
import { SlideListItem } from './slide-list-item';
import { useSafeText } from './use-safe-text';

/** Props of {@link SlideList}. */
export interface SlideListProps {
  loaded: LoadedDataset;
}

/** The deck's slides in order, each editable; or how to make the first one. */
export function SlideList({ loaded }: SlideListProps) {
  const slides = useDeckStore((s) => s.deck.slides);
  const safe = useSafeText(loaded);
  if (slides.length === 0) {
    return (
      <p className="slide-list-empty">
        No slides yet. Go to any view, choose its filters, and press “Save view as slide” at the top
        of the page; or load or import a deck.
      </p>
    );
  }
  return (
    <ol className="slide-list" aria-label="Slides">
      {slides.map((slide, i) => {
        const written = `${slide.caption}\n${slide.notes ?? ''}`;
        return (
          <SlideListItem
            key={slide.id}
            slide={slide}
            position={i}
            count={slides.length}
            place={slidePlace(slide, loaded.index, safe.caseName, safe.withheld)}
            namesCase={safe.text(written) !== written}
          />
        );
      })}
    </ol>
  );
}
