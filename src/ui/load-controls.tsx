import { useId } from 'react';
import { loadLimitText } from '../data/load-limits';

/** Props of {@link LoadControls}. */
export interface LoadControlsProps {
  /** Whether the controls are on screen; while not, only the file input stays (see below). */
  shown: boolean;
  onFiles: (files: File[]) => void;
  onUseBundled: () => void;
  bundledActive: boolean;
}

/**
 * "Load data files" (a file input shown as one of the app's buttons, saying what it takes) and
 * "Use bundled dataset". The input itself is visually hidden but focusable, so the keyboard and
 * screen readers reach the real control; it stays in the page while the menu is closed (named by
 * its own label), so files can always be given to it, and nothing else does (DOM budget).
 */
export function LoadControls({ shown, onFiles, onUseBundled, bundledActive }: LoadControlsProps) {
  const inputId = useId();
  const hintId = useId();
  return (
    <div className="load-controls">
      <input
        id={inputId}
        className="file-input visually-hidden"
        type="file"
        multiple
        accept=".csv,.tsv,.txt,.json,text/csv,application/json"
        aria-label="Load data files"
        aria-describedby={shown ? hintId : undefined}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Clear the input so choosing the same file again loads it again.
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      {shown && (
        <>
          <label htmlFor={inputId} className="file-button">
            Load data files
          </label>
          <p id={hintId} className="load-hint">
            CSV, TSV or JSON; several at once. You can also drop files anywhere on the page.{' '}
            {loadLimitText}
          </p>
          <button
            type="button"
            onClick={onUseBundled}
            aria-describedby={bundledActive ? `${hintId}-bundled` : undefined}
          >
            Use bundled dataset
          </button>
          {bundledActive && (
            <p id={`${hintId}-bundled`} className="load-hint">
              The bundled briefing is on screen.
            </p>
          )}
        </>
      )}
    </div>
  );
}
