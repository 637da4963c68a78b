import { afterEach, describe, expect, it, vi } from 'vitest';
import { presenterSafeSessionKey, usePresenterSafeStore } from './presenter-safe-store';

/** The store as a reload of this tab creates it: a fresh module reading sessionStorage. */
async function reloaded() {
  vi.resetModules();
  const module = await import('./presenter-safe-store');
  return module.usePresenterSafeStore.getState();
}

afterEach(() => {
  usePresenterSafeStore.setState(usePresenterSafeStore.getInitialState(), true);
  sessionStorage.clear();
});

describe('presenter-safe store in this tab', () => {
  it('keeps nothing while off, and k and the seed (nothing from the data) while on', () => {
    usePresenterSafeStore.getState().setThreshold(8);
    expect(sessionStorage.length).toBe(0);
    usePresenterSafeStore.getState().setEnabled(true);
    const { seed } = usePresenterSafeStore.getState();
    expect(JSON.parse(sessionStorage.getItem(presenterSafeSessionKey) ?? '')).toEqual({
      k: 8,
      seed,
    });
    usePresenterSafeStore.getState().setEnabled(false);
    expect(sessionStorage.length).toBe(0);
  });

  it('comes back on after a reload, with the same k and the same neutral numbering', async () => {
    usePresenterSafeStore.getState().setEnabled(true);
    usePresenterSafeStore.getState().setThreshold(3);
    const { seed } = usePresenterSafeStore.getState();
    expect(await reloaded()).toMatchObject({ enabled: true, threshold: 3, seed });
  });

  it('starts off when the tab kept nothing', async () => {
    expect(await reloaded()).toMatchObject({ enabled: false, threshold: 5 });
  });

  it.each(['not json', '{"k":"x"}', 'null', '{"k":1,"seed":-1.5}'])(
    'reads a damaged entry %s as on (failing safe), with k in range',
    async (text) => {
      sessionStorage.setItem(presenterSafeSessionKey, text);
      const state = await reloaded();
      expect(state.enabled).toBe(true);
      expect(state.threshold).toBe(text.includes('"k":1') ? 3 : 5);
      expect(Number.isInteger(state.seed) && state.seed >= 0).toBe(true);
    },
  );
});
