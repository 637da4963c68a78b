import { useEffect, useId, useRef } from 'react';

/** One case in a list of the cases behind a number. */
export interface CaseListEntry {
  id: string;
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

/**
 * The cases behind a count, so every number on screen can be traced. Focus moves into the
 * dialog; Escape or Close returns it to the control that opened it.
 */
export function CaseListDialog({ heading, cases, onOpenCase, onClose }: CaseListDialogProps) {
  const headingId = useId();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = panel.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      onClose();
    };
    element?.addEventListener('keydown', onKeyDown);
    element?.focus();
    return () => {
      element?.removeEventListener('keydown', onKeyDown);
      opener?.focus();
    };
  }, [onClose]);
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
          {heading}: {cases.length} case{cases.length === 1 ? '' : 's'}
        </h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {cases.length === 0 ? (
        <p>No cases.</p>
      ) : (
        <ul>
          {cases.map((c) => (
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
