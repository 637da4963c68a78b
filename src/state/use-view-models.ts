import { useMemo } from 'react';
import { disclose } from '../query/disclosure/disclose';
import type { ChartModel } from '../query/model/chart-model';
import { withSmallBase } from '../query/model/model-words';
import { presenterSafeModels, type ViewModelBuilder } from '../query/model/presenter-safe-models';
import type { FilterState } from '../query/selection';
import { usePresenterSafeStore } from './presenter-safe-store';
import { useSmallBaseSettings } from './small-base-settings';

/**
 * A view's models under the filters, as the screen may show them: as built while presenter-safe
 * is off, through disclosure control while it is on (primary and secondary suppression, over
 * this screen and the screens one filter change away), stamped with the user's small-base
 * threshold. `build` must be stable (memoised).
 */
export function useViewModels(build: ViewModelBuilder, filters: FilterState): ChartModel[] {
  const enabled = usePresenterSafeStore((s) => s.enabled);
  const threshold = usePresenterSafeStore((s) => s.threshold);
  const smallBase = useSmallBaseSettings((s) => s.smallBase);
  const shown = useMemo(
    () => (enabled ? presenterSafeModels(build, filters, threshold, disclose) : build(filters)),
    [build, filters, enabled, threshold],
  );
  return useMemo(() => withSmallBase(shown, smallBase), [shown, smallBase]);
}
