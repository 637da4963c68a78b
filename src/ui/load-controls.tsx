import { useId, useRef } from 'react';
import { loadLimitText } from '../data/load-budget';

/** Props of {@link LoadControls}. */
export interface LoadControlsProps {
  onFiles: (files: File[]) => void;
  onUseBundled: () => void;
  onCancel: () => void;
  progress: { fraction: number; file: string } | null;
  bundledActive: boolean;
}

/** The "Load data files" input, "Use bundled dataset", and the progress bar with Cancel. */
export function LoadControls({
  onFiles,
  onUseBundled,
  onCancel,
  progress,
  bundledActive,
}: LoadControlsProps) {
  const inputId = useId();
  const limitId = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="load-controls">
      <label htmlFor={inputId} className="file-label">
        Load data files
      </label>
      <input
        ref={input}
        id={inputId}
        type="file"
        multiple
        accept=".csv,.tsv,.txt,.json,text/csv,application/json"
        // The limits are told before anything is read (a tooltip, and to screen readers).
        title={loadLimitText}
        aria-describedby={limitId}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          if (files.length > 0) onFiles(files);
          // Clear the input so choosing the same file again loads it again.
          event.currentTarget.value = '';
        }}
      />
      <span id={limitId} className="visually-hidden">
        {loadLimitText}
      </span>
      <button
        type="button"
        onClick={onUseBundled}
        title={bundledActive ? 'The bundled dataset is on screen' : undefined}
      >
        Use bundled dataset
      </button>
      {progress && (
        <div className="load-progress">
          <progress max={1} value={progress.fraction} aria-label={`Loading ${progress.file}`} />
          <span>
            Loading {progress.file} … {Math.round(progress.fraction * 100)}%
          </span>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
