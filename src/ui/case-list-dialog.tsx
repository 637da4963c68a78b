import { useId, useMemo, useRef, useState } from 'react';
import { numberedLabelKeys } from '../query/label-order';
import { formatCount } from '../query/percent';
import type { Figure } from '../query/model/figure';
import { usePresenterSafe } from '../state/use-presenter-safe';
import { hiddenValueText } from './case-facts';
import { useNonModalFocus } from './use-non-modal-focus';
import { withheldListText } from './withheld-list';

/** One case in a list of the cases behind a number. */
export interface CaseListEntry {
  id: string;
  /** The title as shown: callers pass the neutral label while presenter-safe is on. */
  title: string;
  /**
   * A short description, e.g. "Death · Suicide · Missing child"; under presenter-safe only what
   * the list's disclosure allows (see `caseListEntries`).
   */
  detail?: string;
  /** Under presenter-safe, the fields the detail withholds: "outcome sub-category and police force". */
  withheld?: string;
}

/** Props of {@link CaseListDialog}. */
export interface CaseListDialogProps {
  /** What the number is, e.g. "Initial police contact: Missing child". */
  heading: string;
  /**
   * The count the list is behind, as its (masked) model shows it: while presenter-safe is on, a
   * hidden count (below k, or hidden so another cannot be worked out) withholds the list. When
   * absent, the list's length read as presenter-safe reads a count.
   */
  count?: Figure;
  cases: readonly CaseListEntry[];
  onOpenCase: (caseId: string) => void;
  onClose: () => void;
}

const neutralOrder = new Intl.Collator('en', { numeric: true });

/**
 * Cases listed at first, and added by each "Show more": a count of tens of thousands would
 * otherwise put as many elements in the page at once (seconds of work, and past the DOM budget).
 */
export const CASE_LIST_PAGE = 100;

/**
 * Cases in the order of their neutral labels ("Case 2" before "Case 10"), as the collator orders
 * them: by the labels' numbers when they differ only in those (as every list's do).
 */
function inLabelOrder(cases: readonly CaseListEntry[]): CaseListEntry[] {
  const keys = numberedLabelKeys(cases.map((c) => c.title));
  if (!keys) return [...cases].sort((a, b) => neutralOrder.compare(a.title, b.title));
  const order = Uint32Array.from(cases, (_, i) => i).sort(
    (a, b) => (keys[a] ?? 0) - (keys[b] ?? 0),
  );
  return Array.from(order, (i) => cases[i] as CaseListEntry);
}
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The cases behind a count, so every number on screen can be traced. Focus moves into the
 * dialog; Escape or Close returns it to the control that opened it, and Tab out of it closes it. While presenter-safe is on,
 * the cases behind a hidden count are not listed (the list would give the count away), with the
 * reason, and the others are listed by their neutral labels in label order (file order would tell
 * who they are). Those labels are numbered within the list alone, and under presenter-safe a
 * listed case does not open its profile: two lists leading to one profile would let a reader
 * intersect them (the deaths, and Kent's cases) into a group smaller than k. A long list shows
 * its first {@link CASE_LIST_PAGE} cases and more on request, saying how many there are.
 */
export function CaseListDialog({
  heading,
  count: figure,
  cases,
  onOpenCase,
  onClose,
}: CaseListDialogProps) {
  const headingId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const [listed, setListed] = useState(CASE_LIST_PAGE);
  const safe = usePresenterSafe();
  const small = safe.enabled && cases.length > 0 && cases.length < safe.threshold;
  const reason = safe.enabled ? (figure?.hidden ?? (small ? 'primary' : undefined)) : undefined;
  const count = safe.enabled && figure ? figure.text : safe.count(cases.length);
  const shown = useMemo(() => (safe.enabled ? inLabelOrder(cases) : cases), [cases, safe.enabled]);
  const more = Math.min(CASE_LIST_PAGE, shown.length - listed);
  // Fields every listed case withholds are said once, above the list, rather than on each line.
  const common = shown.every((c) => c.withheld === shown[0]?.withheld) ? shown[0]?.withheld : '';
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
      {reason ? (
        <p>{withheldListText(reason, safe.threshold)}</p>
      ) : cases.length === 0 ? (
        <p>No cases.</p>
      ) : (
        <>
          {common && (
            <p className="case-list-note">
              {capitalised(common)} {hiddenValueText} for every case listed: with them, fewer than{' '}
              {safe.threshold} of the listed cases would share what is shown.
            </p>
          )}
          {safe.enabled && (
            <p className="case-list-note">
              Labels are numbered within this list, and a case is not opened from it in
              presenter-safe: matching one case across lists could single it out.
            </p>
          )}
          <ul>
            {shown.slice(0, listed).map((c) => (
              <li key={c.id}>
                {safe.enabled ? (
                  <span className="case-label">{c.title}</span>
                ) : (
                  <button type="button" className="link-button" onClick={() => onOpenCase(c.id)}>
                    {c.title}
                  </button>
                )}
                {c.detail && <span className="case-detail"> — {c.detail}</span>}
                {c.withheld && !common && (
                  <span className="case-withheld">
                    {c.detail ? '; ' : ' — '}
                    {c.withheld} {hiddenValueText}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {more > 0 && (
            <p className="case-list-more">
              Showing {formatCount(listed)} of {formatCount(shown.length)} cases.{' '}
              <button type="button" onClick={() => setListed((n) => n + CASE_LIST_PAGE)}>
                Show {formatCount(more)} more
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
