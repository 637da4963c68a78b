import { useId } from 'react';
import type { Slide } from '../../data/deck-schema';
import { useDeckStore } from '../../state/deck-store';
import { DraftField } from './draft-field';

/** Props of {@link SlideListItem}. */
export interface SlideListItemProps {
  slide: Slide;
  position: number;
  count: number;
  /** Where the slide goes, in words (presenter-safe). */
  place: string;
  /** Set when presenter-safe is on and the caption or notes name a case: what is shown instead. */
  namesCase: boolean;
}

/** One slide in the deck editor: caption and notes to edit, Move up / down, Delete, Present. */
export function SlideListItem({ slide, position, count, place, namesCase }: SlideListItemProps) {
  const headingId = useId();
  const { updateSlide, moveSlide, deleteSlide, startPresenting } = useDeckStore.getState();
  return (
    <li className="slide-item" aria-labelledby={headingId}>
      <div className="slide-item-head">
        <h2 id={headingId}>Slide {position + 1}</h2>
        <span className="slide-item-place">{place}</span>
      </div>
      <DraftField
        label="Caption"
        value={slide.caption}
        required
        onCommit={(caption) => updateSlide(slide.id, { caption })}
      />
      <DraftField
        label="Speaker notes"
        value={slide.notes ?? ''}
        multiline
        onCommit={(notes) => updateSlide(slide.id, { notes })}
      />
      {namesCase && (
        <p className="slide-item-warning">
          This caption or its notes name a case: while presenter-safe is on, the name is replaced by
          a neutral label on the slide, in the presenter view and in the handout.
        </p>
      )}
      <div className="slide-item-buttons">
        <button type="button" onClick={() => moveSlide(slide.id, -1)} disabled={position === 0}>
          Move up
        </button>
        <button
          type="button"
          onClick={() => moveSlide(slide.id, 1)}
          disabled={position === count - 1}
        >
          Move down
        </button>
        <button type="button" onClick={() => deleteSlide(slide.id)}>
          Delete
        </button>
        <button type="button" onClick={() => startPresenting(position)}>
          Present from here
        </button>
      </div>
    </li>
  );
}
