import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useExplorerStore } from '../state/explorer-store';
import { useReturnTo, useReturnToTracking } from '../state/return-to';
import { BackLink } from './back-link';

/** The app shell's part: tracking where a case was opened from, and the Case page's link. */
function Shell() {
  useReturnToTracking();
  const view = useExplorerStore((s) => s.view);
  return view === 'case' ? <BackLink /> : <p>{view}</p>;
}

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  useReturnTo.setState({ screen: null });
});

describe('BackLink', () => {
  it('says and returns to the view the case was opened from, with its filters and drill-down', async () => {
    const user = userEvent.setup();
    render(<Shell />);
    const store = useExplorerStore.getState();
    act(() => {
      store.setView('learning');
      store.setFilter('outcome', ['death']);
    });
    act(() => useExplorerStore.getState().setView('case', 'kent-child-h'));
    // Stepping to the next case keeps where the user came from.
    act(() => useExplorerStore.getState().setView('case', 'dorset-child-a'));
    const link = screen.getByRole('link', { name: 'Back to Learning' });
    expect(link).toHaveAttribute('href', '?view=learning&f.outcome=death');
    await user.click(link);
    expect(useExplorerStore.getState().view).toBe('learning');
    expect([...useExplorerStore.getState().filters.values]).toEqual([['outcome', ['death']]]);
  });

  it('says "Back to Overview" when the case came from the Overview, keeping its case list open', async () => {
    const user = userEvent.setup();
    render(<Shell />);
    act(() => useExplorerStore.getState().setDrill({ kind: 'headline', figure: 'deaths' }));
    act(() => useExplorerStore.getState().setView('case', 'kent-child-h'));
    await user.click(screen.getByRole('link', { name: 'Back to Overview' }));
    expect(useExplorerStore.getState().view).toBe('overview');
    expect(useExplorerStore.getState().drill).toEqual({ kind: 'headline', figure: 'deaths' });
  });

  it('leads to the Overview under the current filters when the case was opened directly', () => {
    useExplorerStore.getState().restore({
      view: 'case',
      caseId: 'kent-child-h',
      filters: { values: new Map([['region', ['north-west']]]), themeMatch: 'any' },
    });
    render(<Shell />);
    expect(screen.getByRole('link', { name: 'Back to Overview' })).toHaveAttribute(
      'href',
      '?f.region=north-west',
    );
  });
});
