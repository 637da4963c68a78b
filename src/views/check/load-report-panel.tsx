import { useMemo, useState } from 'react';
import { toSafeCsv } from '../../data/csv-safe';
import type { LoadProblem, LoadResult, Severity } from '../../data/types';
import { redactQuoted, replaceCaseTitles } from '../../query/presenter-safe';
import { usePresenterSafe, type PresenterSafe } from '../../state/use-presenter-safe';
import { downloadText } from '../../ui/download';
import { LoadFacts } from './load-facts';
import { TableFrame } from '../../ui/table-frame';

/** Props of {@link LoadReportPanel}. */
export interface LoadReportPanelProps {
  /** The load of the dataset on screen. */
  current: LoadResult;
  /** The last load attempt, when it was refused (the dataset on screen stayed). */
  refused?: LoadResult;
}

const pageSize = 50;
const header = ['Severity', 'File', 'Row', 'Column', 'Message', 'Hint'];

/** The problems as rows of cells, for the table and its CSV. */
export function problemCells(problem: LoadProblem): string[] {
  return [
    problem.severity,
    problem.file,
    problem.row === undefined ? '' : String(problem.row),
    problem.column ?? '',
    problem.message,
    problem.hint ?? '',
  ];
}

/** The problems of a load as formula-safe CSV. */
export function problemsCsv(problems: readonly LoadProblem[]): string {
  return toSafeCsv([header, ...problems.map(problemCells)]);
}

/**
 * The load report: the facts of the load (files, encodings, delimiters, rows read, loaded and
 * rejected, codebook) and every problem with severity, file, row, column, message and hint,
 * filterable, paged, and downloadable as CSV.
 */
export function LoadReportPanel({ current, refused }: LoadReportPanelProps) {
  const [which, setWhich] = useState<'current' | 'refused'>(refused ? 'refused' : 'current');
  const [severity, setSeverity] = useState<'all' | Severity>('all');
  const [text, setText] = useState('');
  const [page, setPage] = useState(0);
  const result = which === 'refused' && refused ? refused : current;
  const safe = usePresenterSafe();
  // While presenter-safe is on, a message quoting a case's title or id names it by its label.
  const cellsOf = useMemo(
    () => (safe.enabled ? redactedCellsOf(current, safe.caseLabels) : problemCells),
    [current, safe.enabled, safe.caseLabels],
  );
  const matching = useMemo(() => {
    const needle = text.trim().toLowerCase();
    return result.problems.filter(
      (p) =>
        (severity === 'all' || p.severity === severity) &&
        (needle === '' || cellsOf(p).some((cell) => cell.toLowerCase().includes(needle))),
    );
  }, [result, severity, text, cellsOf]);
  const pages = Math.max(1, Math.ceil(matching.length / pageSize));
  const at = Math.min(page, pages - 1);
  const shown = matching.slice(at * pageSize, (at + 1) * pageSize);
  const reset = () => setPage(0);
  return (
    <div className="load-report-panel">
      {refused && (
        <fieldset className="check-choice">
          <legend>Report of</legend>
          <label>
            <input
              type="radio"
              name="load-report-of"
              checked={which === 'refused'}
              onChange={() => {
                setWhich('refused');
                reset();
              }}
            />{' '}
            the last load attempt (refused)
          </label>
          <label>
            <input
              type="radio"
              name="load-report-of"
              checked={which === 'current'}
              onChange={() => {
                setWhich('current');
                reset();
              }}
            />{' '}
            the dataset on screen
          </label>
        </fieldset>
      )}
      <LoadFacts result={result} />
      <div className="check-controls">
        <label className="check-select">
          Severity{' '}
          <select
            value={severity}
            onChange={(e) => {
              setSeverity(e.target.value as 'all' | Severity);
              reset();
            }}
          >
            <option value="all">all</option>
            <option value="error">errors</option>
            <option value="warning">warnings</option>
            <option value="info">notes</option>
          </select>
        </label>
        <label className="check-select">
          Search problems{' '}
          <input
            type="search"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              reset();
            }}
          />
        </label>
        <button
          type="button"
          onClick={() =>
            downloadText(
              toSafeCsv([header, ...matching.map(cellsOf)]),
              'load-report.csv',
              'text/csv',
            )
          }
          disabled={matching.length === 0}
        >
          Download problems as CSV
        </button>
      </div>
      <p className="check-summary">
        {result.problems.length === 0
          ? 'No problems: every row was read.'
          : `${matching.length} of ${result.problems.length} problems shown${matching.length > pageSize ? `, ${at * pageSize + 1}–${at * pageSize + shown.length} on this page` : ''}.`}
      </p>
      {shown.length > 0 && (
        <TableFrame label={'Load problems'}>
          <table className="data-table problems-table" data-evidence="skip">
            <caption>Load problems</caption>
            <thead>
              <tr>
                {header.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((p, i) => (
                <tr key={`${at}-${i}`} className={`severity-${p.severity}`}>
                  {cellsOf(p).map((cell, k) => (
                    <td key={header[k]}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      {pages > 1 && (
        <nav className="pager" aria-label="Problem pages">
          <button type="button" onClick={() => setPage(at - 1)} disabled={at === 0}>
            Previous
          </button>
          <span>
            Page {at + 1} of {pages}
          </span>
          <button type="button" onClick={() => setPage(at + 1)} disabled={at >= pages - 1}>
            Next
          </button>
        </nav>
      )}
    </div>
  );
}

/** A problem's cells with every quoted value left out and each case's title or id named by its label. */
function redactedCellsOf(
  current: LoadResult,
  caseLabels: PresenterSafe['caseLabels'],
): (problem: LoadProblem) => string[] {
  if (!current.ok) return (problem) => problemCells(problem).map((cell) => redactQuoted(cell));
  const cases = current.dataset.cases;
  // The report is one list of the whole dataset: its labels are numbered within it.
  const caseLabel = caseLabels(cases.map((_, i) => i));
  const names = cases.flatMap((c, i) => {
    const label = caseLabel(i, c.title);
    return [
      { title: c.title, label },
      { title: c.id, label },
    ];
  });
  return (problem) =>
    problemCells(problem).map((cell) => redactQuoted(replaceCaseTitles(cell, names)));
}
