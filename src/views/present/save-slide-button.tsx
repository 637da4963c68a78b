import { useId, useState } from 'react';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useExplorerStore } from '../../state/explorer-store';
import { SaveSlideForm } from './save-slide-form';

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
        <SaveSlideForm
          id={formId}
          loaded={loaded}
          onSaved={(message) => {
            setOpen(false);
            setSaved(message);
          }}
          onCancel={() => setOpen(false)}
        />
      )}
    </div>
  );
}
