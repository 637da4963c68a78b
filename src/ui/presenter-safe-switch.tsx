import { usePresenterSafeStore } from '../state/presenter-safe-store';

/** The one presenter-safe switch, in the app's header. */
export function PresenterSafeSwitch() {
  const enabled = usePresenterSafeStore((s) => s.enabled);
  const setEnabled = usePresenterSafeStore((s) => s.setEnabled);
  return (
    <button
      type="button"
      className="presenter-safe-switch"
      aria-pressed={enabled}
      onClick={() => setEnabled(!enabled)}
      title="Hides case names and ids, learning summaries, and counts below a threshold, on every view, slide and export"
    >
      Presenter-safe
    </button>
  );
}
