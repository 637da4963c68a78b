import { useCallback, useMemo, useState } from 'react';
import type { BarRow } from '../../charts/bar/bar-layout';
import { DimensionChart } from '../../charts/bar/dimension-chart';
import { HeadlineFigures } from '../../charts/headline/headline-figures';
import { layoutHeadline } from '../../charts/headline/headline-layout';
import { OutcomeCategoriesChart } from '../../charts/outcome/outcome-categories-chart';
import { OutcomeSubcategoriesChart } from '../../charts/outcome/outcome-subcategories-chart';
import { headlineFigures } from '../../query/aggregate';
import { fullBitset } from '../../query/bitset';
import { selectCases } from '../../query/selection';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { writeCaseListDrill } from './case-list-drill';
import { CasesByYear, type YearMode } from './cases-by-year';
import { OverviewCaseList } from './overview-case-list';
import { overviewCounts, overviewReference, type OverviewDimension } from './overview-data';
import { StatedDistinctNote } from './stated-distinct-note';
import './overview-view.css';

/** Props of {@link OverviewView}. */
export interface OverviewViewProps {
  loaded: LoadedDataset;
}

const noChoice: readonly string[] = [];

/**
 * The Overview: headline figures, then linked charts of outcomes, sub-categories, initial
 * police contact, forces, regions and years. Clicking a bar cross-filters every other chart;
 * every count lists the cases behind it.
 */
export function OverviewView({ loaded }: OverviewViewProps) {
  const filters = useExplorerStore((s) => s.filters);
  const toggleFilter = useExplorerStore((s) => s.toggleFilter);
  const setDrill = useExplorerStore((s) => s.setDrill);
  const [showData, setShowData] = useState(false);
  const safe = usePresenterSafe();
  const hideBelow = safe.enabled ? safe.threshold : undefined;
  const { index, dataset } = loaded;
  const reference = useMemo(() => overviewReference(index), [index]);
  const counts = useMemo(() => overviewCounts(index, filters), [index, filters]);
  const tiles = useMemo(() => {
    const all = headlineFigures(index, fullBitset(index.size));
    return layoutHeadline(headlineFigures(index, selectCases(index, filters)), all);
  }, [index, filters]);
  const groups = useMemo(
    () =>
      dataset.codebook.outcomes.map((o) => ({
        id: o.id,
        label: o.label,
        subcategoryIds: o.subcategories.map((s) => s.id),
      })),
    [dataset],
  );
  const list = useCallback(
    (dimension: OverviewDimension) => (row: BarRow) =>
      setDrill(
        writeCaseListDrill({
          kind: 'chart',
          request: {
            except: dimension,
            dimension,
            categories: row.members ?? (row.categoryId ? [row.categoryId] : []),
          },
        }),
      ),
    [setDrill],
  );
  const chart = (dimension: OverviewDimension) => {
    const dimensionCounts = counts.get(dimension);
    return {
      counts: dimensionCounts ?? {
        dimension,
        label: dimension,
        categories: [],
        notRecorded: 0,
        total: 0,
      },
      reference: reference.get(dimension) ?? new Map<string, number>(),
      all: index.size,
      chosen: filters.values.get(dimension) ?? noChoice,
      showData,
      hideBelow,
      onToggle: (id: string, additive: boolean) => toggleFilter(dimension, id, additive),
      onList: list(dimension),
    };
  };
  const year = (mode: YearMode) => {
    const { onToggle: _t, onList: _l, showData: _s, ...data } = chart(mode);
    return data;
  };
  const filtered = filters.values.size > 0;
  const forces = [...(reference.get('force')?.values() ?? [])].filter((v) => v > 0).length;
  return (
    <div className="view overview">
      <div className="view-toolbar">
        <h1 className="view-title">Overview</h1>
        <button type="button" aria-pressed={showData} onClick={() => setShowData((v) => !v)}>
          Show all data tables
        </button>
      </div>
      <HeadlineFigures
        tiles={tiles}
        filtered={filtered}
        showData={showData}
        hideBelow={hideBelow}
        onList={(figure) => setDrill(writeCaseListDrill({ kind: 'headline', figure }))}
      />
      <div className="overview-grid">
        <div className="overview-stack">
          <OutcomeCategoriesChart groups={groups} {...chart('outcome')} />
          <OutcomeSubcategoriesChart groups={groups} {...chart('outcomeSubcategory')} />
        </div>
        <div className="overview-stack">
          <DimensionChart
            {...chart('contactRoute')}
            title="Initial police contact"
            labelHeader="Initial police contact"
            noun="contact routes"
            order="count"
          />
          <CasesByYear
            data={{ incidentYear: year('incidentYear'), publishedYear: year('publishedYear') }}
            showData={showData}
            onToggle={toggleFilter}
            onList={(mode, row) => list(mode)(row)}
          />
        </div>
        <div className="overview-pair">
          <DimensionChart
            {...chart('force')}
            title="Cases by force"
            labelHeader="Police force"
            noun="forces"
            order="count"
            notes={
              <StatedDistinctNote
                published={dataset.published}
                dimension="force"
                computed={forces}
                noun="forces"
              />
            }
          />
          <DimensionChart
            {...chart('region')}
            title="Cases by region"
            labelHeader="Police region"
            noun="regions"
            order="count"
          />
        </div>
      </div>
      <OverviewCaseList loaded={loaded} />
    </div>
  );
}
