import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isLoadFailure, lazyWithRetry } from './lazy-retry';
import { ViewErrorBoundary } from './view-error-boundary';

function Method({ heading }: { heading: string }) {
  return <h1>{heading}</h1>;
}

/** What Chromium rejects `import()` with when a chunk's fetch fails. */
const chunkError = () =>
  new TypeError(
    'Failed to fetch dynamically imported module: http://localhost/assets/method-view-3f2a.js',
  );

beforeEach(() => {
  // React reports every caught error on the console; the test reads what the user sees instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

function renderLazy(load: () => Promise<typeof Method>, onBack?: () => void) {
  const LazyMethod = lazyWithRetry(load);
  return render(
    <ViewErrorBoundary onBack={onBack}>
      <Suspense fallback={<p>Loading the view…</p>}>
        <LazyMethod heading="Method" />
      </Suspense>
    </ViewErrorBoundary>,
  );
}

describe('lazyWithRetry', () => {
  it('loads the component and passes its props', async () => {
    renderLazy(() => Promise.resolve(Method));
    expect(await screen.findByRole('heading', { name: 'Method' })).toBeInTheDocument();
  });

  it('says the code did not arrive, without its address, and loads it on Try again', async () => {
    const load = vi
      .fn<() => Promise<typeof Method>>()
      .mockRejectedValueOnce(chunkError())
      .mockResolvedValue(Method);
    renderLazy(load);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This view could not be loaded.');
    expect(alert).toHaveTextContent(/connection may have dropped/);
    expect(alert).not.toHaveTextContent(/localhost|assets/);

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Method' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('fails again, still readable, when the code still does not arrive', async () => {
    const load = vi.fn<() => Promise<typeof Method>>().mockRejectedValue(chunkError());
    renderLazy(load);
    await screen.findByRole('alert');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This view could not be loaded.');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('loads the code once, however often it renders', async () => {
    const load = vi.fn(() => Promise.resolve(Method));
    const LazyMethod = lazyWithRetry(load);
    const { rerender } = render(
      <Suspense fallback={null}>
        <LazyMethod heading="Method" />
      </Suspense>,
    );
    await screen.findByRole('heading', { name: 'Method' });
    rerender(
      <Suspense fallback={null}>
        <LazyMethod heading="Themes" />
      </Suspense>,
    );
    expect(await screen.findByRole('heading', { name: 'Themes' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('isLoadFailure', () => {
  it.each([
    ['Chromium', 'Failed to fetch dynamically imported module: https://x/a.js', true],
    ['Firefox', 'error loading dynamically imported module: https://x/a.js', true],
    ['Safari', 'Importing a module script failed.', true],
    ['Vite preloading styles', 'Unable to preload CSS for /assets/a.css', true],
    ['a bug in a view', 'Cannot read properties of undefined', false],
  ])('%s', (_name, message, expected) => {
    expect(isLoadFailure(new TypeError(message))).toBe(expected);
  });
});
