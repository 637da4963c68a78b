import { useId, type ReactNode } from 'react';
import { themeStatus } from '../../data/coding-status';
import type { LearningItem } from '../../data/types';
import { itemsPhrase } from '../../charts/heatmap/heatmap-names';
import { bitsToIndices, hasBit } from '../../query/bitset';
import type { HeatmapMatrix } from '../../query/heatmap-matrix';
import type { LoadedDataset } from '../../state/dataset-queries';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { useSafeCases } from '../../state/use-safe-cases';
import { profileSafety } from '../../ui/case-facts';
import { DrillDownPanel } from '../../ui/drill-down-panel';
import { LearningGroups } from '../../ui/learning-groups';
import type { CaseLinking } from '../../ui/learning-item';
import { learningEntry, namedIn, type LearningLookups } from '../../ui/learning-entries';
import { DrillCaseSummary } from './drill-case-summary';
import type { ThemesDrill } from '../../data/drill';

/** Props of {@link ThemesDrill}. */
export interface ThemesDrillProps {
  target: ThemesDrill;
  loaded: LoadedDataset;
  matrix: HeatmapMatrix;
  /** The global barrier filter: only these barriers' items are listed (all when empty). */
  barriers: readonly string[];
  lookups: LearningLookups;
  linking: CaseLinking;
  focusOnOpen: boolean;
  themeFiltered: (themeId: string) => boolean;
  /** The cases that showing only the theme's cases would leave (under the other filters). */
  casesWithTheme: (themeId: string) => number;
  onFilterTheme: (themeId: string) => void;
  /** Opens another drill-down (e.g. the whole case from an empty cell). */
  onOpen: (target: ThemesDrill) => void;
  onClose: () => void;
}

/** The drill-down of the Themes view: the learning behind a cell, a case, a theme or no case. */
export function ThemesDrill(props: ThemesDrillProps) {
  const { target, loaded, matrix, lookups, linking } = props;
  const { dataset, index } = loaded;
  const partId = useId();
  const safe = usePresenterSafe();
  const safeCases = useSafeCases(loaded);
  const itemsText = (count: number) => itemsPhrase(count, safe.count(count));
  // The rows of Themes by case are the list the drill-down's case belongs to: under
  // presenter-safe its label and what it shows are those of that list.
  // All the cases in view, not only the rows drawn (past heatmapRowLimit, a pick of them).
  const rows = bitsToIndices(matrix.selection);
  const label = safe.caseLabels(rows);
  const caseName = (caseId: string, title: string) =>
    label(index.caseIndex.get(caseId) ?? -1, title);
  const barrierOk = (item: LearningItem) =>
    props.barriers.length === 0 || props.barriers.includes(item.barrier);
  const named = (item: LearningItem) => item.caseId !== '' && lookups.caseById.has(item.caseId);
  const labelled = namedIn(lookups, label);
  const entries = (list: LearningItem[]) => list.map((item) => learningEntry(labelled, item, safe));
  const pick = (keep: (item: LearningItem) => boolean) =>
    dataset.learning.filter((item) => barrierOk(item) && keep(item));
  const groups = (
    items: LearningItem[],
    showCase: boolean,
    showTheme: boolean,
    level: 3 | 4 = 3,
  ) =>
    items.length === 0 ? (
      <p className="muted">No learning items.</p>
    ) : (
      <LearningGroups
        entries={entries(items)}
        barriers={lookups.barriers}
        linking={linking}
        showCase={showCase}
        showTheme={showTheme}
        headingLevel={level}
      />
    );
  const panel = (eyebrow: string, title: string, body: ReactNode) => (
    <DrillDownPanel
      eyebrow={eyebrow}
      title={title}
      focusOnOpen={props.focusOnOpen}
      onClose={props.onClose}
    >
      {body}
    </DrillDownPanel>
  );
  const missing = (what: string) =>
    panel(
      'Not found',
      'Nothing to show',
      <p>The {what} this drill-down refers to is not in the data shown.</p>,
    );

  if (target.kind === 'nocase') {
    const unnamedItems = pick((item) => !named(item));
    return panel(
      'No case named',
      'Learning with no case named',
      <>
        <p>
          {itemsText(unnamedItems.length)} whose case the source does not name (or names a case not
          in this dataset). Case filters do not apply to them.
        </p>
        {groups(unnamedItems, true, true)}
      </>,
    );
  }
  if (target.kind === 'col') {
    const theme = matrix.themes.find((t) => t.id === target.themeId);
    if (!theme) return missing('theme');
    const mine = pick((item) => item.themeId === theme.id);
    const shown = mine.filter(
      (item) => named(item) && hasBit(matrix.selection, index.caseIndex.get(item.caseId) ?? -1),
    );
    const unnamed = mine.filter((item) => !named(item));
    const hidden = mine.length - shown.length - unnamed.length;
    const filtered = props.themeFiltered(theme.id);
    const leaves = props.casesWithTheme(theme.id);
    const casesText = (count: number) => `${safe.count(count)} case${count === 1 ? '' : 's'}`;
    return panel(
      'Theme',
      theme.label,
      <>
        <p>
          {itemsText(shown.length)} from the cases shown; {itemsText(unnamed.length)} with no case
          named
          {hidden > 0 ? `; ${itemsText(hidden)} from cases the filters hide` : ''}.
        </p>
        <p>
          {/* aria-disabled rather than disabled: it stays focusable, so its reason is heard. */}
          <button
            type="button"
            aria-pressed={filtered}
            aria-disabled={!filtered && leaves === 0 ? true : undefined}
            aria-describedby={!filtered && leaves === 0 ? `${partId}-none` : undefined}
            onClick={() => {
              if (filtered || leaves > 0) props.onFilterTheme(theme.id);
            }}
          >
            {filtered
              ? 'Showing only cases with this theme'
              : `Show only cases with this theme (${casesText(leaves)})`}
          </button>
          {!filtered && leaves === 0 && (
            <span id={`${partId}-none`} className="muted">
              {' '}
              No case in view is coded with this theme
              {unnamed.length > 0 ? ' (its learning names no case)' : ''}, so showing only its cases
              would leave none.
            </span>
          )}
        </p>
        <section className="drill-part" aria-labelledby={`${partId}-named`}>
          <h3 id={`${partId}-named`}>From the cases shown ({safe.count(shown.length)})</h3>
          {groups(shown, true, false, 4)}
        </section>
        <section className="drill-part" aria-labelledby={`${partId}-unnamed`}>
          <h3 id={`${partId}-unnamed`}>
            No case named in the source ({safe.count(unnamed.length)})
          </h3>
          {groups(unnamed, true, false, 4)}
        </section>
      </>,
    );
  }
  const record = lookups.caseById.get(target.caseId);
  if (!record) return missing('case');
  const at = index.caseIndex.get(record.id) ?? -1;
  const summary = (
    <DrillCaseSummary
      dataset={dataset}
      index={index}
      record={record}
      safety={safeCases ? profileSafety(safeCases, at, rows) : undefined}
      linking={linking}
    />
  );
  const title = caseName(record.id, record.title);
  if (target.kind === 'row') {
    const mine = pick((item) => item.caseId === record.id);
    return panel(
      'Case',
      title,
      <>
        {summary}
        <h3 className="drill-subhead">Learning ({safe.count(mine.length)})</h3>
        {groups(mine, false, true, 4)}
      </>,
    );
  }
  const theme = matrix.themes.find((t) => t.id === target.themeId);
  if (!theme) return missing('theme');
  const onCell = (item: LearningItem) => item.caseId === record.id && item.themeId === theme.id;
  const mine = pick(onCell);
  const hidden = dataset.learning.filter(onCell).length - mine.length;
  const coded = record.themes.includes(theme.id);
  if (mine.length === 0 && hidden === 0 && !coded) {
    // An empty cell: say what that means (the grid's notes use the same words), and lead on.
    const caseItems = pick((item) => item.caseId === record.id).length;
    return panel(
      'Case and theme',
      `${title} — ${theme.label}`,
      <>
        <p>
          {themeStatus(record, theme.id, dataset.meta.blankThemes) === 'not-coded'
            ? 'This case is not coded for this theme, and no learning item names the case on it: whether the theme arose is “not known”, not “absent”.'
            : 'The case is coded without this theme, and no learning item names the case on it.'}
        </p>
        {caseItems > 0 && (
          <p>
            <button type="button" onClick={() => props.onOpen({ kind: 'row', caseId: record.id })}>
              Show this case's learning ({safe.count(caseItems)})
            </button>
          </p>
        )}
        {summary}
      </>,
    );
  }
  return panel(
    'Case and theme',
    `${title} — ${theme.label}`,
    <>
      <p>
        {itemsText(mine.length)}
        {hidden > 0 ? ` (${safe.count(hidden)} more on barriers the filter hides)` : ''}. This case
        is {coded ? '' : 'not '}coded with this theme
        {coded && record.inferred.includes('themes') ? ' (inferred)' : ''}.
      </p>
      {summary}
      <h3 className="drill-subhead">Learning ({safe.count(mine.length)})</h3>
      {groups(mine, false, false, 4)}
    </>,
  );
}
