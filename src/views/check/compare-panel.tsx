import { useId, useMemo } from 'react';
import { compareDatasets } from '../../data/compare-datasets';
import type { Dataset } from '../../data/types';
import { withheldColumns } from '../../query/case-attributes';
import { isMaskedCount } from '../../query/presenter-safe';
import { useCompareVersion } from '../../state/compare-version';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { CompareCases } from './compare-cases';
import { changeCells, withheldRow } from './count-change-cells';
import { ErrorProblemList } from '../../ui/error-problem-list';
import { CountsTable } from './counts-table';

/** Props of {@link ComparePanel}. */
export interface ComparePanelProps {
  dataset: Dataset;
}

/**
 * Compares the dataset on screen with another version of the coded file: cases added, removed
 * and recoded (field by field, themes added and removed) and the counts that moved. The other
 * version is only read: the dataset on screen does not change.
 */
export function ComparePanel({ dataset }: ComparePanelProps) {
  const inputId = useId();
  const { version, load, isLoading, error, clear } = useCompareVersion();
  const setView = useExplorerStore((s) => s.setView);
  const safe = usePresenterSafe();
  const positions = useMemo(() => new Map(dataset.cases.map((c, i) => [c.id, i])), [dataset]);
  const other = version?.result.ok ? version.result.dataset : null;
  const comparison = useMemo(
    () => (other ? compareDatasets(dataset, other) : null),
    [dataset, other],
  );
  // Under presenter-safe the removed cases and the recoded ones (disjoint lists) are each
  // numbered within their own list: no label carries from one list to another.
  const caseName = useMemo(() => {
    const at = (c: { id: string }) => positions.get(c.id) ?? -1;
    const removed = new Set(comparison?.removed.map((c) => c.id));
    const removedLabel = safe.caseLabels(comparison?.removed.map(at) ?? []);
    const changedLabel = safe.caseLabels(comparison?.changed.map(at) ?? []);
    return (caseId: string, title: string) =>
      (removed.has(caseId) ? removedLabel : changedLabel)(positions.get(caseId) ?? -1, title);
  }, [comparison, positions, safe]);
  const names = version?.files.map((f) => f.name).join(', ') ?? '';
  const k = safe.enabled ? safe.threshold : null;
  const masked = (count: number) => k !== null && isMaskedCount(count, k);
  // Cases on screen = removed + recoded + unchanged; the change in cases, and the sum of the
  // changes over a field's categories, = added − removed. Given exactly, the unchanged count or
  // those changes would work a hidden number of cases removed, recoded or added back.
  const unchangedHidden =
    !!comparison && (masked(comparison.removed.length) || masked(comparison.changed.length));
  const partsHidden =
    !!comparison && (masked(comparison.added.length) || masked(comparison.removed.length));
  // Columns presenter-safe withholds (in either version) are not counted by their values.
  const withheldLabels = useMemo(() => {
    const labels = new Set<string>();
    for (const version of other ? [dataset, other] : [dataset])
      for (const field of withheldColumns(version))
        labels.add(version.codebook.fields.find((f) => f.field === field)?.label ?? field);
    return labels;
  }, [dataset, other]);
  const moved =
    comparison?.moved.filter(
      (row) => !withheldRow(row, k) && !(safe.enabled && withheldLabels.has(row.dimension)),
    ) ?? [];
  const hidesChanges = [...(comparison?.headline ?? []), ...moved].some((row) => {
    const shown = changeCells(row, k, partsHidden);
    return shown.change !== changeCells(row, null).change;
  });
  return (
    <div className="compare-panel">
      <div className="check-controls">
        <label htmlFor={inputId} className="file-label">
          Load a version to compare
        </label>
        <input
          id={inputId}
          type="file"
          multiple
          accept=".csv,.tsv,.txt,.json,text/csv,text/tab-separated-values,application/json"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            if (files.length > 0) load(files);
            e.target.value = '';
          }}
        />
        {version && (
          <button type="button" onClick={clear}>
            Forget the compared version
          </button>
        )}
      </div>
      <p className="check-note">
        Load another version of the coded file (CSV files or one JSON document, as for loading
        data). It is compared with the dataset on screen, which stays as it is. Values are compared
        by their labels, so a CSV and a JSON version of the same coding match.
      </p>
      {isLoading && <p role="status">Reading the version to compare…</p>}
      {error && <p role="alert">The version could not be read: {error.message}</p>}
      {version && !version.result.ok && (
        <div role="alert" className="compare-refused">
          <p>{names} could not be loaded for comparison:</p>
          <ErrorProblemList problems={version.result.problems} />
        </div>
      )}
      {comparison && (
        <>
          <p className="check-summary">
            <strong>
              Compared with {names}: {safe.count(comparison.added.length)} added,{' '}
              {safe.count(comparison.removed.length)} removed,{' '}
              {safe.count(comparison.changed.length)} recoded,{' '}
              {unchangedHidden ? 'the rest' : safe.count(comparison.unchanged)} unchanged.
            </strong>
          </p>
          <CountsTable
            caption="Headline counts"
            rows={comparison.headline}
            partsHidden={partsHidden}
          />
          {hidesChanges && (
            <p className="check-note">
              Presenter-safe: a change of fewer than {safe.threshold} reads “&lt; {safe.threshold}{' '}
              fewer” or “&lt; {safe.threshold} more”, and a count or change that would give a hidden
              count away reads “–”.
            </p>
          )}
          {moved.length > 0 && (
            <CountsTable caption="Counts that moved" rows={moved} partsHidden={partsHidden} />
          )}
          {comparison.moved.length === 0 && <p>No category count moved.</p>}
          {moved.length < comparison.moved.length && (
            <p className="check-note">
              While presenter-safe is on, categories with fewer than {safe.threshold} cases in
              either version, and the columns it withholds, are left out of the counts that moved:
              which small category moved would point at the cases behind it.
            </p>
          )}
          <CompareCases
            comparison={comparison}
            onOpenCase={(id) => setView('case', id)}
            caseName={caseName}
          />
        </>
      )}
    </div>
  );
}
