import { parseDrill } from '../data/drill';
import { create } from 'zustand';
import type { Deck, Slide, SlideView } from '../data/deck-schema';
import {
  addSlide,
  clampSlideIndex,
  emptyDeck,
  moveSlide,
  removeSlide,
  renameDeck,
  replaceDeck,
  setCurrentSlide,
  updateSlide,
  type DeckSession,
  type NewSlide,
} from './deck-reducers';
import {
  deviceStorage,
  forgetStoredDeck,
  hasStoredDeck,
  readStoredDeck,
  writeStoredDeck,
} from './deck-persistence';
import { useExplorerStore } from './explorer-store';
import { screenOf, type UrlState, type ViewId } from './url-state';

// Every slide view is a view of the app: the compiler checks the deck schema's list against it.
const slideViewIsView: (view: SlideView) => ViewId = (view) => view;

/** What the Present screen shows: the deck editor, the slides full screen, or the handout. */
export type PresentMode = 'edit' | 'presenting' | 'handout';

/** The deck and how it is being shown. Decks stay in memory unless the user keeps them. */
export interface DeckState extends DeckSession {
  mode: PresentMode;
  /** Counts whole-deck replacements (import, briefing deck), so editors start afresh. */
  deckLoads: number;
  /** The user chose "Keep decks on this device": every change is written to localStorage. */
  keepOnDevice: boolean;
  /** Why keeping or reading the deck on the device failed, in plain words. */
  storageMessage: string | null;
  /** The explorer's screen before presenting, put back when the user leaves. */
  returnTo: UrlState | null;
  /** The session id of the open presenter view (second window), if any. */
  presenterSession: string | null;
  addSlide: (slide: NewSlide, datasetTitle?: string) => void;
  updateSlide: (id: string, change: { caption?: string; notes?: string }) => void;
  renameDeck: (title: string) => void;
  moveSlide: (id: string, offset: number) => void;
  deleteSlide: (id: string) => void;
  replaceDeck: (deck: Deck) => void;
  /** Goes to a slide; while presenting, the explorer shows its view and filters. */
  goTo: (index: number) => void;
  startPresenting: (index?: number) => void;
  /** Starts the handout: it works out every slide's subject from the slide itself. */
  startHandout: () => void;
  /** Back to the deck editor, with the explorer's screen as it was. */
  leave: () => void;
  setKeepOnDevice: (keep: boolean) => void;
  setPresenterSession: (sessionId: string | null) => void;
}

/** Shows a slide's view, filters, case, drill-down and view options in the explorer. */
export function applySlide(slide: Slide): void {
  useExplorerStore.getState().restore({
    view: slideViewIsView(slide.view),
    filters: { values: new Map(slide.filters), themeMatch: slide.themeMatch },
    caseId: slide.caseId,
    drill: parseDrill(slide.drill),
    trendBy: slide.trendBy,
    compareFrom: slide.compareFrom,
    compareTo: slide.compareTo,
    intervals: slide.intervals,
    // The Overview's added charts are the presenter's, not the slide's: they stay as they are.
    charts: useExplorerStore.getState().charts,
    options: slide.options ?? {},
  });
}

function explorerScreen(): UrlState {
  return screenOf(useExplorerStore.getState());
}

/** The deck on start: empty until the kept one is read (see {@link readKeptDeck}). */
function initialDeck(): Pick<DeckState, 'deck' | 'keepOnDevice' | 'storageMessage'> {
  return { deck: emptyDeck(), keepOnDevice: hasStoredDeck(deviceStorage()), storageMessage: null };
}

/** The deck store (separate from the explorer's store). */
export const useDeckStore = create<DeckState>()((set, get) => ({
  ...initialDeck(),
  currentSlide: 0,
  mode: 'edit',
  deckLoads: 0,
  returnTo: null,
  presenterSession: null,
  addSlide: (slide, datasetTitle) =>
    set((state) => {
      const deck = addSlide(state.deck, slide);
      return {
        deck: deck.datasetTitle || !datasetTitle ? deck : { ...deck, datasetTitle },
      };
    }),
  updateSlide: (id, change) => set((state) => ({ deck: updateSlide(state.deck, id, change) })),
  renameDeck: (title) => set((state) => ({ deck: renameDeck(state.deck, title) })),
  moveSlide: (id, offset) => set((state) => ({ deck: moveSlide(state.deck, id, offset) })),
  deleteSlide: (id) => set((state) => removeSlide(state, id)),
  replaceDeck: (deck) =>
    set((state) => ({ ...replaceDeck(state, deck), deckLoads: state.deckLoads + 1 })),
  goTo: (index) => {
    set((state) => setCurrentSlide(state, index));
    const { mode, deck, currentSlide } = get();
    const slide = deck.slides[currentSlide];
    if (mode === 'presenting' && slide) applySlide(slide);
  },
  startPresenting: (index = 0) => {
    const { deck, mode } = get();
    const currentSlide = clampSlideIndex(deck, index);
    const slide = deck.slides[currentSlide];
    if (!slide) return;
    set({
      mode: 'presenting',
      currentSlide,
      returnTo: mode === 'edit' ? explorerScreen() : get().returnTo,
    });
    applySlide(slide);
  },
  startHandout: () => {
    if (get().deck.slides.length === 0) return;
    set({ mode: 'handout', returnTo: explorerScreen() });
  },
  leave: () => {
    const { returnTo } = get();
    set({ mode: 'edit', returnTo: null });
    if (returnTo) useExplorerStore.getState().restore({ ...returnTo, view: 'present' });
  },
  setKeepOnDevice: (keep) => {
    const storage = deviceStorage();
    if (!keep) {
      forgetStoredDeck(storage);
      set({ keepOnDevice: false, storageMessage: null });
      return;
    }
    const problem = writeStoredDeck(storage, get().deck);
    set({ keepOnDevice: problem === null, storageMessage: problem });
  },
  setPresenterSession: (presenterSession) => set({ presenterSession }),
}));

/**
 * Puts the deck kept on the device in the store once it is read and checked. A deck the user made
 * or imported in the meantime is kept (and, with the switch on, written over the old one).
 */
async function readKeptDeck(): Promise<void> {
  const startingDeck = useDeckStore.getState().deck;
  const unread = (message: string) =>
    useDeckStore.setState({
      storageMessage: `The deck kept on this device could not be read, so an empty deck was started: ${message}`,
    });
  try {
    const stored = await readStoredDeck(deviceStorage());
    if (useDeckStore.getState().deck !== startingDeck) return;
    if (stored.kind === 'deck') useDeckStore.setState({ deck: stored.deck });
    if (stored.kind === 'problem') unread(stored.message);
  } catch (error) {
    // The schema's code could not be fetched (e.g. the app was updated while offline).
    unread((error as Error).message);
  }
}
void readKeptDeck();

// Keeps the deck on the device after every change, only while the user has chosen to.
useDeckStore.subscribe((state, previous) => {
  if (!state.keepOnDevice || state.deck === previous.deck) return;
  const problem = writeStoredDeck(deviceStorage(), state.deck);
  if (problem !== state.storageMessage) useDeckStore.setState({ storageMessage: problem });
});
