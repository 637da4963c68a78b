import { create } from 'zustand';
import { defaultPresenterSafeThreshold } from '../query/presenter-safe';

/**
 * The presenter-safe switch: off by default. While on it is kept in this tab's sessionStorage, so
 * a reload (F5 on the projector) stays safe; turning it off removes it.
 */
export interface PresenterSafeState {
  enabled: boolean;
  /** Counts from 1 to threshold − 1 are shown as "< threshold". */
  threshold: number;
  /** Seeds the shuffled neutral case numbers, so "Case 3" is the same case in every view. */
  seed: number;
  /**
   * Columns whose filters presenter-safe took away (their names, never their values), said once
   * in the banner; cleared when it is turned off or the notice dismissed.
   */
  droppedFilters: readonly string[];
  setEnabled: (enabled: boolean) => void;
  /** Records filters taken away because presenter-safe withholds their columns. */
  noteDroppedFilters: (columns: readonly string[]) => void;
  dismissDroppedFilters: () => void;
  /** Sets k; values below 2 (which would hide nothing) or not whole are rounded into range. */
  setThreshold: (threshold: number) => void;
}

/**
 * The smallest and largest threshold the switch accepts. At k = 2, "< 2" could only mean 1, so a
 * hidden count would have one possible value: 3 is the least that hides anything.
 */
export const thresholdRange = { min: 3, max: 100 } as const;

/**
 * Where this tab keeps the switch while it is on: sessionStorage (this tab only, gone when it
 * closes, never sent anywhere), holding k and the seed, nothing from the data. The seed stays out
 * of links: with the source file it would map the labels back to the cases.
 */
export const presenterSafeSessionKey = 'case-review-explorer:presenter-safe';

/** This tab's storage, or null where the browser refuses it (then a reload turns the switch off). */
function tabStorage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch (error) {
    // Some locked-down browsers throw a SecurityError on the mere access: treat as no storage.
    if (error instanceof DOMException) return null;
    throw error;
  }
}

function randomSeed(): number {
  const values = new Uint32Array(1);
  crypto.getRandomValues(values);
  return values[0] ?? 0;
}

function clampThreshold(threshold: number): number {
  return Number.isFinite(threshold)
    ? Math.min(thresholdRange.max, Math.max(thresholdRange.min, Math.round(threshold)))
    : defaultPresenterSafeThreshold;
}

/** A kept entry's fields; a damaged entry reads as none, so it still means on (failing safe). */
function keptFields(text: string): { k?: unknown; seed?: unknown } {
  try {
    const kept: unknown = JSON.parse(text);
    return typeof kept === 'object' && kept !== null ? kept : {};
  } catch (error) {
    if (error instanceof SyntaxError) return {};
    throw error;
  }
}

/** The switch as this tab kept it before a reload: any entry means on. */
function keptState(): Pick<PresenterSafeState, 'enabled' | 'threshold' | 'seed'> {
  const text = tabStorage()?.getItem(presenterSafeSessionKey) ?? null;
  if (text === null)
    return { enabled: false, threshold: defaultPresenterSafeThreshold, seed: randomSeed() };
  const { k, seed } = keptFields(text);
  return {
    enabled: true,
    threshold: clampThreshold(typeof k === 'number' ? k : Number.NaN),
    seed: typeof seed === 'number' && Number.isInteger(seed) ? seed >>> 0 : randomSeed(),
  };
}

/** The store of the presenter-safe switch (separate from the explorer's choices). */
export const usePresenterSafeStore = create<PresenterSafeState>()((set) => ({
  ...keptState(),
  droppedFilters: [],
  setEnabled: (enabled) => set(() => (enabled ? { enabled } : { enabled, droppedFilters: [] })),
  noteDroppedFilters: (columns) =>
    set((state) => ({ droppedFilters: [...new Set([...state.droppedFilters, ...columns])] })),
  dismissDroppedFilters: () => set(() => ({ droppedFilters: [] })),
  setThreshold: (threshold) => set(() => ({ threshold: clampThreshold(threshold) })),
}));

usePresenterSafeStore.subscribe(({ enabled, threshold, seed }) => {
  const storage = tabStorage();
  if (!enabled) return storage?.removeItem(presenterSafeSessionKey);
  try {
    storage?.setItem(presenterSafeSessionKey, JSON.stringify({ k: threshold, seed }));
  } catch (error) {
    // Storage full or refused: the switch still works on this page, only a reload forgets it.
    if (!(error instanceof DOMException)) throw error;
  }
});
