import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addSlide, emptyDeck } from '../../state/deck-reducers';
import { useDeckStore } from '../../state/deck-store';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafeStore } from '../../state/presenter-safe-store';
import { PresentingScreen } from './presenting-screen';
import { readBundledDataset, loadedDatasetOf } from '../../../tests/unit/bundled';

const dataset = readBundledDataset();
const loaded = loadedDatasetOf(dataset);

function present() {
  let deck = addSlide(emptyDeck(), {
    caption: 'Where Kent: Child H fits',
    view: 'method',
    filters: [],
    themeMatch: 'any',
  });
  deck = addSlide(deck, {
    caption: 'The deaths',
    view: 'overview',
    filters: [['outcome', ['death']]],
    themeMatch: 'any',
  });
  useDeckStore.getState().replaceDeck(deck);
  useDeckStore.getState().startPresenting();
  render(<PresentingScreen loaded={loaded} />);
}

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  useDeckStore.setState({ ...useDeckStore.getInitialState(), deck: emptyDeck() });
  usePresenterSafeStore.setState(usePresenterSafeStore.getInitialState(), true);
  useExplorerStore.getState().setView('present');
});

describe('PresentingScreen', () => {
  it('shows one slide at a time with its view, filters and counter; keys step; Escape leaves', async () => {
    const user = userEvent.setup();
    present();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Where Kent: Child H fits');
    expect(screen.getByRole('region', { name: 'Screening' })).toBeInTheDocument();
    expect(screen.getByText('Slide 1 of 2')).toBeInTheDocument();
    expect(screen.getByText('All cases, no filters')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('The deaths');
    // The Overview's first chart, drawn for the projector: the headline figures under the filter.
    const headline = screen.getByRole('region', { name: 'Headline figures' });
    expect(headline).toHaveTextContent('6 of 11');
    // A picture for the room: nothing in it to click.
    expect(within(headline).queryAllByRole('button')).toEqual([]);
    expect(within(headline).queryAllByRole('link')).toEqual([]);
    expect(screen.getByText('Filters: Outcome: Death')).toBeInTheDocument();
    expect(screen.getByText('Slide 2 of 2')).toBeInTheDocument();
    await user.keyboard('{PageUp}');
    expect(screen.getByText('Slide 1 of 2')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Slide 2 of 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    await user.keyboard('{Escape}');
    expect(useDeckStore.getState().mode).toBe('edit');
    expect(useExplorerStore.getState().view).toBe('present');
  });

  it('says when full screen is not available and the slides fill the window', () => {
    present();
    expect(screen.getByText(/^Full screen is not available in this browser/)).toBeInTheDocument();
  });

  it('while presenter-safe is on, says so and replaces a case named in a caption', () => {
    usePresenterSafeStore.getState().setEnabled(true);
    present();
    const caption = screen.getByRole('heading', { level: 1 });
    // A case has no label outside a list under presenter-safe: the caption says "a case".
    expect(caption).toHaveTextContent(/^Where a case fits$/);
    expect(
      screen.getByText('Presenter-safe is on: case names, summaries and counts below 5 are hidden'),
    ).toBeInTheDocument();
  });
});
