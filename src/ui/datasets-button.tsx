import { lazy, Suspense, useCallback, useState } from 'react';
import type { LoadedDataset } from '../state/dataset-queries';
import './datasets-panel.css';

// Loaded on first open: adding files, mapping and the kept list stay out of the first load.
const DatasetsPanel = lazy(() =>
  import('./datasets-panel').then((m) => ({ default: m.DatasetsPanel })),
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
        <Suspense fallback={<span role="status">Opening Datasets…</span>}>
          <DatasetsPanel loaded={loaded} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
