import { lazy, type ComponentType } from 'react';

/** Starts the load again of every component whose code failed to load. */
const failedLoads = new Set<() => void>();

/** Errors of a load that had already failed once and was tried again. */
const repeatedFailures = new WeakSet<object>();

/** What did not arrive: a script chunk or a stylesheet, with its address when the browser says it. */
interface FailedCode {
  kind: 'script' | 'style';
  url?: string;
}

/** How many fresh addresses have been asked for, so each retry's address is new. */
let retryCount = 0;

/**
 * The script or stylesheet a failed load names. Chromium ("Failed to fetch dynamically imported
 * module: URL") and Firefox ("error loading dynamically imported module: URL") name the chunk;
 * Vite names a stylesheet it could not preload; Safari names nothing.
 */
export function failedCodeOf(error: unknown): FailedCode | undefined {
  if (!isLoadFailure(error)) return undefined;
  const message = (error as Error).message;
  const url = /(?:imported module:|CSS for)\s+(\S+)/i.exec(message)?.[1];
  return { kind: /preload CSS/i.test(message) ? 'style' : 'script', url };
}

/** The address with a query the browser has never seen, so its module map holds no failure for it. */
function freshUrl(url: string): string {
  retryCount += 1;
  return `${url}${url.includes('?') ? '&' : '?'}retry=${retryCount}`;
}

/**
 * Loads a stylesheet Vite failed to preload under a fresh address. Vite remembers the failed
 * `<link>` and would skip it, leaving the view unstyled.
 */
function loadStylesheet(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = freshUrl(url);
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => {
      link.remove();
      reject(new Error(`Unable to preload CSS for ${url}`));
    });
    document.head.append(link);
  });
}

/**
 * Like React's `lazy`, for a component a module exports under a name, but a failed load is not
 * final. React keeps a lazy component's failed promise for good, so this one is replaced by a fresh
 * `lazy` once {@link retryFailedLoads} is called. And browsers keep a module whose fetch failed in
 * their module map for the page's life (the HTML standard; Chromium 150 does), so importing the
 * same address again fails at once without a request: the retry imports the failed chunk under a
 * fresh address instead. The chunks it imports in turn are the ones already loaded, so no state
 * is duplicated.
 */
export function lazyWithRetry<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): ComponentType<P> {
  let failed: FailedCode | undefined;
  const loadAgain = async (): Promise<M> => {
    if (failed?.kind === 'script' && failed.url)
      return (await import(/* @vite-ignore */ freshUrl(failed.url))) as M;
    if (failed?.kind === 'style' && failed.url) await loadStylesheet(failed.url);
    return load();
  };
  const attempt = () =>
    lazy(async () => {
      const retried = failed !== undefined;
      try {
        const module = retried ? await loadAgain() : await load();
        failed = undefined;
        return { default: pick(module) };
      } catch (error) {
        // A second failure keeps the first address: a fresh one for it is the retry that can work.
        failed = failed?.url ? failed : (failedCodeOf(error) ?? { kind: 'script' });
        if (retried && typeof error === 'object' && error !== null) repeatedFailures.add(error);
        failedLoads.add(reset);
        throw error;
      }
    });
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

/** True when the code failed to load again on Try again (a reload is then the sure way). */
export function isRepeatedLoadFailure(error: unknown): boolean {
  return typeof error === 'object' && error !== null && repeatedFailures.has(error);
}
