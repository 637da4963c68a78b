import { lazy, type ComponentType } from 'react';

/** Starts the load again of every component whose code failed to load. */
const failedLoads = new Set<() => void>();

/**
 * Like React's `lazy`, for a component exported under a name, but a failed load is not final:
 * React keeps a lazy component's failed promise for good, so this one is replaced by a fresh
 * `lazy` once {@link retryFailedLoads} is called, and the next render imports the code again.
 * (Chromium fetches a module again after a failed fetch; older browsers fail at once, and the
 * error view then suggests reloading.)
 */
export function lazyWithRetry<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const attempt = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failedLoads.add(reset);
          throw error;
        },
      ),
    );
  let Loaded = attempt();
  function reset() {
    Loaded = attempt();
  }
  function LazyComponent(props: P) {
    return <Loaded {...props} />;
  }
  return LazyComponent;
}

/** Lets every component whose code failed to load try again on its next render. */
export function retryFailedLoads(): void {
  for (const reset of failedLoads) reset();
  failedLoads.clear();
}

/**
 * True for the error a failed `import()` of a code chunk gives (Chromium, Firefox, Safari) or a
 * failed preload of its styles (Vite): the app's code did not arrive, the data is not at fault.
 */
export function isLoadFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(
    error.message,
  );
}
