import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { ViewId } from '../state/url-state';
import { useViewFocus } from './use-view-focus';

/** A shell with a lasting navigation link and views whose controls go away with them. */
function Shell({ start = 'overview' }: { start?: ViewId }) {
  const [chosen, setView] = useState<ViewId | null>(null);
  const view = chosen ?? start;
  useViewFocus(view, undefined);
  return (
    <>
      <button type="button" onClick={() => setView('themes')}>
        Themes
      </button>
      <main id="main" tabIndex={-1}>
        {view === 'overview' ? (
          <button type="button" onClick={() => setView('case')}>
            Kent: Child H
          </button>
        ) : (
          <h1>{view}</h1>
        )}
      </main>
    </>
  );
}

describe('useViewFocus', () => {
  it('leaves focus alone when the view changes without the user (a link restored)', () => {
    const { rerender } = render(<Shell />);
    rerender(<Shell start="method" />);
    expect(screen.getByRole('heading', { name: 'method' })).toBeInTheDocument();
    expect(document.body).toHaveFocus();
  });

  it('moves focus to the main content when the control used went away with its view', async () => {
    const user = userEvent.setup();
    render(<Shell />);
    await user.click(screen.getByRole('button', { name: 'Kent: Child H' }));
    expect(screen.getByRole('heading', { name: 'case' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('keeps focus on a control that is still there, such as a navigation link', async () => {
    const user = userEvent.setup();
    render(<Shell />);
    const themes = screen.getByRole('button', { name: 'Themes' });
    await user.click(themes);
    expect(screen.getByRole('heading', { name: 'themes' })).toBeInTheDocument();
    expect(themes).toHaveFocus();
  });
});
