import { useDeferredValue, useMemo, useState } from 'react';
import type { LearningKind } from '../../data/types';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { useLinkFor } from '../../state/use-url-sync';
import { searchTerms } from '../../ui/highlight-text';
import { kindLabels, LearningItem, type CaseLinking } from '../../ui/learning-item';
import { learningEntry, learningLookups, namedIn } from '../../ui/learning-entries';
import { bitsToIndices } from '../../query/bitset';
import { selectCases } from '../../query/selection';
import { downloadCsv, learningCsv } from './learning-export';
import { filterLearning, noBarrierValue, type LearningQuery } from '../../ui/learning-filter';
import './learning-view.css';

/** Props of {@link LearningView}. */
export interface LearningViewProps {
  loaded: LoadedDataset;
}

/** Results per page: keeps the DOM small however many learning items a dataset holds. */
export const learningPageSize = 50;

const show = { kind: true, theme: true, barrier: true, case: true };
const emptyQuery: LearningQuery = { theme: '', barrier: '', kind: '', text: '' };

/** The Learning view: every learning summary, filtered and searched, with CSV export. */
export function LearningView({ loaded }: LearningViewProps) {
  const filters = useExplorerStore((s) => s.filters);
  const setView = useExplorerStore((s) => s.setView);
  const { dataset, index } = loaded;
  const [query, setQuery] = useState<LearningQuery>(emptyQuery);
  const [page, setPage] = useState(0);
  const safe = usePresenterSafe();
  const text = useDeferredValue(query.text);
  // Cases are named as in the list of the cases under the filters (the case table's, the
  // profile's): under presenter-safe, labels are local to that list.
  const lookups = useMemo(
    () =>
      namedIn(
        learningLookups(dataset),
        safe.caseLabels(bitsToIndices(selectCases(index, filters))),
      ),
    [dataset, index, filters, safe],
  );
  const result = useMemo(
    () => filterLearning(dataset, index, filters, { ...query, text }, lookups, safe),
    [dataset, index, filters, query, text, lookups, safe],
  );
  const themes = useMemo(() => {
    const extra = [...new Set(dataset.learning.map((l) => l.themeId))].filter(
      (id) => !lookups.themeLabel.has(id),
    );
    return [...dataset.codebook.themes, ...extra.map((id) => ({ id, label: id }))];
  }, [dataset, lookups]);
  const linkFor = useLinkFor();
  const linking = useMemo<CaseLinking>(
    () => ({
      caseHref: (caseId) => `?${linkFor({ view: 'case', filters, caseId })}`,
      onOpenCase: (caseId) => setView('case', caseId),
    }),
    [filters, setView, linkFor],
  );
  const update = (change: Partial<LearningQuery>) => {
    setQuery((q) => ({ ...q, ...change }));
    setPage(0);
  };
  const terms = searchTerms(text);
  const total = dataset.learning.length;
  const pages = Math.max(1, Math.ceil(result.items.length / learningPageSize));
  const current = Math.min(page, pages - 1);
  const shown = result.items.slice(current * learningPageSize, (current + 1) * learningPageSize);
  const globalFilters = filters.values.size > 0;
  // The filter bar's theme and barrier filters narrow the items too: the view's own menus offer
  // only what they let through, and a note says so, so the two never combine into nothing.
  const barThemes = filters.values.get('themes') ?? [];
  const barBarriers = filters.values.get('barrier') ?? [];
  const themeOptions =
    barThemes.length > 0
      ? themes.filter((t) => barThemes.includes(t.id) || t.id === query.theme)
      : themes;
  const barrierOptions =
    barBarriers.length > 0
      ? lookups.barriers.filter((b) => barBarriers.includes(b.id) || b.id === query.barrier)
      : lookups.barriers;
  const barNarrowing = [
    barThemes.length > 0
      ? `theme ${barThemes.map((id) => lookups.themeLabel.get(id) ?? id).join(' or ')}`
      : '',
    barBarriers.length > 0
      ? `barrier ${barBarriers.map((id) => lookups.barrierLabel.get(id) ?? id).join(' or ')}`
      : '',
  ].filter((part) => part !== '');
  const hiddenUnnamed = safe.count(result.hiddenUnnamed);
  return (
    <div className="view learning-view">
      <div className="view-toolbar">
        <h1 className="view-title">Learning</h1>
      </div>
      <form className="learning-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label className="learning-search">
          Search learning summaries
          <input
            type="search"
            value={query.text}
            onChange={(e) => update({ text: e.target.value })}
          />
        </label>
        <label>
          Theme
          <select value={query.theme} onChange={(e) => update({ theme: e.target.value })}>
            <option value="">All themes</option>
            {themeOptions.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Barrier
          <select value={query.barrier} onChange={(e) => update({ barrier: e.target.value })}>
            <option value="">All barriers</option>
            {barrierOptions.map((b) => (
              <option key={b.id} value={b.id}>
                {b.label}
              </option>
            ))}
            {barBarriers.length === 0 && <option value={noBarrierValue}>Not recorded</option>}
          </select>
        </label>
        <label>
          Kind
          <select
            value={query.kind}
            onChange={(e) => update({ kind: e.target.value as '' | LearningKind })}
          >
            <option value="">All kinds</option>
            {Object.entries(kindLabels).map(([kind, label]) => (
              <option key={kind} value={kind}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => update(emptyQuery)}>
          Clear
        </button>
        <button
          type="button"
          disabled={result.items.length === 0}
          onClick={() =>
            downloadCsv('learning-items.csv', learningCsv(result.items, lookups, safe))
          }
        >
          Export CSV
        </button>
      </form>
      {barNarrowing.length > 0 && (
        <p className="learning-note">
          The filter bar also keeps only the items on {barNarrowing.join(' and on ')}; the menus
          above offer what it lets through, and Clear leaves it on. Remove its chip to see the
          others.
        </p>
      )}
      {safe.enabled && (
        <p className="learning-note">
          While presenter-safe is on, summaries and case names are hidden, so the search looks only
          at themes, barriers, sources and the neutral case labels.
        </p>
      )}
      <p role="status" className="learning-count">
        Showing {safe.count(result.items.length)} of {safe.count(total)} learning items
        {terms.length > 0 ? ` matching “${terms.join(' ')}”` : ''}
        {globalFilters ? ' under the current filters' : ''}.
      </p>
      {result.hiddenUnnamed > 0 && (
        <p className="learning-note">
          {hiddenUnnamed} learning item{hiddenUnnamed === '1' ? '' : 's'} that name no case{' '}
          {hiddenUnnamed === '1' ? 'is' : 'are'} left out while case filters are on.
        </p>
      )}
      {shown.length > 0 ? (
        <ul className="learning-list learning-results" aria-label="Learning summaries">
          {shown.map((item) => (
            <LearningItem
              key={item.id}
              entry={learningEntry(lookups, item, safe)}
              linking={linking}
              show={show}
              terms={terms}
            />
          ))}
        </ul>
      ) : (
        <p>No learning item matches. Clear the search or the filters to see more.</p>
      )}
      {pages > 1 && (
        <nav className="learning-pages" aria-label="Result pages">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous page
          </button>
          <span>
            Page {current + 1} of {pages}
          </span>
          <button
            type="button"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            Next page
          </button>
        </nav>
      )}
    </div>
  );
}
