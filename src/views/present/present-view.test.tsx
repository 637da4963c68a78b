import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDeck, serialiseDeck, type Deck } from '../../data/deck-schema';
import { datasetSchema } from '../../data/schema';
import { buildDatasetIndex } from '../../query/dataset-index';
import type { LoadedDataset } from '../../state/dataset-queries';
import { emptyDeck } from '../../state/deck-reducers';
import { deckStorageKey } from '../../state/deck-persistence';
import { useDeckStore } from '../../state/deck-store';
import { useExplorerStore } from '../../state/explorer-store';
import { PresentView } from './present-view';

const read = (path: string) => readFileSync(resolve(process.cwd(), path), 'utf8');
const dataset = datasetSchema.parse(JSON.parse(read('public/data/vkpp-2019-11.json')));
const loaded: LoadedDataset = {
  result: { ok: true, dataset, problems: [], facts: { files: [], codebookDerived: false } },
  dataset,
  index: buildDatasetIndex(dataset),
};
const briefing = parseDeck(read('public/data/vkpp-2019-11-deck.json'), 'deck.json');
const briefingDeck = (briefing.ok ? briefing.deck : emptyDeck()) as Deck;

function show() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <PresentView loaded={loaded} />
    </QueryClientProvider>,
  );
}

/** A chosen deck file; jsdom's File has no arrayBuffer(), which the import reads bytes with. */
const deckFile = (name: string, text: string) =>
  Object.assign(new File([text], name, { type: 'application/json' }), {
    arrayBuffer: () => Promise.resolve(new TextEncoder().encode(text).buffer),
  });

const captions = () =>
  within(screen.getByRole('list', { name: 'Slides' }))
    .getAllByLabelText('Caption')
    .map((input) => (input as HTMLInputElement).value);

beforeEach(() => {
  localStorage.clear();
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  useDeckStore.setState({
    ...useDeckStore.getInitialState(),
    deck: emptyDeck(),
    keepOnDevice: false,
  });
  useExplorerStore.getState().setView('present');
});

describe('PresentView', () => {
  it('says how to make a first slide, and offers nothing to present yet', () => {
    show();
    expect(screen.getByText(/^No slides yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Present' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Print handout' })).toBeDisabled();
  });

  it('lists the slides with where each goes, and reorders, renames and deletes them', async () => {
    const user = userEvent.setup();
    useDeckStore.getState().replaceDeck(briefingDeck);
    show();
    expect(captions()).toHaveLength(6);
    const second = screen.getByRole('listitem', { name: 'Slide 2' });
    expect(second).toHaveTextContent(
      'Overview · Outcome: Death · opens at “Outcome sub-categories”',
    );
    expect(screen.getByRole('listitem', { name: 'Slide 5' })).toHaveTextContent(
      'Learning · Theme: Information sharing',
    );
    const caption = within(second).getByLabelText('Caption');
    await user.clear(caption);
    expect(useDeckStore.getState().deck.slides[1]?.caption).toBe(briefingDeck.slides[1]?.caption);
    await user.type(caption, 'Deaths');
    expect(useDeckStore.getState().deck.slides[1]?.caption).toBe('Deaths');
    await user.click(within(second).getByRole('button', { name: 'Move up' }));
    expect(captions()[0]).toBe('Deaths');
    expect(
      within(screen.getByRole('listitem', { name: 'Slide 1' })).getByRole('button', {
        name: 'Move up',
      }),
    ).toBeDisabled();
    await user.click(
      within(screen.getByRole('listitem', { name: 'Slide 6' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    expect(captions()).toHaveLength(5);
    expect(captions()).not.toContain(briefingDeck.slides[5]?.caption);
  });

  it('refuses a bad deck file with what is wrong, and keeps the slides', async () => {
    const user = userEvent.setup();
    useDeckStore.getState().replaceDeck(briefingDeck);
    show();
    const bad = deckFile('old.json', '{"version": 2, "title": "T", "slides": []}');
    await user.upload(screen.getByLabelText('Import deck'), bad);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('old.json could not be used as a deck');
    expect(alert).toHaveTextContent('The deck is version 2; this app reads version 1 decks.');
    expect(captions()).toHaveLength(6);
  });

  it('imports a good deck in place of the slides', async () => {
    const user = userEvent.setup();
    show();
    const deck = { ...briefingDeck, title: 'Session two', slides: briefingDeck.slides.slice(3) };
    await user.upload(
      screen.getByLabelText('Import deck'),
      deckFile('two.json', serialiseDeck(deck)),
    );
    expect(await screen.findByDisplayValue('Session two')).toBeInTheDocument();
    expect(captions()).toEqual(deck.slides.map((s) => s.caption));
  });

  it('keeps the deck on the device only while "Keep decks on this device" is on', async () => {
    const user = userEvent.setup();
    useDeckStore.getState().replaceDeck(briefingDeck);
    show();
    const keep = screen.getByLabelText('Keep decks on this device');
    expect(keep).not.toBeChecked();
    expect(localStorage.getItem(deckStorageKey)).toBeNull();
    await user.click(keep);
    expect(keep).toBeChecked();
    expect(localStorage.getItem(deckStorageKey)).toContain(briefingDeck.title);
    expect(screen.getByText(/saved in this browser on this computer/)).toBeInTheDocument();
    await user.click(keep);
    expect(localStorage.getItem(deckStorageKey)).toBeNull();
  });

  it('warns when the slides were made on other data', () => {
    useDeckStore.getState().replaceDeck({ ...briefingDeck, datasetTitle: 'Another briefing' });
    show();
    expect(screen.getByText(/^These slides were made on “Another briefing”/)).toBeInTheDocument();
  });
});
