import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pathToFileURL } from 'node:url';
import { failedCodeOf, isLoadFailure, lazyWithRetry } from './lazy-retry';
import { ViewErrorBoundary } from './view-error-boundary';

function Method({ heading }: { heading: string }) {
  return <h1>{heading}</h1>;
}

/** The chunk the retry fetches under a fresh address: a real module, as a browser would fetch. */
const chunkUrl = pathToFileURL(
  `${import.meta.dirname}/../../tests/unit/lazy-chunks/method-chunk.tsx`,
).href;

/** What Chromium rejects `import()` with when a chunk's fetch fails. */
const chunkError = (url = chunkUrl) =>
  new TypeError(`Failed to fetch dynamically imported module: ${url}`);

type MethodModule = { Method: typeof Method };

beforeEach(() => {
  // React reports every caught error on the console; the test reads what the user sees instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

function renderLazy(load: () => Promise<MethodModule>, onBack?: () => void) {
  const LazyMethod = lazyWithRetry(load, (m) => m.Method);
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
    renderLazy(() => Promise.resolve({ Method }));
    expect(await screen.findByRole('heading', { name: 'Method' })).toBeInTheDocument();
  });

  it('says the code did not arrive, without its address, and fetches it afresh on Try again', async () => {
    // The browser keeps the failed fetch: importing the same address again would fail at once.
    const load = vi.fn<() => Promise<MethodModule>>().mockRejectedValue(chunkError());
    renderLazy(load);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This view could not be loaded.');
    expect(alert).toHaveTextContent(/connection may have dropped/);
    expect(alert).not.toHaveTextContent(/lazy-chunks|file:/);

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { name: 'Method (fetched again)' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads again through the loader when the browser names no address (Safari)', async () => {
    const load = vi
      .fn<() => Promise<MethodModule>>()
      .mockRejectedValueOnce(new TypeError('Importing a module script failed.'))
      .mockResolvedValue({ Method });
    renderLazy(load);
    await screen.findByRole('alert');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Method' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('offers a reload, saying what it keeps, when the code fails to arrive again', async () => {
    const missing = pathToFileURL(
      `${import.meta.dirname}/../../tests/unit/lazy-chunks/offline-chunk.ts`,
    ).href;
    const load = vi.fn<() => Promise<MethodModule>>().mockRejectedValue(chunkError(missing));
    renderLazy(load);
    await screen.findByRole('alert');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    const alert = await screen.findByRole('alert');
    await vi.waitFor(() => expect(alert).toHaveTextContent('This view still could not be loaded.'));
    expect(alert).toHaveTextContent(/datasets kept on this device come back/);
    expect(screen.getByRole('button', { name: 'Reload page' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('loads the code once, however often it renders', async () => {
    const load = vi.fn(() => Promise.resolve({ Method }));
    const LazyMethod = lazyWithRetry(load, (m) => m.Method);
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

describe('failedCodeOf', () => {
  it.each([
    [
      'Chromium',
      'Failed to fetch dynamically imported module: https://x/a.js',
      'script',
      'https://x/a.js',
    ],
    [
      'Firefox',
      'error loading dynamically imported module: https://x/a.js',
      'script',
      'https://x/a.js',
    ],
    ['Safari', 'Importing a module script failed.', 'script', undefined],
    ['Vite', 'Unable to preload CSS for https://x/a.css', 'style', 'https://x/a.css'],
  ])('%s', (_name, message, kind, url) => {
    expect(failedCodeOf(new TypeError(message))).toEqual({ kind, url });
  });

  it('is nothing for an error that is not a load failure', () => {
    expect(failedCodeOf(new Error('Cannot read properties of undefined'))).toBeUndefined();
  });
});
