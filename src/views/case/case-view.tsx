import { useMemo, type MouseEvent } from 'react';
import { themesCodedOf } from '../../data/coding-status';
import { bitsToIndices, hasBit } from '../../query/bitset';
import { selectCases } from '../../query/selection';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useExplorerStore } from '../../state/explorer-store';
import type { ViewId } from '../../state/url-state';
import { useLinkFor } from '../../state/use-url-sync';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { useSafeCases } from '../../state/use-safe-cases';
import { BackLink } from '../../ui/back-link';
import { LearningGroups } from '../../ui/learning-groups';
import { safeUrl, type CaseLinking } from '../../ui/learning-item';
import { learningEntry, learningLookups, namedIn } from '../../ui/learning-entries';
import { formatCount } from '../../query/percent';
import { CaseFactList } from '../../ui/case-fact-list';
import { caseFacts, profileSafety } from '../../ui/case-facts';
import './case-view.css';

/** Props of {@link CaseView}. */
export interface CaseViewProps {
  loaded: LoadedDataset;
}

const neutralOrder = new Intl.Collator('en', { numeric: true });

/**
 * The Case view: one case's fields (inferred ones marked), themes, learning and neighbours.
 * While presenter-safe is on, the case and its neighbours go by their neutral labels (and are
 * walked in label order), the review focus and the review's link are hidden, and each field shows
 * only what the dataset's case disclosure allows (k-anonymity: see `caseFacts`).
 */
export function CaseView({ loaded }: CaseViewProps) {
  const caseId = useExplorerStore((s) => s.caseId);
  const filters = useExplorerStore((s) => s.filters);
  const setView = useExplorerStore((s) => s.setView);
  const safe = usePresenterSafe();
  const safeCases = useSafeCases(loaded);
  const { dataset, index } = loaded;
  const selection = useMemo(() => selectCases(index, filters), [index, filters]);
  const position = caseId === undefined ? undefined : index.caseIndex.get(caseId);
  // Previous / next walk the cases under the current filters, or all cases when this one is
  // filtered out (a link can open a case the filters hide). That list is what the profile is a
  // member of: under presenter-safe the case is named within it (as in the case table) and shows
  // what the list's disclosure lets it show, since a reader knows it meets the list's criteria.
  const walk = useMemo(() => {
    const inSelection = position !== undefined && hasBit(selection, position);
    const list = inSelection ? bitsToIndices(selection) : dataset.cases.map((_, i) => i);
    const label = safe.caseLabels(list);
    const safety =
      safeCases && position !== undefined ? profileSafety(safeCases, position, list) : undefined;
    return { list, label, safety };
  }, [selection, position, dataset, safe, safeCases]);
  const nameOf = (i: number) => walk.label(i, dataset.cases[i]?.title ?? '');
  const baseLookups = useMemo(() => learningLookups(dataset), [dataset]);
  const lookups = namedIn(baseLookups, walk.label);
  const linkFor = useLinkFor();
  const hrefFor = (view: ViewId, id?: string) => `?${linkFor({ view, filters, caseId: id })}`;
  const follow = (view: ViewId, id?: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    setView(view, id);
  };
  const linking: CaseLinking = {
    caseHref: (id) => hrefFor('case', id),
    onOpenCase: (id) => setView('case', id),
  };
  const record = position === undefined ? undefined : dataset.cases[position];
  if (!record || position === undefined) {
    return (
      <div className="view case-view">
        <h1 className="view-title">Case</h1>
        <p>
          {caseId
            ? safe.enabled
              ? 'The case asked for is not in this dataset.'
              : `There is no case with the id “${caseId}” in this dataset.`
            : 'No case is chosen.'}{' '}
          Open a case from the Themes or Learning view.
        </p>
        <p>
          <BackLink />
        </p>
      </div>
    );
  }
  const inSelection = hasBit(selection, position);
  const inFileOrder = walk.list;
  // File order would tell an audience holding the source which case each label is.
  const order = safe.enabled
    ? [...inFileOrder].sort((a, b) => neutralOrder.compare(nameOf(a), nameOf(b)))
    : inFileOrder;
  const at = order.indexOf(position);
  const previousAt = order[at - 1] ?? -1;
  const nextAt = order[at + 1] ?? -1;
  const previous = dataset.cases[previousAt];
  const next = dataset.cases[nextAt];
  const themeLabel = (id: string) => lookups.themeLabel.get(id) ?? id;
  const items = dataset.learning.filter((l) => l.caseId === record.id);
  const facts = caseFacts(dataset, index, record, walk.safety);
  const learningThemes = [...new Set(items.map((l) => l.themeId))].filter(
    (t) => !record.themes.includes(t),
  );
  const review = safeUrl(record.url);
  // Not coded is not absent: say which the case is (DESIGN.md "coding status").
  const coded = themesCodedOf(record, dataset.meta.blankThemes);
  const coding = coded === 'all' ? coded : coded.filter((t) => !record.themes.includes(t));
  const positionText = safe.enabled
    ? `Position ${at + 1} of ${safe.count(order.length)}`
    : `Case ${formatCount(at + 1)} of ${formatCount(order.length)}`;
  return (
    <div className="view case-view">
      <nav className="case-nav" aria-label="Cases">
        <BackLink />
        <span className="case-position">
          {positionText}
          {inSelection && filters.values.size > 0 ? ' (filtered)' : ''}
        </span>
        {previous ? (
          <a href={hrefFor('case', previous.id)} onClick={follow('case', previous.id)}>
            ← Previous case: {nameOf(previousAt)}
          </a>
        ) : (
          <span className="muted">First case</span>
        )}
        {next ? (
          <a href={hrefFor('case', next.id)} onClick={follow('case', next.id)}>
            Next case: {nameOf(nextAt)} →
          </a>
        ) : (
          <span className="muted">Last case</span>
        )}
      </nav>
      <h1 className="view-title">{nameOf(position)}</h1>
      <p className="case-review-link">
        {safe.enabled ? (
          `Presenter-safe: the area, the review focus and the link to the published review are hidden, and so is any field that would leave this case in a combination fewer than ${safe.threshold} cases share; the age is shown as a band.`
        ) : review ? (
          <a href={review} target="_blank" rel="noopener noreferrer">
            Read the published review (opens in a new tab)
          </a>
        ) : (
          'This dataset has no link to the published review.'
        )}
      </p>
      <div className="case-columns">
        <section aria-labelledby="case-fields-title" className="case-panel">
          <h2 id="case-fields-title">Fields</h2>
          <CaseFactList facts={facts} />
        </section>
        <section aria-labelledby="case-themes-title" className="case-panel">
          <h2 id="case-themes-title">Themes</h2>
          {record.themes.length === 0 ? (
            <p>
              {coding === 'all'
                ? 'Coded for themes: none of them arose in this case.'
                : 'Not coded for themes: which arose in this case is not known.'}
            </p>
          ) : (
            <ul className="case-themes">
              {record.themes.map((t) => (
                <li key={t}>
                  {themeLabel(t)}
                  {record.inferred.includes('themes') && (
                    <span className="inferred-tag">inferred</span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {record.themes.length > 0 && coding !== 'all' && (
            <p>
              Not coded for the other themes
              {coding.length > 0 ? ` (coded without ${coding.map(themeLabel).join('; ')})` : ''}:
              whether they arose is not known, not absent.
            </p>
          )}
          {learningThemes.length > 0 && (
            <p>Its learning also concerns: {learningThemes.map(themeLabel).join('; ')}.</p>
          )}
        </section>
      </div>
      <section aria-labelledby="case-learning-title" className="case-learning">
        <h2 id="case-learning-title">Learning ({safe.count(items.length)})</h2>
        {items.length === 0 ? (
          <p>No learning item in this dataset names this case.</p>
        ) : (
          <LearningGroups
            entries={items.map((item) => learningEntry(lookups, item, safe))}
            barriers={lookups.barriers}
            linking={linking}
            showCase={false}
            showTheme
          />
        )}
      </section>
    </div>
  );
}
