import { useOnScreenKeptId } from '../state/use-kept-datasets';
import { useKeptSyncError } from '../state/use-kept-restore';
import './datasets-panel.css';

/** Says in the header that the data on screen is kept on this device, or that saving failed. */
export function KeptBadge() {
  const keptId = useOnScreenKeptId();
  const syncError = useKeptSyncError();
  return (
    <>
      {keptId !== undefined && <span className="kept-badge">Kept on this device</span>}
      {syncError && (
        <span role="alert" className="kept-error">
          {' '}
          {syncError}
        </span>
      )}
    </>
  );
}
