import { useOnScreenKeptId } from '../state/use-kept-datasets';
import './datasets-panel.css';

/** Says that the data on screen is kept on this device (in the dataset menu). */
export function KeptBadge() {
  const keptId = useOnScreenKeptId();
  return keptId === undefined ? null : <span className="kept-badge">Kept on this device</span>;
}
