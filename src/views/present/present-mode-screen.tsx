import { lazy, Suspense, type ReactNode } from 'react';
import type { LoadedDataset } from '../../state/dataset-queries';
import type { ViewId } from '../../state/url-state';
import type { PresentScreen } from './use-present-screen';

const PresentingScreen = lazy(() =>
  import('./presenting-screen').then((m) => ({ default: m.PresentingScreen })),
);
const HandoutScreen = lazy(() =>
  import('./handout-screen').then((m) => ({ default: m.HandoutScreen })),
);
const PresenterConsole = lazy(() =>
  import('./presenter-console').then((m) => ({ default: m.PresenterConsole })),
);

/** Props of {@link PresentModeScreen}. */
export interface PresentModeScreenProps {
  screen: PresentScreen;
  loaded: LoadedDataset | undefined;
  /** Draws a view of the app (the app passes its view switch: views cannot import the app). */
  renderView: (view: ViewId) => ReactNode;
}

/** The slides, the handout or the presenter view, each loaded when first needed. */
export function PresentModeScreen({ screen, loaded, renderView }: PresentModeScreenProps) {
  return (
    <Suspense fallback={<p className="present-loading">Loading…</p>}>
      {screen.kind === 'presenting' && <PresentingScreen loaded={loaded} renderView={renderView} />}
      {screen.kind === 'handout' && <HandoutScreen loaded={loaded} renderView={renderView} />}
      {screen.kind === 'console' && <PresenterConsole sessionId={screen.sessionId} />}
    </Suspense>
  );
}
