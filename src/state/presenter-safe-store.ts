import { create } from 'zustand';
import { defaultPresenterSafeThreshold } from '../query/presenter-safe';

/** The presenter-safe switch: off by default, never written to storage. */
export interface PresenterSafeState {
  enabled: boolean;
  /** Counts from 1 to threshold − 1 are shown as "< threshold". */
  threshold: number;
  /** Seeds the shuffled neutral case numbers, so "Case 3" is the same case in every view. */
  seed: number;
  setEnabled: (enabled: boolean) => void;
  /** Sets k; values below 2 (which would hide nothing) or not whole are rounded into range. */
  setThreshold: (threshold: number) => void;
}

/** The smallest and largest threshold the switch accepts. */
export const thresholdRange = { min: 2, max: 100 } as const;

function randomSeed(): number {
  const values = new Uint32Array(1);
  crypto.getRandomValues(values);
  return values[0] ?? 0;
}

/** The store of the presenter-safe switch (separate from the explorer's choices). */
export const usePresenterSafeStore = create<PresenterSafeState>()((set) => ({
  enabled: false,
  threshold: defaultPresenterSafeThreshold,
  seed: randomSeed(),
  setEnabled: (enabled) => set(() => ({ enabled })),
  setThreshold: (threshold) =>
    set(() => ({
      threshold: Number.isFinite(threshold)
        ? Math.min(thresholdRange.max, Math.max(thresholdRange.min, Math.round(threshold)))
        : defaultPresenterSafeThreshold,
    })),
}));
