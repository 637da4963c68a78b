import { useCallback, useId, useMemo, useState } from 'react';
import type { MultipleMark } from '../../charts/small-multiples/small-multiples-layout';
import { unmergedFromProblems } from '../../data/apply-mapping';
import { casesBehind } from '../../query/cases-behind';
import {
  casesBehindTrend,
  periodsInOrder,
  periodsWithCases,
  trendDimensions,
  type TrendDimension,
} from '../../query/trends';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useExplorerStore } from '../../state/explorer-store';
import { useViewModels } from '../../state/use-view-models';
import { ModelBarChart } from '../../charts/bar/model-bar-chart';
import type { ChartModel, ChartRow } from '../../query/model/chart-model';
import {
  casesByPeriodModel,
  periodBreakdownModel,
  periodComparisonModel,
} from '../../query/model/trends-models';
import type { FilterState } from '../../query/selection';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { useSafeCases } from '../../state/use-safe-cases';
import { CaseListDialog } from '../../ui/case-list-dialog';
import { caseListEntries } from '../../ui/case-list-entries';
import { unshownCount } from '../../ui/withheld-list';
import { PeriodBreakdown } from './period-breakdown';
import { PeriodComparison } from './period-comparison';
import { trendDimensionNames } from './trend-dimensions';
import { TrendsEmptyState } from './trends-empty-state';
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
  const [showData, setShowData] = useState(false);
  const [dimension, setDimension] = useState<TrendDimension>('outcome');
  const [chosenFrom, setFrom] = useState<string | null>(null);
  const [chosenTo, setTo] = useState<string | null>(null);
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
  const last = periods.at(-1)?.id ?? '';
  const known = (id: string | null) => id !== null && periods.some((p) => p.id === id);
  const from = known(chosenFrom) ? (chosenFrom as string) : (periods.at(-2)?.id ?? last);
  const to = known(chosenTo) ? (chosenTo as string) : last;
  const names = trendDimensionNames.get(dimension);
  const build = useCallback(
    (f: FilterState) => {
      const context = { index, dataset, filters: f };
      const breakdownNames = {
        title: names?.title ?? dimension,
        column: names?.column ?? dimension,
        noun: (names?.option ?? dimension).toLowerCase(),
      };
      return [
        casesByPeriodModel(context),
        periodBreakdownModel(context, dimension, breakdownNames),
      ];
    },
    [index, dataset, dimension, names],
  );
  const [periodModel, breakdownModel] = useViewModels(build, filters);
  const comparisonModel = useMemo(
    () =>
      breakdownModel && periodComparisonModel(breakdownModel, names?.column ?? dimension, from, to),
    [breakdownModel, names, dimension, from, to],
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
                onChange={(event) => setDimension(event.currentTarget.value as TrendDimension)}
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
                onList={listMark}
              />
            )}
            <PeriodComparison
              model={comparisonModel}
              periodModel={periodModel}
              periods={periods}
              from={from}
              to={to}
              onFrom={setFrom}
              onTo={setTo}
              column={names?.column ?? dimension}
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
