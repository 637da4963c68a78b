import { emptyDeck } from './deck-reducers';
import { deckStorageKey } from './deck-persistence';
import { useDeckStore } from './deck-store';
import { useExplorerStore } from './explorer-store';

const slide = {
  caption: 'Deaths',
  view: 'themes' as const,
  filters: [['outcome', ['death']]] as Array<[string, string[]]>,
  themeMatch: 'all' as const,
};

beforeEach(() => {
  localStorage.clear();
  useDeckStore.setState({
    deck: emptyDeck(),
    currentSlide: 0,
    mode: 'edit',
    returnTo: null,
    keepOnDevice: false,
    storageMessage: null,
  });
  useExplorerStore
    .getState()
    .restore({ view: 'present', filters: { values: new Map(), themeMatch: 'any' } });
});

describe('deck store', () => {
  it('keeps the deck in memory only until the user chooses to keep it', () => {
    useDeckStore.getState().addSlide(slide, 'Briefing');
    expect(localStorage.getItem(deckStorageKey)).toBeNull();
    useDeckStore.getState().setKeepOnDevice(true);
    expect(JSON.parse(localStorage.getItem(deckStorageKey) ?? '{}')).toMatchObject({
      datasetTitle: 'Briefing',
      slides: [{ caption: 'Deaths' }],
    });
    useDeckStore.getState().addSlide({ ...slide, caption: 'Second' });
    expect(JSON.parse(localStorage.getItem(deckStorageKey) ?? '{}').slides).toHaveLength(2);
    useDeckStore.getState().setKeepOnDevice(false);
    expect(localStorage.getItem(deckStorageKey)).toBeNull();
  });

  it('presents: each slide shows its view and filters, and leaving restores the screen', () => {
    const store = useDeckStore.getState();
    store.addSlide(slide);
    store.addSlide({ caption: 'Method', view: 'method', filters: [], themeMatch: 'any' });
    useExplorerStore.getState().setFilter('region', ['north-west']);
    useDeckStore.getState().startPresenting();
    let explorer = useExplorerStore.getState();
    expect(useDeckStore.getState().mode).toBe('presenting');
    expect(explorer.view).toBe('themes');
    expect([...explorer.filters.values]).toEqual([['outcome', ['death']]]);
    expect(explorer.filters.themeMatch).toBe('all');
    useDeckStore.getState().goTo(1);
    explorer = useExplorerStore.getState();
    expect(explorer.view).toBe('method');
    expect(explorer.filters.values.size).toBe(0);
    useDeckStore.getState().goTo(5);
    expect(useDeckStore.getState().currentSlide).toBe(1);
    useDeckStore.getState().leave();
    explorer = useExplorerStore.getState();
    expect(useDeckStore.getState().mode).toBe('edit');
    expect(explorer.view).toBe('present');
    expect([...explorer.filters.values]).toEqual([['region', ['north-west']]]);
  });

  it('does not start presenting an empty deck', () => {
    useDeckStore.getState().startPresenting();
    expect(useDeckStore.getState().mode).toBe('edit');
    expect(useExplorerStore.getState().view).toBe('present');
  });

  it('says so when the device refuses to keep the deck', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    useDeckStore.getState().setKeepOnDevice(true);
    setItem.mockRestore();
    expect(useDeckStore.getState().keepOnDevice).toBe(false);
    expect(useDeckStore.getState().storageMessage).toBe(
      'The deck could not be kept on this device: The quota has been exceeded.',
    );
  });
});

describe('a deck kept on the device', () => {
  afterEach(() => vi.resetModules());

  it('is read back on start, with the switch on', async () => {
    localStorage.setItem(
      deckStorageKey,
      JSON.stringify({
        version: 1,
        title: 'Kept',
        slides: [{ id: 'a', caption: 'A', view: 'method' }],
      }),
    );
    vi.resetModules();
    const { useDeckStore: fresh } = await import('./deck-store');
    expect(fresh.getState().keepOnDevice).toBe(true);
    // The deck is checked by the schema, which is fetched when there is a deck to check.
    await vi.waitFor(() => expect(fresh.getState().deck.title).toBe('Kept'));
  });

  it('that is corrupt starts an empty deck and says why, without crashing', async () => {
    localStorage.setItem(deckStorageKey, '{"version": 3');
    vi.resetModules();
    const { useDeckStore: fresh } = await import('./deck-store');
    await vi.waitFor(() => expect(fresh.getState().storageMessage).not.toBeNull());
    expect(fresh.getState().deck.slides).toEqual([]);
    expect(fresh.getState().storageMessage).toMatch(
      /^The deck kept on this device could not be read, so an empty deck was started: the deck kept on this device is not valid JSON/,
    );
  });
});
