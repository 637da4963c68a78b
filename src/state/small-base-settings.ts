import { create } from 'zustand';
import { clampSmallBase, defaultSmallBase } from '../query/model/model-words';

/** The user's threshold for flagging small bases, shared by every view, slide and export. */
export interface SmallBaseSettings {
  /** Shares of fewer cases coded than this are flagged in words (5 to 100; 30 by default). */
  smallBase: number;
  setSmallBase: (threshold: number) => void;
}

/** The small-base threshold, kept within its range (a value that is not a number is the default). */
export const useSmallBaseSettings = create<SmallBaseSettings>()((set) => ({
  smallBase: defaultSmallBase,
  setSmallBase: (threshold) => set(() => ({ smallBase: clampSmallBase(threshold) })),
}));
