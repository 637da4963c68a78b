import type { MouseEvent } from 'react';
import type { LearningKind } from '../data/types';
import { usePresenterSafe } from '../state/use-presenter-safe';
import { HighlightText } from './highlight-text';
import './learning.css';

/** A learning item resolved for display: labels instead of ids, its case and its source. */
export interface LearningEntry {
  id: string;
  summary: string;
  kind: LearningKind;
  barrierId: string;
  barrierLabel: string;
  themeLabel: string;
  caseId?: string;
  caseTitle?: string;
  /** The link to the case was inferred by the analyst, not stated in the source. */
  caseInferred: boolean;
  /** Other fields of the item inferred by the analyst (e.g. its barrier), as labels. */
  inferredFields: string[];
  page?: number;
  section?: string;
  /** Link to the published review, when the data has one. */
  reviewUrl?: string;
}

/** Display names of the two kinds of learning. */
export const kindLabels: Readonly<Record<LearningKind, string>> = {
  'missed-opportunity': 'Missed opportunity',
  'good-practice': 'Good practice',
};

/** How a case link behaves: a real link (opens in a new tab too) handled in-page on a plain click. */
export interface CaseLinking {
  caseHref: (caseId: string) => string;
  onOpenCase: (caseId: string) => void;
}

/** Props of {@link LearningItem}. */
export interface LearningItemProps {
  entry: LearningEntry;
  linking: CaseLinking;
  /** Which facts to show besides the summary (those the grouping does not already say). */
  show: { kind: boolean; theme: boolean; barrier: boolean; case: boolean };
  terms?: readonly string[];
}

/** Only http(s) links are followed: a `javascript:` URL in the data must never become a link. */
export function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url.trim()) ? url.trim() : undefined;
}

/**
 * One learning summary as a list item, with its case, provenance and source. While presenter-safe
 * is on the summary and the review's link are hidden (callers pass the case's neutral label).
 */
export function LearningItem({ entry, linking, show, terms = [] }: LearningItemProps) {
  const safe = usePresenterSafe();
  const follow = (caseId: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    linking.onOpenCase(caseId);
  };
  const review = safe.enabled ? undefined : safeUrl(entry.reviewUrl);
  const source = [entry.page === undefined ? '' : `p. ${entry.page}`, entry.section ?? ''].filter(
    (s) => s !== '',
  );
  return (
    <li className={`learning-item kind-${entry.kind}`}>
      {show.kind && <span className="learning-kind">{kindLabels[entry.kind]}</span>}
      <p className="learning-summary">
        <HighlightText text={safe.summary(entry.summary)} terms={terms} />
      </p>
      <p className="learning-meta">
        {show.case && (
          <span>
            {entry.caseId && entry.caseTitle ? (
              <>
                Case:{' '}
                <a href={linking.caseHref(entry.caseId)} onClick={follow(entry.caseId)}>
                  <HighlightText text={entry.caseTitle} terms={terms} />
                </a>
                {entry.caseInferred && <span className="inferred-tag">link inferred</span>}
              </>
            ) : (
              <span className="no-case">No case named in the source</span>
            )}
          </span>
        )}
        {!show.case && entry.caseInferred && (
          <span className="inferred-tag">link to the case inferred</span>
        )}
        {show.theme && <span>Theme: {entry.themeLabel}</span>}
        {show.barrier && <span>Barrier: {entry.barrierLabel}</span>}
        {entry.inferredFields.length > 0 && (
          <span className="inferred-tag">{entry.inferredFields.join(', ')} inferred</span>
        )}
        {source.length > 0 && <span>Source: {source.join(', ')}</span>}
        {review && (
          <a href={review} target="_blank" rel="noopener noreferrer">
            Published review (opens in a new tab)
          </a>
        )}
      </p>
    </li>
  );
}
