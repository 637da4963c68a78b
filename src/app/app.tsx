import { useCallback, useDeferredValue, useState, type ReactNode } from 'react';
import {
  type LoadedDataset,
  useActiveDataset,
  useLastLoad,
  useLoadFiles,
  useUseBundled,
} from '../state/dataset-queries';
import { useExplorerStore } from '../state/explorer-store';
import type { ViewId } from '../state/url-state';
import { useReturnToTracking } from '../state/return-to';
import { useKeptRestore } from '../state/use-kept-restore';
import { urlNoticeText } from '../state/url-notice';
import { useSafeCases } from '../state/use-safe-cases';
import { useWithheldFilters } from '../state/use-withheld-filters';
import { useLinkFor, useUrlSync } from '../state/use-url-sync';
import { DatasetMenu } from '../ui/dataset-menu';
import { FilterBar } from '../ui/filter-bar';
import { FilterBarPending } from '../ui/filter-bar-pending';
import { FilterBarScope, isScopedView } from '../ui/filter-bar-scope';
import { KeptSyncError } from '../ui/kept-sync-error';
import { LoadProgress } from '../ui/load-progress';
import { LoadReport } from '../ui/load-report';
import { NavBar } from '../ui/nav-bar';
import { useFileDrop } from '../ui/use-file-drop';
import { PresenterSafeBanner } from '../ui/presenter-safe-banner';
import { PresentHeaderControls } from '../views/present/header-controls';
import { PresentModeScreen } from '../views/present/present-mode-screen';
import { usePresentScreen } from '../views/present/use-present-screen';
import { useSanitisedFilters } from '../views/overview/use-sanitised-filters';
import { useViewFocus } from './use-view-focus';
import { ViewSwitch } from './view-switch';

/** The application shell: header, navigation, loading, the load report and the current view. */
export function App() {
  useUrlSync();
  // After the URL sync, so the opening link's screen is not taken for a visit.
  useReturnToTracking();
  const view = useExplorerStore((s) => s.view);
  const caseId = useExplorerStore((s) => s.caseId);
  const filters = useExplorerStore((s) => s.filters);
  const source = useExplorerStore((s) => s.source);
  const setView = useExplorerStore((s) => s.setView);
  const urlNotice = useExplorerStore((s) => s.urlNotice);
  const urlNoticeMore = useExplorerStore((s) => s.urlNoticeMore);
  const dismissUrlNotice = useExplorerStore((s) => s.dismissUrlNotice);
  const active = useActiveDataset();
  const lastLoad = useLastLoad();
  const { load, cancel, progress, error } = useLoadFiles();
  const useBundled = useUseBundled();
  const [dismissed, setDismissed] = useState<unknown>(null);
  const onFiles = useCallback((files: File[]) => load(files), [load]);
  const dragging = useFileDrop(onFiles);
  const presentScreen = usePresentScreen();
  useViewFocus(view, caseId);
  const linkFor = useLinkFor();
  const hrefFor = (target: ViewId) => {
    const search = linkFor({ view: target, filters });
    return search ? `?${search}` : '?';
  };
  // A dataset kept on this device is shown instead of the bundled one: wait for that first look.
  const keptReady = useKeptRestore();
  const data = keptReady ? active.data : undefined;
  // A dataset's first appearance renders in a background transition: React yields to the browser
  // while it builds the view, so no long task blocks the page as the data arrives. The flag is
  // deferred, not the dataset, so no render keeps hold of a replaced dataset.
  const shown = useDeferredValue(data !== undefined);
  const loaded = shown ? data : undefined;
  useSanitisedFilters(loaded?.index);
  useWithheldFilters(loaded);
  const safeCases = useSafeCases(loaded);
  const cancelled = error instanceof DOMException && error.name === 'AbortError';
  // Presenting, the handout and the presenter view replace the header, navigation and views.
  if (presentScreen) return <PresentModeScreen screen={presentScreen} loaded={loaded} />;
  return (
    <div className={dragging ? 'app dragging' : 'app'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="product">Case Review Explorer</span>
          {/* The title shows as soon as the data is in, before the view is drawn. */}
          <DatasetMenu
            data={data}
            loaded={loaded}
            onFiles={onFiles}
            onUseBundled={useBundled}
            bundledActive={source.kind === 'bundled'}
          />
        </div>
        <NavBar current={view} hrefFor={hrefFor} onNavigate={(v) => setView(v)} />
        <PresentHeaderControls loaded={loaded} />
      </header>
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          <p>
            Drop CSV, TSV or JSON files to load them
            <span>
              Several files at once are read together; the data on screen stays until they load.
            </span>
          </p>
        </div>
      )}
      <div className="notices">
        {progress && <LoadProgress progress={progress} onCancel={cancel} />}
        <KeptSyncError />
        <PresenterSafeBanner deciding={safeCases?.pending === true} />
        {lastLoad !== dismissed && (
          <LoadReport result={lastLoad} onDismiss={() => setDismissed(lastLoad)} />
        )}
        {cancelled && <p role="status">Loading was cancelled; the data on screen is unchanged.</p>}
        {urlNotice.length > 0 && (
          <p role="status" className="url-notice">
            {urlNoticeText(urlNotice, urlNoticeMore)}{' '}
            <button type="button" onClick={dismissUrlNotice}>
              Dismiss
            </button>
          </p>
        )}
      </div>
      {view !== 'present' && filterBand(view, loaded, safeCases?.withheldDimensions)}
      <main id="main" tabIndex={-1}>
        {!loaded &&
          ((active.isPending && active.fetchStatus !== 'idle') || active.data !== undefined) && (
            <p role="status">Loading the bundled dataset…</p>
          )}
        {active.isError && (
          <div role="alert">
            <p>The dataset could not be loaded: {active.error.message}</p>
            <button type="button" onClick={() => void active.refetch()}>
              Try again
            </button>
          </div>
        )}
        {loaded && <ViewSwitch view={view} loaded={loaded} />}
      </main>
      <footer className="app-footer">
        Everything you load stays in this browser: nothing is uploaded, and no request leaves this
        page's origin.
      </footer>
    </div>
  );
}

/** What sits under the header: the filter bar, or on views filters do not drive, a line saying so. */
function filterBand(
  view: ViewId,
  loaded: LoadedDataset | undefined,
  withheld: ReadonlySet<string> | undefined,
): ReactNode {
  if (isScopedView(view))
    return loaded ? <FilterBarScope view={view} index={loaded.index} /> : <FilterBarPending />;
  return loaded ? (
    <FilterBar index={loaded.index} dataset={loaded.dataset} withheld={withheld} />
  ) : (
    <FilterBarPending />
  );
}
