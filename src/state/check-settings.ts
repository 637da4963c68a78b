import { create } from 'zustand';
import type { RoundingRule } from '../query/percent';

/** The analyst's choices on the Check and Method views. */
export interface CheckSettings {
  /** How computed percentages are rounded before they are compared with the stated ones. */
  roundingRule: RoundingRule;
  setRoundingRule: (rule: RoundingRule) => void;
}

/** The rounding rule, shared by the published-figures check and the screening funnel. */
export const useCheckSettings = create<CheckSettings>()((set) => ({
  roundingRule: 'half-up',
  setRoundingRule: (roundingRule) => set(() => ({ roundingRule })),
}));
