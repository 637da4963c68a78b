import { Suspense } from 'react';
import type { LoadedDataset } from '../../state/dataset-queries';
import { lazyWithRetry } from '../../ui/lazy-retry';
import { ViewErrorBoundary } from '../../ui/view-error-boundary';
import type { PresentScreen } from './use-present-screen';

const PresentingScreen = lazyWithRetry(
  () => import('./presenting-screen'),
  (m) => m.PresentingScreen,
);
const HandoutScreen = lazyWithRetry(
  () => import('./handout-screen'),
  (m) => m.HandoutScreen,
);
const PresenterConsole = lazyWithRetry(
  () => import('./presenter-console'),
  (m) => m.PresenterConsole,
);

/** Props of {@link PresentModeScreen}. */
export interface PresentModeScreenProps {
  screen: PresentScreen;
  loaded: LoadedDataset | undefined;
}

/** The slides, the handout or the presenter view, each loaded when first needed. */
export function PresentModeScreen({ screen, loaded }: PresentModeScreenProps) {
  return (
    <ViewErrorBoundary what="This screen">
      <Suspense fallback={<p className="present-loading">Loading…</p>}>
        {screen.kind === 'presenting' && <PresentingScreen loaded={loaded} />}
        {screen.kind === 'handout' && <HandoutScreen loaded={loaded} />}
        {screen.kind === 'console' && <PresenterConsole sessionId={screen.sessionId} />}
      </Suspense>
    </ViewErrorBoundary>
  );
}
