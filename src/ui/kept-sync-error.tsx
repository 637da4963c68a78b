import { useKeptSyncError } from '../state/use-kept-restore';
import './datasets-panel.css';

/** Says on screen, as an alert, that keeping the data on this device failed. */
export function KeptSyncError() {
  const syncError = useKeptSyncError();
  return syncError ? (
    <p role="alert" className="kept-error">
      {syncError}
    </p>
  ) : null;
}
