import { useId, useRef } from 'react';
import { usePresenterSafe } from '../state/use-presenter-safe';
import { useNonModalFocus } from './use-non-modal-focus';

/** One case in a list of the cases behind a number. */
export interface CaseListEntry {
  id: string;
  /** The title as shown: callers pass the neutral label while presenter-safe is on. */
  title: string;
  /** A short description, e.g. "Death · Suicide · Missing child". */
  detail?: string;
}

/** Props of {@link CaseListDialog}. */
export interface CaseListDialogProps {
  /** What the number is, e.g. "Initial police contact: Missing child". */
  heading: string;
  cases: readonly CaseListEntry[];
  onOpenCase: (caseId: string) => void;
  onClose: () => void;
}

const neutralOrder = new Intl.Collator('en', { numeric: true });

/**
 * The cases behind a count, so every number on screen can be traced. Focus moves into the
 * dialog; Escape or Close returns it to the control that opened it, and Tab out of it closes it. While presenter-safe is on,
 * the cases behind a count below k are not listed (the list would give the count away), and the
 * others are listed by their neutral labels in label order (file order would tell who they are).
 */
export function CaseListDialog({ heading, cases, onOpenCase, onClose }: CaseListDialogProps) {
  const headingId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const safe = usePresenterSafe();
  const count = safe.count(cases.length);
  const withheld = count !== String(cases.length);
  const shown = safe.enabled
    ? [...cases].sort((a, b) => neutralOrder.compare(a.title, b.title))
    : cases;
  useNonModalFocus(panel, onClose);
  return (
    <div
      ref={panel}
      className="case-list-dialog"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <div className="case-list-header">
        <h2 id={headingId}>
          {heading}: {count} case{count === '1' ? '' : 's'}
        </h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {withheld ? (
        <p>
          Not listed: while presenter-safe is on, the cases behind a count below {safe.threshold}{' '}
          stay hidden, because the list would give the count away.
        </p>
      ) : cases.length === 0 ? (
        <p>No cases.</p>
      ) : (
        <ul>
          {shown.map((c) => (
            <li key={c.id}>
              <button type="button" className="link-button" onClick={() => onOpenCase(c.id)}>
                {c.title}
              </button>
              {c.detail && <span className="case-detail"> — {c.detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
