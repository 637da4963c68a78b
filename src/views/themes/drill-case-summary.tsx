import type { MouseEvent } from 'react';
import { themesFullyCoded } from '../../data/coding-status';
import type { CaseRecord, Dataset } from '../../data/types';
import type { DatasetIndex } from '../../query/dataset-index';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import type { CaseLinking } from '../../ui/learning-item';
import { safeUrl } from '../../ui/learning-item';
import { CaseFactList } from '../../ui/case-fact-list';
import { caseFacts, type CaseFactsSafety } from '../../ui/case-facts';

const drillFields = new Set([
  'outcome',
  'outcomeSubcategory',
  'reviewFocus',
  'childAge',
  'contactRoute',
  'force',
  'region',
]);

/** Props of {@link DrillCaseSummary}. */
export interface DrillCaseSummaryProps {
  dataset: Dataset;
  index: DatasetIndex;
  record: CaseRecord;
  /** While presenter-safe is on: what the case may show (its profile's disclosure). */
  safety: CaseFactsSafety | undefined;
  linking: CaseLinking;
}

/**
 * The case's main fields (inferred ones tagged), its coded themes and links, in a drill-down.
 * While presenter-safe is on, the fields that name the case (review focus, area) and the review's
 * link are left out, and the others show what the case's profile shows (see `caseFacts`).
 */
export function DrillCaseSummary({
  dataset,
  index,
  record,
  safety,
  linking,
}: DrillCaseSummaryProps) {
  const safe = usePresenterSafe();
  const facts = caseFacts(dataset, index, record, safety).filter((f) => drillFields.has(f.field));
  const themeLabel = new Map(dataset.codebook.themes.map((t) => [t.id, t.label]));
  const themesInferred = record.inferred.includes('themes');
  const review = safe.enabled ? undefined : safeUrl(record.url);
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    linking.onOpenCase(record.id);
  };
  return (
    <div className="drill-case">
      <CaseFactList facts={facts} />
      <p className="drill-themes">
        {record.themes.length === 0 ? (
          themesFullyCoded(record, dataset.meta.blankThemes) ? (
            'Coded for themes: none of them arose in this case.'
          ) : (
            'Not coded for themes: which arose in this case is not known.'
          )
        ) : (
          <>
            Themes coded: {record.themes.map((t) => themeLabel.get(t) ?? t).join('; ')}
            {themesInferred && <span className="inferred-tag">inferred</span>}
          </>
        )}
      </p>
      <p className="drill-links">
        <a href={linking.caseHref(record.id)} onClick={open}>
          Open the case profile
        </a>
        {review ? (
          <a href={review} target="_blank" rel="noopener noreferrer">
            Published review (opens in a new tab)
          </a>
        ) : (
          <span className="muted">
            {safe.enabled
              ? 'The link to the published review is hidden while presenter-safe is on.'
              : 'No link to the published review in this dataset.'}
          </span>
        )}
      </p>
    </div>
  );
}
