import { Suspense, useCallback, useMemo, useState, type ReactNode } from 'react';
import { viewOption } from '../../data/view-options';
import { ModelBarChart } from '../../charts/bar/model-bar-chart';
import { HeadlineFigures } from '../../charts/headline/headline-figures';
import { OutcomeCategoriesChart } from '../../charts/outcome/outcome-categories-chart';
import { OutcomeSubcategoriesChart } from '../../charts/outcome/outcome-subcategories-chart';
import type { ChartModel, ChartRow } from '../../query/model/chart-model';
import { chartableFields, overviewModels } from '../../query/model/overview-models';
import { forceMapChartId, forceMapModel } from '../../query/model/force-map-model';
import type { FilterState } from '../../query/selection';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useExplorerStore } from '../../state/explorer-store';
import { useSafeCases } from '../../state/use-safe-cases';
import { useViewModels } from '../../state/use-view-models';
import { CasesByYear } from './cases-by-year';
import { ExtraCharts } from './extra-charts';
import { ForceMapPanel } from './force-map-panel';
import { OverviewCaseList } from './overview-case-list';
import { StatedDistinctNote } from './stated-distinct-note';
import { SubcategoryBaseSwitch } from './subcategory-base-switch';
import { lazyWithRetry } from '../../ui/lazy-retry';
import { UncertaintyControls } from '../../ui/uncertainty-controls';
import { ViewErrorBoundary } from '../../ui/view-error-boundary';
import './overview-view.css';

// Below the first screen, and no chart: its code loads after the first paint. (The force map's
// panel does not wait: its chart must be registered for "Save view as slide" at once; the map's
// drawing loads later, in ModelTileMap.)
const SummaryPanel = lazyWithRetry(
  () => import('./summary-panel'),
  (m) => m.SummaryPanel,
);

/** A panel whose code loads later: a word while it does, and a message if it does not arrive. */
function LaterPanel({ what, children }: { what: string; children: ReactNode }) {
  return (
    <ViewErrorBoundary what={what} headingLevel={2}>
      <Suspense fallback={<p role="status">Opening {what.toLowerCase()}…</p>}>{children}</Suspense>
    </ViewErrorBoundary>
  );
}

const noCharts: readonly string[] = [];
const noWithheld: ReadonlySet<string> = new Set();

/** Props of {@link OverviewView}. */
export interface OverviewViewProps {
  loaded: LoadedDataset;
}

/**
 * The Overview: headline figures, then linked charts of outcomes, sub-categories, initial
 * police contact, years, forces and regions, every one drawn from its model. Clicking a bar
 * cross-filters every other chart; every count lists the cases behind it.
 */
export function OverviewView({ loaded }: OverviewViewProps) {
  const filters = useExplorerStore((s) => s.filters);
  const toggleFilter = useExplorerStore((s) => s.toggleFilter);
  const charted = useExplorerStore((s) => s.charts) ?? noCharts;
  const toggleChart = useExplorerStore((s) => s.toggleChart);
  const setDrill = useExplorerStore((s) => s.setDrill);
  const intervals = useExplorerStore((s) => s.intervals ?? false);
  const [showData, setShowData] = useState(false);
  const [ofOutcome, setOfOutcome] = useState(false);
  // The map's unit and colouring are in the URL, so a link or a slide shows the same map.
  const mapView = useExplorerStore((s) => viewOption(s.options, 'map'));
  const mapMeasure = useExplorerStore((s) => viewOption(s.options, 'mapby'));
  const setViewOption = useExplorerStore((s) => s.setViewOption);
  const { index, dataset } = loaded;
  const withheld = useSafeCases(loaded)?.withheldDimensions ?? noWithheld;
  const fields = useMemo(() => chartableFields(index, withheld), [index, withheld]);
  const build = useCallback(
    (f: FilterState) => [
      ...overviewModels(
        { index, dataset, filters: f },
        { subcategoryOfOutcome: ofOutcome, extra: charted, withheld },
      ),
      forceMapModel({ index, dataset, filters: f }, mapView),
    ],
    [index, dataset, ofOutcome, charted, withheld, mapView],
  );
  const models = useViewModels(build, filters);
  const byId = useMemo(() => new Map(models.map((m) => [m.id, m])), [models]);
  // The map repeats the forces chart's numbers: the Summary words them once.
  const summaryModels = useMemo(() => models.filter((m) => m.id !== forceMapChartId), [models]);
  const model = (id: string): ChartModel => {
    const found = byId.get(id);
    if (!found) throw new Error(`The Overview has no chart ${id}`);
    return found;
  };
  const list = useCallback(
    (row: ChartRow) => {
      if (row.list) setDrill({ kind: 'chart', request: { except: '', ...row.list } });
    },
    [setDrill],
  );
  const chart = (dimension: string) => ({
    showData,
    intervals,
    onToggle: (id: string, additive: boolean) => toggleFilter(dimension, id, additive),
    onList: list,
  });
  const forces = model('overview.headline').rows.find((r) => r.key === 'forces')?.extra?.[0]?.value;
  return (
    <div className="view overview">
      <div className="view-toolbar">
        <h1 className="view-title">Overview</h1>
        <button type="button" aria-pressed={showData} onClick={() => setShowData((v) => !v)}>
          Show all data tables
        </button>
        <UncertaintyControls />
      </div>
      <HeadlineFigures
        model={model('overview.headline')}
        showData={showData}
        onList={(figure) => setDrill({ kind: 'headline', figure: figure as 'cases' })}
      />
      <div className="overview-grid">
        <div className="overview-stack">
          <OutcomeCategoriesChart model={model('overview.outcome')} {...chart('outcome')} />
          <OutcomeSubcategoriesChart
            model={model('overview.outcomeSubcategory')}
            {...chart('outcomeSubcategory')}
            controls={<SubcategoryBaseSwitch ofOutcome={ofOutcome} onChange={setOfOutcome} />}
          />
        </div>
        <div className="overview-stack">
          <ModelBarChart model={model('overview.contactRoute')} {...chart('contactRoute')} />
          <CasesByYear
            incident={model('overview.incidentYear')}
            published={model('overview.publishedYear')}
            showData={showData}
            intervals={intervals}
            onToggle={toggleFilter}
            onList={list}
          />
        </div>
        <div className="overview-pair">
          <ModelBarChart
            model={model('overview.force')}
            {...chart('force')}
            notes={
              forces === undefined || forces === null ? undefined : (
                <StatedDistinctNote dataset={dataset} dimension="force" noun="forces" />
              )
            }
          />
          <ModelBarChart model={model('overview.region')} {...chart('region')} />
        </div>
        <div className="overview-stack">
          <ForceMapPanel
            model={model(forceMapChartId)}
            view={mapView}
            onView={(view) => setViewOption('map', view)}
            measure={mapMeasure}
            onMeasure={(measure) => setViewOption('mapby', measure)}
            showData={showData}
            onList={list}
          />
        </div>
        <LaterPanel what="Summary">
          <SummaryPanel
            models={summaryModels}
            onList={(request) => setDrill({ kind: 'chart', request: { except: '', ...request } })}
          />
        </LaterPanel>
        <div className="overview-pair">
          <ExtraCharts
            models={models.filter((m) => m.id.startsWith('overview.extra.'))}
            fields={fields}
            charted={charted}
            withheld={charted.flatMap((d) =>
              withheld.has(d) ? [index.dimensions.get(d)?.label ?? d] : [],
            )}
            showData={showData}
            intervals={intervals}
            onToggleChart={toggleChart}
            onToggleFilter={toggleFilter}
            onList={list}
          />
        </div>
      </div>
      <OverviewCaseList loaded={loaded} models={models} />
    </div>
  );
}
