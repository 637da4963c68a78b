import { useMemo } from 'react';
import type { Slide } from '../../../data/deck-schema';
import { useCheckSettings } from '../../../state/check-settings';
import type { LoadedDataset } from '../../../state/dataset-queries';
import { useExplorerStore } from '../../../state/explorer-store';
import { usePresenterSafe } from '../../../state/use-presenter-safe';
import { useSmallBaseSettings } from '../../../state/small-base-settings';
import { slideSubject, type SlideSubject } from './slide-subject';

const noCharts: readonly string[] = [];

/**
 * What the slide shows under the filters on screen (the slide's own, applied when it opened),
 * with presenter-safe and the rounding rule as set: null until a dataset is loaded.
 */
export function useSlideSubject(
  loaded: LoadedDataset | undefined,
  slide:
    | Pick<
        Slide,
        | 'view'
        | 'focus'
        | 'caseId'
        | 'options'
        | 'trendBy'
        | 'compareFrom'
        | 'compareTo'
        | 'intervals'
      >
    | undefined,
): SlideSubject | null {
  const filters = useExplorerStore((s) => s.filters);
  const charts = useExplorerStore((s) => s.charts) ?? noCharts;
  const rule = useCheckSettings((s) => s.roundingRule);
  const safe = usePresenterSafe();
  const smallBase = useSmallBaseSettings((s) => s.smallBase);
  const view = slide?.view;
  const focus = slide?.focus;
  const caseId = slide?.caseId;
  const trendBy = slide?.trendBy;
  const compareFrom = slide?.compareFrom;
  const compareTo = slide?.compareTo;
  const options = slide?.options;
  const intervals = slide?.intervals;
  return useMemo(
    () =>
      loaded && view
        ? slideSubject({
            slide: { view, focus, caseId, options, trendBy, compareFrom, compareTo, intervals },
            loaded,
            filters,
            charts,
            safe,
            rule,
            smallBase,
          })
        : null,
    [
      loaded,
      view,
      focus,
      caseId,
      options,
      trendBy,
      compareFrom,
      compareTo,
      intervals,
      filters,
      charts,
      safe,
      rule,
      smallBase,
    ],
  );
}
