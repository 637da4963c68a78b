import { useId, useMemo, useState } from 'react';
import type { Disagreement } from '../../query/agreement-disagreements';
import { disagreementsCsv } from '../../query/agreement-disagreements';
import { downloadText } from '../../ui/download';

/** Props of {@link DisagreementList}. */
export interface DisagreementListProps {
  disagreements: readonly Disagreement[];
  coders: readonly string[];
}

/** How many disagreements are drawn at a time: the rest wait for "Show more". */
const page = 50;

/**
 * The disagreements to settle: per case and field or theme, what each coder said, with the
 * learning text beside it; filterable by field, and exported (as filtered) as CSV for an
 * adjudication meeting.
 */
export function DisagreementList({ disagreements, coders }: DisagreementListProps) {
  const selectId = useId();
  const headingId = useId();
  const [field, setField] = useState('');
  const [shown, setShown] = useState(page);
  const fields = useMemo(() => {
    const counts = new Map<string, { label: string; count: number }>();
    for (const d of disagreements) {
      const label = d.kind === 'theme' ? `Theme: ${d.itemLabel}` : d.itemLabel;
      const entry = counts.get(d.itemId) ?? { label, count: 0 };
      entry.count += 1;
      counts.set(d.itemId, entry);
    }
    return [...counts];
  }, [disagreements]);
  const chosen = field === '' ? disagreements : disagreements.filter((d) => d.itemId === field);
  const fieldLabel = fields.find(([id]) => id === field)?.[1].label;
  const exportCsv = () =>
    downloadText(
      disagreementsCsv(chosen, coders),
      field === ''
        ? 'coder-disagreements.csv'
        : `coder-disagreements-${field.replace(/\W+/g, '-')}.csv`,
      'text/csv',
    );
  return (
    <section className="disagreements" aria-labelledby={headingId}>
      <h3 id={headingId}>Disagreements to settle ({disagreements.length})</h3>
      {disagreements.length === 0 ? (
        <p>The coders agree on every field and theme of every case they coded.</p>
      ) : (
        <>
          <div className="check-controls">
            <label htmlFor={selectId} className="check-select">
              Field or theme
            </label>
            <select
              id={selectId}
              value={field}
              onChange={(event) => {
                setField(event.currentTarget.value);
                setShown(page);
              }}
            >
              <option value="">All fields and themes ({disagreements.length})</option>
              {fields.map(([id, { label, count }]) => (
                <option key={id} value={id}>
                  {label} ({count})
                </option>
              ))}
            </select>
            <button type="button" onClick={exportCsv}>
              Export {field === '' ? 'the disagreements' : `the ${fieldLabel ?? ''} disagreements`}{' '}
              as CSV
            </button>
          </div>
          <ul className="disagreement-list">
            {chosen.slice(0, shown).map((d) => (
              <li key={`${d.itemId}\u0000${d.caseId}`}>
                <p className="disagreement-head">
                  <strong>{d.caseTitle}</strong> —{' '}
                  {d.kind === 'theme' ? `Theme: ${d.itemLabel}` : d.itemLabel}
                  {d.type === 'partly-coded' && (
                    <span className="agreement-note"> not coded by every coder</span>
                  )}
                </p>
                <dl className="disagreement-said">
                  {coders.map((coder, i) => (
                    <div key={coder}>
                      <dt>{coder}:</dt>
                      <dd>{d.said[i]}</dd>
                    </div>
                  ))}
                </dl>
                {d.learning.length > 0 && (
                  <details>
                    <summary>
                      Learning on {d.kind === 'theme' ? 'this theme in this case' : 'this case'} (
                      {d.learning.length})
                    </summary>
                    <ul>
                      {d.learning.map((text) => (
                        <li key={text}>{text}</li>
                      ))}
                    </ul>
                  </details>
                )}
              </li>
            ))}
          </ul>
          {chosen.length > shown && (
            <button type="button" onClick={() => setShown((n) => n + page)}>
              Show {Math.min(page, chosen.length - shown)} more of {chosen.length - shown}
            </button>
          )}
        </>
      )}
    </section>
  );
}
