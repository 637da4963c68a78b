import { useCallback, useId, useMemo, useState } from 'react';
import type { MultipleMark } from '../../charts/small-multiples/small-multiples-layout';
import { unmergedFromProblems } from '../../data/apply-mapping';
import { casesBehind } from '../../query/cases-behind';
import {
  casesBehindTrend,
  periodsInOrder,
  periodsWithCases,
  trendDimensions,
} from '../../query/trends';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useExplorerStore } from '../../state/explorer-store';
import { useViewModels } from '../../state/use-view-models';
import { ModelBarChart } from '../../charts/bar/model-bar-chart';
import type { ChartModel, ChartRow } from '../../query/model/chart-model';
import {
  resolveTrendChoice,
  trendsComparison,
  trendsModels,
} from '../../query/model/trends-view-models';
import type { FilterState } from '../../query/selection';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { useSafeCases } from '../../state/use-safe-cases';
import { CaseListDialog } from '../../ui/case-list-dialog';
import { caseListEntries } from '../../ui/case-list-entries';
import { unshownCount } from '../../ui/withheld-list';
import { PeriodBreakdown } from './period-breakdown';
import { PeriodComparison } from './period-comparison';
import { trendDimensionNames } from '../../query/model/trend-dimension-names';
import { TrendsEmptyState } from './trends-empty-state';
import { UncertaintyControls } from '../../ui/uncertainty-controls';
import './trends-view.css';

/** The lists whose categories a later file may spell otherwise, so a new one is worth a look. */
const mappableLists = new Set([
  'outcome',
  'outcome sub-category',
  'contact route',
  'theme',
  'barrier',
]);

/** Props of {@link TrendsView}. */
export interface TrendsViewProps {
  loaded: LoadedDataset;
}

/**
 * Trends: Cases by period, each category's count and share per period as small multiples, and
 * any two periods compared. Filters apply; with fewer than two periods it says how to get more.
 */
export function TrendsView({ loaded }: TrendsViewProps) {
  const uid = useId();
  const filters = useExplorerStore((s) => s.filters);
  const toggleFilter = useExplorerStore((s) => s.toggleFilter);
  const setView = useExplorerStore((s) => s.setView);
  const intervals = useExplorerStore((s) => s.intervals ?? false);
  const trendBy = useExplorerStore((s) => s.trendBy);
  const compareFrom = useExplorerStore((s) => s.compareFrom);
  const compareTo = useExplorerStore((s) => s.compareTo);
  const setTrend = useExplorerStore((s) => s.setTrend);
  const [showData, setShowData] = useState(false);
  const [list, setList] = useState<{
    heading: string;
    indices: number[];
    /** Finds the count behind the list in the models as shown. */
    row: (models: readonly ChartModel[]) => ChartRow | undefined;
  } | null>(null);
  const closeList = useCallback(() => setList(null), []);
  const safe = usePresenterSafe();
  const safeCases = useSafeCases(loaded);
  const { index, dataset } = loaded;
  const enough = periodsWithCases(index) >= 2;
  const periods = useMemo(() => periodsInOrder(index), [index]);
  // The choice is kept in the link (and in a slide), read against the data on screen.
  const choice = useMemo(
    () => resolveTrendChoice(periods, { trendBy, compareFrom, compareTo }),
    [periods, trendBy, compareFrom, compareTo],
  );
  const { by: dimension, from, to } = choice;
  const names = trendDimensionNames.get(dimension);
  const build = useCallback(
    (f: FilterState) => trendsModels({ index, dataset, filters: f }, dimension),
    [index, dataset, dimension],
  );
  const [periodModel, breakdownModel] = useViewModels(build, filters);
  const comparisonModel = useMemo(
    () => trendsComparison(breakdownModel, choice),
    [breakdownModel, choice],
  );
  const periodLabels = useMemo(() => periods.map((p) => p.label), [periods]);
  // Only a codebook list's new category may mean one already known (a theme spelt otherwise);
  // a force or region new in a later file is simply new, and the load report says so.
  const unmerged = unmergedFromProblems(loaded.result.problems).filter((u) =>
    mappableLists.has(u.list),
  );
  const listCases = list && caseListEntries(loaded, list.indices, safe, safeCases);
  const listCount = list?.row([periodModel, breakdownModel].flatMap((m) => (m ? [m] : [])))?.count;
  const listPeriod = (periodId: string, heading: string) =>
    setList({
      heading,
      indices: casesBehind(index, filters, {
        except: 'period',
        dimension: 'period',
        categories: periodId ? [periodId] : [],
      }),
      row: ([periods]) =>
        periods?.rows.find((r) => (periodId ? r.categoryId === periodId : r.kind === 'not-coded')),
    });
  const listMark = (mark: MultipleMark) =>
    setList({
      heading: `${mark.categoryLabel}, ${mark.periodLabel}`,
      indices: casesBehindTrend(index, filters, dimension, mark.categoryId, mark.periodId),
      row: ([, breakdown]) =>
        breakdown?.rows.find(
          (r) => r.series?.id === mark.categoryId && r.column?.id === mark.periodId,
        ),
    });
  return (
    <div className="view trends">
      <div className="view-toolbar">
        <h1 className="view-title">Trends</h1>
        <button type="button" aria-pressed={showData} onClick={() => setShowData((v) => !v)}>
          {showData ? 'Hide data' : 'Show data'}
        </button>
        <UncertaintyControls />
      </div>
      {dataset.meta.synthetic && (
        <p className="trends-synthetic">
          <strong>Synthetic — not real cases.</strong> Every case here was invented by a seeded
          generator so the Trends view can be explored.
        </p>
      )}
      {!enough && <TrendsEmptyState periods={periodLabels} />}
      {unmerged.length > 0 && (
        <div className="trends-unmerged" role="note">
          <p>
            New in a later file (counted as categories of their own; if one means the same as an
            earlier category, map it by hand in Datasets):
          </p>
          <ul>
            {unmerged.map((u) => (
              <li key={`${u.list}\u0000${u.label}`}>
                {u.list} “{u.label}”, new in {u.file}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="trends-grid">
        {periodModel && (
          <ModelBarChart
            model={periodModel}
            showData={showData}
            intervals={intervals}
            onToggle={(id, additive) => toggleFilter('period', id, additive)}
            onList={(row) =>
              listPeriod(
                row.categoryId ?? '',
                `Period: ${row.categoryId ? row.label : 'not coded'}`,
              )
            }
          />
        )}
        {enough && (
          <>
            <div className="trends-dimension">
              <label htmlFor={`${uid}-dimension`}>Break down by</label>{' '}
              <select
                id={`${uid}-dimension`}
                value={dimension}
                onChange={(event) => setTrend({ trendBy: event.currentTarget.value })}
              >
                {trendDimensions.map((d) => (
                  <option key={d} value={d}>
                    {trendDimensionNames.get(d)?.option ?? d}
                  </option>
                ))}
              </select>
            </div>
            {breakdownModel && (
              <PeriodBreakdown
                model={breakdownModel}
                filters={filters}
                showData={showData}
                intervals={intervals}
                onList={listMark}
              />
            )}
            <PeriodComparison
              model={comparisonModel}
              periodModel={periodModel}
              periods={periods}
              from={from}
              to={to}
              onFrom={(id) => setTrend({ compareFrom: id })}
              onTo={(id) => setTrend({ compareTo: id })}
              column={names?.column ?? dimension}
              intervals={intervals}
            />
          </>
        )}
      </div>
      {list && listCases && (
        <CaseListDialog
          heading={list.heading}
          // A list whose count is on no chart shown (a stale mark) is withheld in presenter-safe.
          count={listCount ?? (safe.enabled ? unshownCount : undefined)}
          cases={listCases}
          onOpenCase={(id) => setView('case', id)}
          onClose={closeList}
        />
      )}
    </div>
  );
}
