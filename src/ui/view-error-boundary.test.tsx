import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errorMessageOf, ViewErrorBoundary } from './view-error-boundary';

/** A view that throws while `failing.now` is true. */
const failing = { now: true };
function FragileView() {
  if (failing.now) {
    const error = new Error('the index has no outcome column\n    at secret row "Kent: Child H"');
    error.stack = 'Error: at FragileView (fragile.tsx:1) with data "Kent: Child H"';
    throw error;
  }
  return <h1>Method</h1>;
}

beforeEach(() => {
  failing.now = true;
  // React reports every caught error on the console; the test reads what the user sees instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

/** The app's shell around a fragile view. */
function shell(onBack = vi.fn(), resetKey: unknown = 1) {
  return (
    <div>
      <nav aria-label="Views">
        <a href="?view=overview">Overview</a>
      </nav>
      <main>
        <ViewErrorBoundary onBack={onBack} resetKey={resetKey}>
          <FragileView />
        </ViewErrorBoundary>
      </main>
    </div>
  );
}

function renderShell(onBack = vi.fn(), resetKey: unknown = 1) {
  return render(shell(onBack, resetKey));
}

describe('ViewErrorBoundary', () => {
  it('shows the failure, with its message only, and keeps the rest of the app', () => {
    renderShell();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This view failed: the index has no outcome column',
    );
    expect(screen.getByRole('link', { name: 'Overview' })).toBeVisible();
    expect(screen.queryByText(/Kent: Child H/)).not.toBeInTheDocument();
    expect(screen.queryByText(/fragile\.tsx/)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Method' })).not.toBeInTheDocument();
  });

  it('tries the view again', async () => {
    renderShell();
    failing.now = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('heading', { name: 'Method' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('goes back to the Overview', async () => {
    const onBack = vi.fn(() => {
      failing.now = false;
    });
    renderShell(onBack);
    await userEvent.click(screen.getByRole('button', { name: 'Back to Overview' }));
    expect(onBack).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tries again when another dataset is shown', () => {
    const { rerender } = renderShell(vi.fn(), 'first');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    failing.now = false;
    rerender(shell(vi.fn(), 'first'));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    rerender(shell(vi.fn(), 'second'));
    expect(screen.getByRole('heading', { name: 'Method' })).toBeInTheDocument();
  });
});

describe('errorMessageOf', () => {
  it.each([
    [new Error('first line\nsecond line'), 'first line'],
    [new Error(''), 'unknown error'],
    ['a thrown string', 'a thrown string'],
    [new Error('x'.repeat(400)), `${'x'.repeat(299)}…`],
  ])('%# gives the first line of the message', (error, expected) => {
    expect(errorMessageOf(error)).toBe(expected);
  });
});
