import type { LoadResult } from '../data/types';
import { redactQuoted } from '../query/presenter-safe';
import { usePresenterSafe } from '../state/use-presenter-safe';

/** Props of {@link LoadReport}. */
export interface LoadReportProps {
  result: LoadResult | undefined;
  onDismiss: () => void;
}

function place(problem: { file: string; row?: number; column?: string }): string {
  const parts = [problem.file];
  if (problem.row !== undefined) parts.push(`row ${problem.row}`);
  if (problem.column !== undefined) parts.push(`column "${problem.column}"`);
  return parts.filter((p) => p !== '').join(', ');
}

/**
 * The report of the last load: role `alert` when the load was refused (the previous data stays),
 * role `status` when it loaded with warnings. Every problem names file, row and column; while
 * presenter-safe is on, the values its message quotes (titles, ids) are left out.
 */
export function LoadReport({ result, onDismiss }: LoadReportProps) {
  const safe = usePresenterSafe();
  if (!result) return null;
  // Messages quote titles, ids and values: presenter-safe shows where, not what.
  const said = (text: string) => (safe.enabled ? redactQuoted(text) : text);
  const shown = result.problems.filter((p) => p.severity !== 'info');
  if (result.ok && shown.length === 0) return null;
  const refused = !result.ok;
  const errors = shown.filter((p) => p.severity === 'error');
  const listed = refused ? [...errors, ...shown.filter((p) => p.severity !== 'error')] : shown;
  const rejected = result.facts.files.reduce((n, f) => n + f.rowsRejected, 0);
  return (
    <div
      className={refused ? 'load-report refused' : 'load-report warnings'}
      role={refused ? 'alert' : 'status'}
    >
      <p className="load-report-summary">
        {refused
          ? `The files were not loaded: ${errors.length} problem${errors.length === 1 ? '' : 's'} must be fixed first. The data on screen is unchanged.`
          : `Loaded with ${shown.length} warning${shown.length === 1 ? '' : 's'}${rejected > 0 ? `; ${rejected} row${rejected === 1 ? ' was' : 's were'} not loaded` : ''}.`}
      </p>
      <ul>
        {listed.slice(0, 50).map((p, i) => (
          <li key={`${p.code}-${p.file}-${p.row ?? ''}-${p.column ?? ''}-${i}`}>
            <strong>{place(p)}:</strong> {said(p.message)}
            {p.hint ? <span className="hint"> {said(p.hint)}</span> : null}
          </li>
        ))}
      </ul>
      {listed.length > 50 && <p>…and {listed.length - 50} more; the Check view lists them all.</p>}
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
