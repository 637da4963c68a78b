import { useEffect, useMemo } from 'react';
import { agreementCsv, agreementMethodNotes, agreementRows } from '../../query/agreement-table';
import { useAgreementRun } from '../../state/use-agreement-run';
import { useCoderVersions } from '../../state/coder-versions';
import type { LoadedDataset } from '../../state/dataset-queries';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { downloadText } from '../../ui/download';
import { AgreementCoders } from './agreement-coders';
import { AgreementTable } from './agreement-table';
import { DisagreementList } from './disagreement-list';
import './agreement.css';

/** Props of {@link AgreementPanel}. */
export interface AgreementPanelProps {
  loaded: LoadedDataset;
}

/**
 * Coder agreement (issue 19): the coders, the agreement table per field and per theme (percent
 * agreement, Cohen's or Fleiss' kappa, its seeded bootstrap interval, Krippendorff's alpha, each
 * reading with whose scale it is), and the disagreements to settle, as a list and as CSV.
 */
export function AgreementPanel({ loaded }: AgreementPanelProps) {
  const versions = useCoderVersions();
  const safe = usePresenterSafe();
  const { coders, openAgreement, agreementOpened } = versions;
  useEffect(() => {
    if (openAgreement) agreementOpened();
  }, [openAgreement, agreementOpened]);
  const run = useAgreementRun(coders);
  const result = coders.length >= 2 ? run.data : undefined;
  const rows = useMemo(() => agreementRows(result?.results ?? []), [result]);
  const warnings = result?.problems.filter((p) => p.severity === 'warning') ?? [];
  return (
    <div className="agreement-panel">
      <AgreementCoders loaded={loaded} />
      {coders.length >= 2 && run.isPending && <p role="status">Measuring the coders’ agreement…</p>}
      {coders.length >= 2 && run.error && (
        <p role="alert">The agreement could not be computed: {run.error.message}</p>
      )}
      {result && !result.ok && (
        <div role="alert">
          {result.problems.map((p) => (
            <p key={p.code}>
              {p.message} {p.hint}
            </p>
          ))}
        </div>
      )}
      {coders.length === 1 && (
        <p className="check-note">Add a second coder to measure agreement.</p>
      )}
      {result?.ok && (
        <>
          {warnings.length > 0 && (
            <div role="status">
              {warnings.map((p) => (
                <p key={p.code}>
                  {safe.enabled
                    ? 'Some cases are not in every coder’s file and are left out.'
                    : p.message}
                </p>
              ))}
            </div>
          )}
          <div className="check-controls">
            <p className="check-summary">
              <strong>
                {result.coders.join(' and ')}: {rows.length} fields and themes compared.
              </strong>
            </p>
            <button
              type="button"
              onClick={() => downloadText(agreementCsv(rows), 'coder-agreement.csv', 'text/csv')}
            >
              Export the agreement table as CSV
            </button>
          </div>
          <AgreementTable rows={rows} count={safe.count} />
          <div className="chart-notes">
            {agreementMethodNotes(result.results).map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
          {safe.enabled ? (
            <p className="check-note">
              Presenter-safe is on: the disagreements are not listed, since they name cases and
              quote their learning.
            </p>
          ) : (
            <DisagreementList disagreements={result.disagreements} coders={result.coders} />
          )}
        </>
      )}
    </div>
  );
}
