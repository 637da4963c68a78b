import { Suspense, useCallback, useId, useState } from 'react';
import type { LoadedDataset } from '../state/dataset-queries';
import { KeptBadge } from './kept-badge';
import { lazyWithRetry } from './lazy-retry';
import { LoadControls } from './load-controls';
import { usePopover } from './use-popover';
import { ViewErrorBoundary } from './view-error-boundary';
import './datasets-panel.css';

// Loaded on first open: adding files, mapping and the kept list stay out of the first load.
const DatasetsPanel = lazyWithRetry(
  () => import('./datasets-panel'),
  (m) => m.DatasetsPanel,
);

/** Props of {@link DatasetMenu}. */
export interface DatasetMenuProps {
  /** The data as soon as it is in (its title shows before the view is drawn). */
  data: LoadedDataset | undefined;
  /** The data the views show, for the Datasets panel. */
  loaded: LoadedDataset | undefined;
  onFiles: (files: File[]) => void;
  onUseBundled: () => void;
  bundledActive: boolean;
}

/**
 * The header's dataset chip: the title and source of the data on screen, opening a menu to load
 * files, go back to the bundled dataset, or open the Datasets panel (add, keep, forget).
 */
export function DatasetMenu({
  data,
  loaded,
  onFiles,
  onUseBundled,
  bundledActive,
}: DatasetMenuProps) {
  const menuId = useId();
  const datasetsHintId = useId();
  const { open, setOpen, close, root, opener } = usePopover();
  const [panelOpen, setPanelOpen] = useState(false);
  const closePanel = useCallback(() => setPanelOpen(false), []);
  const meta = data?.dataset.meta;
  return (
    <div ref={root} className="dataset-menu">
      <button
        ref={opener}
        type="button"
        className="dataset-chip"
        aria-expanded={open}
        aria-controls={menuId}
        title={meta ? `${meta.title} — ${meta.source}` : undefined}
        onClick={() => setOpen((v) => !v)}
      >
        <span className="dataset-chip-text">
          {meta ? (
            <>
              {meta.synthetic && (
                <strong className="synthetic-badge">Synthetic — not real cases: </strong>
              )}
              {meta.title}
              <span className="dataset-source"> — {meta.source}</span>
            </>
          ) : (
            'Loading the data…'
          )}
        </span>
        {/* Said after the visible text, so the name still starts with what is seen (WCAG 2.5.3). */}
        <span className="visually-hidden"> (dataset menu)</span>
        <span className="menu-arrow" aria-hidden="true">
          ▾
        </span>
      </button>
      {/* Kept in the page while closed, so the file input is always there to take files. */}
      <div id={menuId} className="dataset-menu-panel" hidden={!open}>
        {/* What the chip cuts short, in full; only while open, so the page says it once. */}
        {open && meta && (
          <div className="dataset-menu-about">
            <p className="dataset-menu-title">{meta.title}</p>
            <p className="dataset-source">{meta.source}</p>
            {meta.synthetic && (
              <p>
                <strong className="synthetic-badge">Synthetic — not real cases</strong>
              </p>
            )}
            <KeptBadge />
          </div>
        )}
        <LoadControls
          shown={open}
          onFiles={(files) => {
            close();
            onFiles(files);
          }}
          onUseBundled={() => {
            close();
            onUseBundled();
          }}
          bundledActive={bundledActive}
        />
        {open && (
          <>
            <button
              type="button"
              className="datasets-button"
              aria-describedby={datasetsHintId}
              onClick={() => {
                // The panel returns focus to what had it when it opened: the chip, which stays.
                close();
                setPanelOpen(true);
              }}
            >
              Datasets
            </button>
            <p id={datasetsHintId} className="load-hint">
              Add files to the data on screen; keep datasets on this device or forget them.
            </p>
          </>
        )}
      </div>
      {panelOpen && (
        <ViewErrorBoundary
          what="The Datasets panel"
          onBack={closePanel}
          backLabel="Close"
          headingLevel={2}
          className="datasets-panel-error"
        >
          <Suspense fallback={<span role="status">Opening Datasets…</span>}>
            <DatasetsPanel loaded={loaded} onClose={closePanel} />
          </Suspense>
        </ViewErrorBoundary>
      )}
    </div>
  );
}
