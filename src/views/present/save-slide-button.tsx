import { Suspense, useId, useState } from 'react';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useExplorerStore } from '../../state/explorer-store';
import { lazyWithRetry } from '../../ui/lazy-retry';
import { ViewErrorBoundary } from '../../ui/view-error-boundary';

// The form loads when first opened: it is not needed to paint the first screen.
const SaveSlideForm = lazyWithRetry(
  () => import('./save-slide-form'),
  (m) => m.SaveSlideForm,
);

/** Props of {@link SaveSlideButton}. */
export interface SaveSlideButtonProps {
  loaded: LoadedDataset | undefined;
}

/** "Save view as slide", in the app's header on every view but Present itself. */
export function SaveSlideButton({ loaded }: SaveSlideButtonProps) {
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState('');
  const onPresent = useExplorerStore((s) => s.view === 'present');
  const usable = !onPresent && loaded !== undefined;
  return (
    <div className="save-slide">
      <button
        type="button"
        aria-expanded={open && usable}
        aria-controls={open && usable ? formId : undefined}
        onClick={() => {
          setOpen((v) => !v);
          setSaved('');
        }}
        disabled={!usable}
        title={onPresent ? 'Go to a view to save it as a slide' : undefined}
      >
        Save view as slide
      </button>
      <span className="save-slide-status" aria-live="polite">
        {saved}
      </span>
      {open && usable && (
        <ViewErrorBoundary
          what="Save view as slide"
          onBack={() => setOpen(false)}
          backLabel="Close"
          headingLevel={2}
        >
          <Suspense fallback={<span role="status">Opening…</span>}>
            <SaveSlideForm
              id={formId}
              loaded={loaded}
              onSaved={(message) => {
                setOpen(false);
                setSaved(message);
              }}
              onCancel={() => setOpen(false)}
            />
          </Suspense>
        </ViewErrorBoundary>
      )}
    </div>
  );
}
