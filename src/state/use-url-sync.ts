import { useEffect } from 'react';
import { useExplorerStore } from './explorer-store';
import { readUrlState, writeUrlState } from './url-state';

/**
 * Keeps the URL and the store in step: the URL is read once on start, every change of view or
 * filters pushes a history entry, and Back / Forward restore the screen they recorded.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const fromUrl = readUrlState(window.location.search);
    useExplorerStore.getState().restore(fromUrl, fromUrl.dropped);
    const onPopState = () => {
      const state = readUrlState(window.location.search);
      useExplorerStore.getState().restore(state, state.dropped);
    };
    window.addEventListener('popstate', onPopState);
    const unsubscribe = useExplorerStore.subscribe((state) => {
      const search = writeUrlState(state);
      const current = window.location.search.replace(/^\?/, '');
      if (search !== current) {
        window.history.pushState(
          null,
          '',
          `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`,
        );
      }
    });
    return () => {
      window.removeEventListener('popstate', onPopState);
      unsubscribe();
    };
  }, []);
}
