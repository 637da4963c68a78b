import { useMemo, useState } from 'react';
import { roundingRuleNames } from '../../query/percent';
import {
  casesStatedFor,
  figureSource,
  reconcilePublishedFigures,
  summariseChecks,
  summaryLine,
  type FigureCheck,
  type FigureStatus,
} from '../../query/reconcile';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useCheckSettings } from '../../state/check-settings';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafe, type PresenterSafe } from '../../state/use-presenter-safe';
import { useSafeCases, type SafeCases } from '../../state/use-safe-cases';
import { CaseListDialog, type CaseListEntry } from '../../ui/case-list-dialog';
import { useRegisterTable } from '../../ui/chart-registry';
import { caseListEntries } from '../../ui/case-list-entries';
import { RoundingRuleControl } from '../../ui/rounding-rule-control';
import { checkHidesCounts, computedText, statedText, statusText } from '../../ui/figure-cells';
import { TableFrame } from '../../ui/table-frame';

/** Props of {@link PublishedFiguresCheck}. */
export interface PublishedFiguresCheckProps {
  loaded: LoadedDataset;
}

type Shown = 'all' | FigureStatus;

/**
 * The cases behind a computed value, with the value each holds when the figure counts values.
 * While presenter-safe is on, a value shows only where the list's disclosure allows it.
 */
function casesBehind(
  check: FigureCheck,
  loaded: LoadedDataset,
  safe: PresenterSafe,
  safeCases: SafeCases | undefined,
): CaseListEntry[] {
  const { dataset, index } = loaded;
  const dimension = index.dimensions.get(check.figure.dimension);
  const distinct = check.figure.category === '' && dimension?.kind === 'single';
  if (safeCases) {
    const indices = check.caseIds.flatMap((id) => index.caseIndex.get(id) ?? []);
    const field =
      check.figure.dimension === 'incidentYear' ? 'incidentDate' : check.figure.dimension;
    return caseListEntries(loaded, indices, safe, safeCases, distinct ? [field] : []);
  }
  const label = safe.caseLabels(check.caseIds.flatMap((id) => index.caseIndex.get(id) ?? []));
  const entries = check.caseIds.flatMap((id): CaseListEntry[] => {
    const at = index.caseIndex.get(id);
    const c = at === undefined ? undefined : dataset.cases[at];
    if (!c || at === undefined) return [];
    const code = distinct ? (dimension.codes[at] ?? -1) : -1;
    const detail = code >= 0 ? dimension?.categories[code]?.label : undefined;
    const title = label(at, c.title);
    return [{ id, title, ...(detail ? { detail } : {}) }];
  });
  // Cases counted by their distinct values are grouped by value, so the values can be counted.
  return distinct
    ? entries.sort((a, b) => (a.detail ?? '').localeCompare(b.detail ?? ''))
    : entries;
}

/** Why a figure's status is what it is, unless presenter-safe hides the counts it would give. */
function explanationText(check: FigureCheck, safe: PresenterSafe): string {
  if (!check.explanation) return '';
  return check.status !== 'stated-only' && checkHidesCounts(check, safe)
    ? `Details hidden: presenter-safe hides counts below ${safe.threshold}.`
    : check.explanation;
}

/**
 * Every published figure beside the value computed from the case rows: match, mismatch with the
 * difference, or stated only. The rounding rule is named and can be switched; a click on a
 * computed value lists its cases.
 */
export function PublishedFiguresCheck({ loaded }: PublishedFiguresCheckProps) {
  const rule = useCheckSettings((s) => s.roundingRule);
  const setRule = useCheckSettings((s) => s.setRoundingRule);
  const setView = useExplorerStore((s) => s.setView);
  const [shown, setShown] = useState<Shown>('all');
  const [wording, setWording] = useState(false);
  const [open, setOpen] = useState<FigureCheck | null>(null);
  const safe = usePresenterSafe();
  const safeCases = useSafeCases(loaded);
  const { dataset } = loaded;
  const checks = useMemo(() => reconcilePublishedFigures(dataset, rule), [dataset, rule]);
  const summary = summariseChecks(checks);
  const otherRule = rule === 'half-up' ? 'largest-remainder' : 'half-up';
  const rows = shown === 'all' ? checks : checks.filter((c) => c.status === shown);
  // The evidence pack takes every figure's cells as computed here, whatever the table shows.
  const table = useMemo(
    () => ({
      caption: 'Published figures check',
      rows: () => [
        ['Figure', 'Stated', 'Computed', 'Status'],
        ...checks.map((check) => [
          check.figure.label,
          statedText(check.figure, safe),
          computedText(check, safe),
          [statusText(check, safe), explanationText(check, safe)].filter(Boolean).join(' '),
        ]),
      ],
    }),
    [checks, safe],
  );
  useRegisterTable(table);
  // In combined data each figure belongs to the source it was stated for: grouped by it.
  const sources = [...new Set(checks.map((c) => figureSource(c.figure)))];
  const grouped = sources.length > 1 || sources[0] !== '';
  const casesOf = (source: string) => {
    const figure = checks.find((c) => figureSource(c.figure) === source)?.figure;
    return figure ? casesStatedFor(dataset, figure).length : 0;
  };
  if (checks.length === 0)
    return (
      <p className="check-empty">
        This dataset states no published figures, so there is nothing to check. A published figures
        file (or the <code>published</code> list of a JSON dataset) adds them.
      </p>
    );
  return (
    <div className="figures-check">
      <div className="check-controls">
        <RoundingRuleControl value={rule} onChange={setRule} />
        <label className="check-select">
          Show{' '}
          <select value={shown} onChange={(e) => setShown(e.target.value as Shown)}>
            <option value="all">all figures</option>
            <option value="mismatch">mismatches</option>
            <option value="match">matches</option>
            <option value="stated-only">stated only</option>
          </select>
        </label>
        <label className="check-toggle">
          <input type="checkbox" checked={wording} onChange={(e) => setWording(e.target.checked)} />{' '}
          Show the source’s wording
        </label>
      </div>
      <p className="check-summary">
        <strong>{summaryLine(summary)}</strong> Percentages are computed with{' '}
        {roundingRuleNames.get(rule)}.
      </p>
      {summary.matchUnderOtherRule > 0 && (
        <p className="check-note">
          {summary.matchUnderOtherRule} stated percentage
          {summary.matchUnderOtherRule === 1 ? ' matches' : 's match'} only under{' '}
          {roundingRuleNames.get(otherRule)}: the source seems to round that way.
        </p>
      )}
      <p className="check-note">
        {grouped
          ? 'Each figure is computed from the case rows and screening rows of the source it was stated for, never from the data combined with it'
          : `Computed from all ${safe.count(dataset.cases.length)} case rows and the screening rows`}
        : the filters do not apply here, because the published figures describe the whole source.
      </p>
      <TableFrame label="Published figures check">
        <table className="data-table figures-table">
          <caption>Published figures check</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Stated</th>
              <th scope="col">Computed</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          {sources.map((source) => {
            const mine = rows.filter((c) => figureSource(c.figure) === source);
            if (mine.length === 0) return null;
            return (
              <tbody key={source}>
                {grouped && (
                  <tr className="figures-source">
                    <th scope="colgroup" colSpan={4}>
                      Stated for {source || 'the whole data'} ({safe.count(casesOf(source))} case
                      rows)
                    </th>
                  </tr>
                )}
                {mine.map((check) => (
                  <tr key={check.figure.id} className={`status-${check.status}`}>
                    <th scope="row">{check.figure.label}</th>
                    <td>
                      {statedText(check.figure, safe)}
                      {wording && check.figure.note && (
                        <span className="figure-note">
                          {' '}
                          {safe.summary(check.figure.note)}
                          {check.figure.page ? ` (page ${check.figure.page})` : ''}
                        </span>
                      )}
                    </td>
                    <td>
                      {check.caseIds.length > 0 ? (
                        <button
                          type="button"
                          className="link-button"
                          aria-label={`${computedText(check, safe)}: list the cases behind ${check.figure.label}`}
                          onClick={() => setOpen(check)}
                        >
                          {computedText(check, safe)}
                        </button>
                      ) : (
                        computedText(check, safe)
                      )}
                    </td>
                    <td>
                      <span className="status-badge">{statusText(check, safe)}</span>
                      {check.explanation && (
                        <span className="status-explanation"> {explanationText(check, safe)}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </TableFrame>
      {open && (
        <CaseListDialog
          heading={`${open.figure.label} (computed ${computedText(open, safe)})`}
          cases={casesBehind(open, loaded, safe, safeCases)}
          onOpenCase={(id) => setView('case', id)}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
