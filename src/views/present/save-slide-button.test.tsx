import { bundledModel } from '../../../tests/unit/chart-models';
import { ChartFrame } from '../../ui/chart-frame';
import { ChartRegistryScope } from '../../ui/chart-registry';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { emptyDeck } from '../../state/deck-reducers';
import { useDeckStore } from '../../state/deck-store';
import { useExplorerStore } from '../../state/explorer-store';
import { SaveSlideButton } from './save-slide-button';
import { readBundledDataset, loadedDatasetOf } from '../../../tests/unit/bundled';

const dataset = readBundledDataset();
const loaded = loadedDatasetOf(dataset);

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  useDeckStore.setState({ ...useDeckStore.getInitialState(), deck: emptyDeck() });
});

describe('SaveSlideButton', () => {
  it('saves the view, its filters and a caption as a slide', async () => {
    const user = userEvent.setup();
    useExplorerStore.getState().setView('learning');
    useExplorerStore.getState().setFilter('themes', ['information-sharing']);
    useExplorerStore.getState().setThemeMatch('all');
    render(<SaveSlideButton loaded={loaded} />);
    await user.click(screen.getByRole('button', { name: 'Save view as slide' }));
    // The form's code loads when it is first opened.
    await screen.findByLabelText('Caption');
    const caption = screen.getByLabelText('Caption');
    expect(caption).toHaveValue('Learning — Theme: Information sharing');
    await user.clear(caption);
    await user.type(caption, 'What went wrong');
    await user.type(screen.getByLabelText('Speaker notes (optional)'), 'Read two aloud.');
    await user.click(screen.getByRole('button', { name: 'Add to deck' }));
    expect(useDeckStore.getState().deck).toMatchObject({
      datasetTitle: dataset.meta.title,
      slides: [
        {
          caption: 'What went wrong',
          notes: 'Read two aloud.',
          view: 'learning',
          filters: [['themes', ['information-sharing']]],
          themeMatch: 'all',
        },
      ],
    });
    expect(screen.getByText('Saved as slide 1 of “My deck”.')).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('keeps "Show 95% intervals" with the slide, and opens the slide with it on', async () => {
    const user = userEvent.setup();
    useExplorerStore.getState().setView('overview');
    render(<SaveSlideButton loaded={loaded} />);
    const save = async (caption: string) => {
      await user.click(screen.getByRole('button', { name: 'Save view as slide' }));
      const input = await screen.findByLabelText('Caption');
      await user.clear(input);
      await user.type(input, caption);
      await user.click(screen.getByRole('button', { name: 'Add to deck' }));
    };
    await save('Without lines');
    useExplorerStore.getState().setIntervals(true);
    await save('With lines');
    const [without, withLines] = useDeckStore.getState().deck.slides;
    expect(without?.intervals).toBeUndefined();
    expect(withLines?.intervals).toBe(true);
    // Method draws no intervals on screen: its slide is saved without them.
    useExplorerStore.getState().setView('method');
    await save('Screening');
    expect(useDeckStore.getState().deck.slides[2]?.intervals).toBeUndefined();
    // Presenting the slide shows its view with the lines; the one without turns them off.
    useDeckStore.getState().startPresenting(1);
    expect(useExplorerStore.getState().intervals).toBe(true);
    useDeckStore.getState().goTo(0);
    expect(useExplorerStore.getState().intervals).toBeFalsy();
  });

  it('keeps the case of a case page, and Escape closes the form without saving', async () => {
    const user = userEvent.setup();
    useExplorerStore.getState().setView('case', 'kent-child-h');
    render(<SaveSlideButton loaded={loaded} />);
    await user.click(screen.getByRole('button', { name: 'Save view as slide' }));
    // The form's code loads when it is first opened.
    await screen.findByLabelText('Caption');
    expect(screen.getByLabelText('Caption')).toHaveValue('Case — Kent: Child H');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(useDeckStore.getState().deck.slides).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Save view as slide' }));
    // The form's code loads when it is first opened.
    await screen.findByLabelText('Caption');
    await user.click(screen.getByRole('button', { name: 'Add to deck' }));
    expect(useDeckStore.getState().deck.slides[0]).toMatchObject({
      view: 'case',
      caseId: 'kent-child-h',
    });
  });

  it("can open the slide at one of the view's charts", async () => {
    const user = userEvent.setup();
    render(
      <ChartRegistryScope>
        <SaveSlideButton loaded={loaded} />
        <main>
          <ChartFrame model={bundledModel('overview.outcome')}>
            <svg />
          </ChartFrame>
          <ChartFrame model={bundledModel('overview.contactRoute')}>
            <svg />
          </ChartFrame>
        </main>
      </ChartRegistryScope>,
    );
    await user.click(screen.getByRole('button', { name: 'Save view as slide' }));
    // The form's code loads when it is first opened.
    await screen.findByLabelText('Caption');
    const opensAt = screen.getByLabelText('Opens at');
    expect(opensAt).toHaveDisplayValue('The top of the view');
    await user.selectOptions(opensAt, 'Initial police contact');
    await user.click(screen.getByRole('button', { name: 'Add to deck' }));
    // The slide names the chart by its model id, which a retitled chart keeps.
    expect(useDeckStore.getState().deck.slides[0]).toMatchObject({
      view: 'overview',
      focus: 'overview.contactRoute',
    });
  });

  it('offers a chart that is drawn after the form opened (its code loaded late)', async () => {
    const user = userEvent.setup();
    const view = (late: boolean) => (
      <ChartRegistryScope>
        <SaveSlideButton loaded={loaded} />
        <main>
          <ChartFrame model={bundledModel('overview.outcome')}>
            <svg />
          </ChartFrame>
          {late && (
            <ChartFrame model={bundledModel('overview.contactRoute')}>
              <svg />
            </ChartFrame>
          )}
        </main>
      </ChartRegistryScope>
    );
    const { rerender } = render(view(false));
    await user.click(screen.getByRole('button', { name: 'Save view as slide' }));
    await screen.findByLabelText('Caption');
    // The Overview's Summary and one chart so far.
    const opensAt = screen.getByLabelText('Opens at');
    expect(screen.queryByRole('option', { name: 'Initial police contact' })).toBeNull();
    rerender(view(true));
    await user.selectOptions(opensAt, 'Initial police contact');
    await user.click(screen.getByRole('button', { name: 'Add to deck' }));
    expect(useDeckStore.getState().deck.slides[0]).toMatchObject({
      focus: 'overview.contactRoute',
    });
  });

  it('cannot save the Present view itself', () => {
    useExplorerStore.getState().setView('present');
    render(<SaveSlideButton loaded={loaded} />);
    expect(screen.getByRole('button', { name: 'Save view as slide' })).toBeDisabled();
  });
});
