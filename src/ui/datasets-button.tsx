import { Suspense, useCallback, useState } from 'react';
import type { LoadedDataset } from '../state/dataset-queries';
import { lazyWithRetry } from './lazy-retry';
import { ViewErrorBoundary } from './view-error-boundary';
import './datasets-panel.css';

// Loaded on first open: adding files, mapping and the kept list stay out of the first load.
const DatasetsPanel = lazyWithRetry(
  () => import('./datasets-panel'),
  (m) => m.DatasetsPanel,
);

/** Props of {@link DatasetsButton}. */
export interface DatasetsButtonProps {
  loaded: LoadedDataset | undefined;
}

/** The header's "Datasets" button, opening the Datasets panel. */
export function DatasetsButton({ loaded }: DatasetsButtonProps) {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <button
        type="button"
        className="datasets-button"
        aria-expanded={open}
        onClick={() => setOpen((v) => !v)}
      >
        Datasets
      </button>
      {open && (
        <ViewErrorBoundary
          what="The Datasets panel"
          onBack={close}
          backLabel="Close"
          headingLevel={2}
          className="datasets-panel-error"
        >
          <Suspense fallback={<span role="status">Opening Datasets…</span>}>
            <DatasetsPanel loaded={loaded} onClose={close} />
          </Suspense>
        </ViewErrorBoundary>
      )}
    </>
  );
}
