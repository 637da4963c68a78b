import { useEffect, useMemo } from 'react';
import { measureAgreement } from '../../query/agreement';
import { listDisagreements } from '../../query/agreement-disagreements';
import { agreementInput } from '../../query/agreement-input';
import { agreementCsv, agreementMethodNotes, agreementRows } from '../../query/agreement-table';
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
  const input = useMemo(
    () => agreementInput(coders.map((c) => ({ coder: c.name, dataset: c.dataset }))),
    [coders],
  );
  const results = useMemo(
    () => (input.ok ? input.items.map((item) => measureAgreement(item)) : []),
    [input],
  );
  const rows = useMemo(() => agreementRows(results), [results]);
  const disagreements = useMemo(
    () => (input.ok ? listDisagreements(input.items, input.learning) : []),
    [input],
  );
  const warnings = input.problems.filter((p) => p.severity === 'warning');
  return (
    <div className="agreement-panel">
      <AgreementCoders loaded={loaded} />
      {coders.length >= 2 && !input.ok && (
        <div role="alert">
          {input.problems.map((p) => (
            <p key={p.code}>
              {p.message} {p.hint}
            </p>
          ))}
        </div>
      )}
      {coders.length === 1 && (
        <p className="check-note">Add a second coder to measure agreement.</p>
      )}
      {input.ok && (
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
                {input.coders.join(' and ')}: {rows.length} fields and themes compared.
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
            {agreementMethodNotes(results).map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
          {safe.enabled ? (
            <p className="check-note">
              Presenter-safe is on: the disagreements are not listed, since they name cases and
              quote their learning.
            </p>
          ) : (
            <DisagreementList disagreements={disagreements} coders={input.coders} />
          )}
        </>
      )}
    </div>
  );
}
