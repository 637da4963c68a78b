import { useEffect, useId, useRef } from 'react';
import { usePresenterSafe } from '../state/use-presenter-safe';

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
 * dialog; Escape or Close returns it to the control that opened it. While presenter-safe is on,
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
  // The latest onClose, so a re-render (a new onClose each time) does not move focus again.
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);
  useEffect(() => {
    const element = panel.current;
    // The opener may be a chart mark: an SVG element, not an HTML one.
    const active = document.activeElement;
    const opener = active instanceof HTMLElement || active instanceof SVGElement ? active : null;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      close.current();
    };
    element?.addEventListener('keydown', onKeyDown);
    element?.focus();
    return () => {
      element?.removeEventListener('keydown', onKeyDown);
      opener?.focus();
    };
  }, []);
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
