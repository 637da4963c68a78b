import type { LoadedDataset } from '../../state/dataset-queries';
import { PresenterSafeSwitch } from '../../ui/presenter-safe-switch';
import { SaveSlideButton } from './save-slide-button';
import './save-slide.css';

/** Props of {@link PresentHeaderControls}. */
export interface PresentHeaderControlsProps {
  loaded: LoadedDataset | undefined;
}

/** The header's presenter controls: "Save view as slide" and the presenter-safe switch. */
export function PresentHeaderControls({ loaded }: PresentHeaderControlsProps) {
  return (
    <div className="present-header-controls">
      <SaveSlideButton loaded={loaded} />
      <PresenterSafeSwitch />
    </div>
  );
}
