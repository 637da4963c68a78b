/** Props of {@link LoadProgress}. */
export interface LoadProgressProps {
  progress: { fraction: number; file: string };
  onCancel: () => void;
}

/** The progress of a file being read, with Cancel; shown under the header while it runs. */
export function LoadProgress({ progress, onCancel }: LoadProgressProps) {
  return (
    <div className="load-progress">
      <progress max={1} value={progress.fraction} aria-label={`Loading ${progress.file}`} />
      <span>
        Loading {progress.file} … {Math.round(progress.fraction * 100)}%
      </span>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
