import { Suspense, type ReactNode } from 'react';
import type { LoadedDataset } from '../state/dataset-queries';
import { useExplorerStore } from '../state/explorer-store';
import type { ViewId } from '../state/url-state';
import { lazyWithRetry } from '../ui/lazy-retry';
import { ViewErrorBoundary } from '../ui/view-error-boundary';
import { OverviewView } from '../views/overview/overview-view';

// Loaded on first use: the heatmap (with its canvas and virtualiser) stays out of the first load.
const ThemesView = lazyWithRetry(
  () => import('../views/themes/themes-view'),
  (m) => m.ThemesView,
);
const LearningView = lazyWithRetry(
  () => import('../views/learning/learning-view'),
  (m) => m.LearningView,
);
const CaseView = lazyWithRetry(
  () => import('../views/case/case-view'),
  (m) => m.CaseView,
);
// The Check view brings @tanstack/react-table, react-virtual and fflate; Method brings fflate.
const CheckView = lazyWithRetry(
  () => import('../views/check/check-view'),
  (m) => m.CheckView,
);
const MethodView = lazyWithRetry(
  () => import('../views/method/method-view'),
  (m) => m.MethodView,
);
const TrendsView = lazyWithRetry(
  () => import('../views/trends/trends-view'),
  (m) => m.TrendsView,
);
const PresentView = lazyWithRetry(
  () => import('../views/present/present-view'),
  (m) => m.PresentView,
);
const viewLoading = <p role="status">Loading the view…</p>;

/** Props of {@link ViewSwitch}. */
export interface ViewSwitchProps {
  view: ViewId;
  loaded: LoadedDataset;
}

/**
 * Renders the chosen view inside its own error boundary, keyed by view so that switching views
 * starts afresh: a crash in one view leaves the header, navigation and filters working.
 */
export function ViewSwitch({ view, loaded }: ViewSwitchProps) {
  const setView = useExplorerStore((s) => s.setView);
  return (
    <ViewErrorBoundary key={view} onBack={() => setView('overview')} resetKey={loaded}>
      {chosenView(view, loaded)}
    </ViewErrorBoundary>
  );
}

/** The element of one view. */
function chosenView(view: ViewId, loaded: LoadedDataset): ReactNode {
  switch (view) {
    case 'overview':
      return <OverviewView loaded={loaded} />;
    case 'themes':
      return (
        <Suspense fallback={viewLoading}>
          <ThemesView loaded={loaded} />
        </Suspense>
      );
    case 'learning':
      return (
        <Suspense fallback={viewLoading}>
          <LearningView loaded={loaded} />
        </Suspense>
      );
    case 'case':
      return (
        <Suspense fallback={viewLoading}>
          <CaseView loaded={loaded} />
        </Suspense>
      );
    case 'check':
      return (
        <Suspense fallback={viewLoading}>
          <CheckView loaded={loaded} />
        </Suspense>
      );
    case 'method':
      return (
        <Suspense fallback={viewLoading}>
          <MethodView loaded={loaded} />
        </Suspense>
      );
    case 'trends':
      return (
        <Suspense fallback={viewLoading}>
          <TrendsView loaded={loaded} />
        </Suspense>
      );
    case 'present':
      return (
        <Suspense fallback={viewLoading}>
          <PresentView loaded={loaded} />
        </Suspense>
      );
    default:
      return null;
  }
}
