import type { LoadedDataset } from '../../state/dataset-queries';
import { useDeckStore } from '../../state/deck-store';
import { DeckControls } from './deck-controls';
import { DeckFiles } from './deck-files';
import { SlideList } from './slide-list';
import { useConsoleLink } from './use-console-link';
import './present.css';

/** Props of {@link PresentView}. */
export interface PresentViewProps {
  loaded: LoadedDataset;
}

/**
 * The Present view: the deck editor (slides saved from any view, with captions and notes to edit,
 * reorder and delete), deck files, and the way into presenting, the presenter view and the handout.
 */
export function PresentView({ loaded }: PresentViewProps) {
  const deckLoads = useDeckStore((s) => s.deckLoads);
  const madeOn = useDeckStore((s) => s.deck.datasetTitle);
  const onScreen = loaded.dataset.meta.title;
  useConsoleLink(loaded);
  return (
    <div className="view present-view">
      <div className="view-toolbar">
        <h1 className="view-title">Present</h1>
      </div>
      <p className="present-intro">
        Save any view as a slide with “Save view as slide” at the top of the page, then present the
        deck: Arrow keys, Page Up / Page Down and Space step through it, Home and End go to the
        first and last slide, Escape leaves. Each slide shows its view live, with the filters it was
        saved with.
      </p>
      <DeckControls />
      {madeOn && madeOn !== onScreen && (
        <p className="deck-message warning">
          These slides were made on “{madeOn}”; the data on screen is “{onScreen}”. Slides whose
          filters name categories this data does not have say so.
        </p>
      )}
      <SlideList key={deckLoads} loaded={loaded} />
      <DeckFiles loaded={loaded} />
    </div>
  );
}
