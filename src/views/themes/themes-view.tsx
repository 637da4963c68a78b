import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { viewOption } from '../../data/view-options';
import { HeatmapGrid } from '../../charts/heatmap/heatmap-grid';
import { HeatmapLegend } from '../../charts/heatmap/heatmap-legend';
import { labelsRow, totalsRow, type GridPosition } from '../../charts/heatmap/hit-test';
import { useElementSize } from '../../charts/heatmap/use-element-size';
import { cellNotCoded, type HeatmapMode } from '../../query/heatmap-matrix';
import type { ColumnSort, RowSort } from '../../query/heatmap-order';
import { countBits } from '../../query/bitset';
import { selectCases } from '../../query/selection';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useExplorerStore } from '../../state/explorer-store';
import { useLinkFor } from '../../state/use-url-sync';
import { ChartErrorBoundary } from '../../ui/chart-error-boundary';
import type { CaseLinking } from '../../ui/learning-item';
import { learningLookups } from '../../ui/learning-entries';
import { heatmapCases } from '../../query/heatmap-cases';
import { filtersInWords } from '../../query/model/dimension-model';
import { quantityKey } from '../../query/model/quantity';
import { casesInViewModel } from '../../query/model/headline-model';
import { themesTableModel } from '../../query/model/themes-table-model';
import type { FilterState } from '../../query/selection';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { useViewModels } from '../../state/use-view-models';
import { isThemesDrill, type ThemesDrill as ThemesDrillTarget } from '../../data/drill';
import { withheldListText } from '../../ui/withheld-list';
import type { CoOccurrenceMeasure } from '../../query/co-occurrence';
import { coOccurrenceModel } from '../../query/model/co-occurrence-model';
import { CoOccurrencePanel } from './co-occurrence-panel';
import { ThemesChartSwitch, type ThemesChart } from './themes-chart-switch';
import { ThemesControls } from './themes-controls';
import { ThemesDataTable } from './themes-data-table';
import { ThemesDrill } from './themes-drill';
import { ThemesNotes } from './themes-notes';
import { rememberedCases, themesCountsRemembered, useThemesHeatmap } from './use-themes-heatmap';
import './themes-view.css';

/** Props of {@link ThemesView}. */
export interface ThemesViewProps {
  loaded: LoadedDataset;
}

const none: readonly string[] = [];

/** Past this many cases in view, a first visit counts them in a task of its own, then draws. */
export const countFirstAbove = 20_000;

/**
 * The Themes view: the Themes by case heatmap, its drill-down panel and its data table. Opened on
 * more than {@link countFirstAbove} cases whose counts are not remembered, it says it is counting,
 * counts in a task of its own and then draws, so that no single task does both (issue 21: at
 * 100,000 cases together they blocked the page for over 200 ms).
 */
export function ThemesView({ loaded }: ThemesViewProps) {
  const filters = useExplorerStore((s) => s.filters);
  const { dataset, index } = loaded;
  const selection = useMemo(() => selectCases(index, filters), [index, filters]);
  const barriers = filters.values.get('barrier') ?? none;
  // Decided once, on opening: a later filter change recounts in place and keeps the view's state.
  const [countFirst] = useState(
    () =>
      countBits(selection) > countFirstAbove &&
      !themesCountsRemembered(dataset, index, selection, barriers),
  );
  const [counted, setCounted] = useState(false);
  const counting = countFirst && !counted;
  useEffect(() => {
    if (!counting) return;
    const timer = setTimeout(() => {
      rememberedCases(dataset, index, selection, barriers);
      setCounted(true);
    }, 0);
    return () => clearTimeout(timer);
  }, [counting, dataset, index, selection, barriers]);
  if (counting)
    return (
      <div className="view themes-view" aria-busy="true">
        <div className="view-toolbar">
          <h1 className="view-title">Themes</h1>
        </div>
        <p role="status">Counting the themes of the cases in view…</p>
      </div>
    );
  return <ThemesViewBody loaded={loaded} />;
}

function ThemesViewBody({ loaded }: ThemesViewProps) {
  const filters = useExplorerStore((s) => s.filters);
  const drill = useExplorerStore((s) => s.drill);
  const setDrill = useExplorerStore((s) => s.setDrill);
  const setView = useExplorerStore((s) => s.setView);
  const toggleFilter = useExplorerStore((s) => s.toggleFilter);
  const { dataset, index } = loaded;
  const safe = usePresenterSafe();
  const [mode, setMode] = useState<HeatmapMode | null>(null);
  const [rowSort, setRowSort] = useState<RowSort>('total');
  const [columnSort, setColumnSort] = useState<ColumnSort>('codebook');
  const [active, setActive] = useState<GridPosition>({ row: 0, column: 0 });
  const [focusRequest, setFocusRequest] = useState(0);
  const [drillByUser, setDrillByUser] = useState(false);
  const [showData, setShowData] = useState(false);
  // Which chart and measure are in the URL, so a link or a slide shows the same matrix.
  const chart: ThemesChart = useExplorerStore((s) => viewOption(s.options, 'themes'));
  const measure: CoOccurrenceMeasure = useExplorerStore((s) => viewOption(s.options, 'measure'));
  const setViewOption = useExplorerStore((s) => s.setViewOption);
  const safeOn = safe.enabled;
  const areaRef = useRef<HTMLDivElement>(null);
  const area = useElementSize(areaRef, { width: 1100, height: 0 });
  const selection = useMemo(() => selectCases(index, filters), [index, filters]);
  const barriers = filters.values.get('barrier') ?? none;
  const selectedThemes = filters.values.get('themes') ?? none;
  const heatmap = useThemesHeatmap(loaded, {
    selection,
    barriers,
    selectedThemes,
    mode,
    rowSort,
    columnSort,
    width: area.width,
  });
  const { matrix, layout } = heatmap;
  const buildTable = useCallback(
    (f: FilterState) => {
      const shown =
        f === filters
          ? matrix
          : heatmapCases(dataset, index, selectCases(index, f), {
              barriers: f.values.get('barrier') ?? none,
            });
      return [
        themesTableModel(
          dataset,
          shown,
          quantityKey(f),
          filtersInWords({ index, dataset, filters: f }),
        ),
        // The heatmap's rows are the cases in view: their number is on screen too.
        casesInViewModel({ index, dataset, filters: f }),
        // Masked with the heatmap's table, so neither gives the other's hidden counts away.
        ...(chart === 'co-occurrence'
          ? [
              coOccurrenceModel(
                { index, dataset, filters: f },
                { measure, order: safeOn ? 'codebook' : 'similarity' },
              ),
            ]
          : []),
      ];
    },
    [dataset, index, filters, matrix, chart, measure, safeOn],
  );
  const [tableModel, inView, coOccurrence] = useViewModels(buildTable, filters);
  // While presenter-safe is on, rows whose number is hidden are withheld, as a case list is.
  const rowsHidden = safe.enabled ? inView?.n.hidden : undefined;
  const lookups = useMemo(() => learningLookups(dataset), [dataset]);
  const linkFor = useLinkFor();
  const linking = useMemo<CaseLinking>(
    () => ({
      caseHref: (caseId) => `?${linkFor({ view: 'case', filters, caseId })}`,
      onOpenCase: (caseId) => setView('case', caseId),
    }),
    [filters, setView, linkFor],
  );
  const target = isThemesDrill(drill) ? drill : null;
  const open = (next: ThemesDrillTarget) => {
    setDrillByUser(true);
    setDrill(next);
  };
  const close = useCallback(() => {
    setDrill(undefined);
    setFocusRequest((n) => n + 1);
  }, [setDrill]);
  const filterTheme = (themeId: string) => toggleFilter('themes', themeId, false);
  // What "only cases with this theme" would leave, so no click filters every view to nothing.
  const casesWithTheme = (themeId: string) =>
    countBits(
      selectCases(index, {
        values: new Map(filters.values).set('themes', [themeId]),
        themeMatch: filters.themeMatch,
      }),
    );
  const onActivate = (position: GridPosition) => {
    const column = layout.columns[position.column];
    const theme = column ? matrix.themes[column.matrixColumn] : undefined;
    if (position.row === labelsRow) {
      if (theme) open({ kind: 'col', themeId: theme.id });
    } else if (position.row === totalsRow) {
      // A theme no case in view holds: its drill-down says why there is nothing to show.
      if (theme && !selectedThemes.includes(theme.id) && casesWithTheme(theme.id) === 0)
        open({ kind: 'col', themeId: theme.id });
      else if (theme) filterTheme(theme.id);
    } else if (position.row >= layout.rowCount) {
      open(theme ? { kind: 'col', themeId: theme.id } : { kind: 'nocase' });
    } else {
      const caseIndex = matrix.caseRows[layout.rowOrder[position.row] ?? 0] ?? 0;
      const record = dataset.cases[caseIndex];
      if (!record) return;
      open(
        theme
          ? { kind: 'cell', caseId: record.id, themeId: theme.id }
          : { kind: 'row', caseId: record.id },
      );
    }
  };
  const clamped = {
    row: Math.min(active.row, layout.rowCount),
    column: Math.min(active.column, layout.columnCount),
  };
  return (
    <div className="view themes-view">
      <div className="view-toolbar">
        <h1 className="view-title">Themes</h1>
        <ThemesChartSwitch chart={chart} onChange={(next) => setViewOption('themes', next)} />
        <button type="button" aria-pressed={showData} onClick={() => setShowData((v) => !v)}>
          {showData ? 'Hide data' : 'Show data'}
        </button>
      </div>
      {chart === 'co-occurrence' && coOccurrence && (
        <CoOccurrencePanel
          loaded={loaded}
          model={coOccurrence}
          measure={measure}
          onMeasure={(next) => setViewOption('measure', next)}
          showData={showData}
        />
      )}
      <div
        className={target ? 'themes-layout with-drill' : 'themes-layout'}
        hidden={chart !== 'heatmap'}
      >
        <section className="chart themes-chart" aria-labelledby="themes-by-case-title">
          <h2 id="themes-by-case-title">Themes by case</h2>
          <ThemesControls
            mode={heatmap.mode}
            rowSort={rowSort}
            columnSort={columnSort}
            onMode={setMode}
            onRowSort={setRowSort}
            onColumnSort={setColumnSort}
          />
          <ThemesNotes
            matrix={matrix}
            mode={heatmap.mode}
            totalCases={index.size}
            namesCases={heatmap.namesCases}
            notes={dataset.meta.notes}
            unitId="themes-by-case-unit"
            {...(heatmap.pickedBy ? { pickedBy: heatmap.pickedBy } : {})}
          />
          <HeatmapLegend
            steps={heatmap.scale.steps}
            mode={heatmap.mode}
            notCoded={matrix.flags.some((flag) => (flag & cellNotCoded) !== 0)}
            unnamed={matrix.unnamedItems > 0}
          />
          {safe.enabled && (
            <p className="themes-safe-note">
              Presenter-safe: a case’s outcome marker shows only where at least {safe.threshold} of
              the cases shown share what is shown of it.
            </p>
          )}
          <div ref={areaRef} className="themes-grid-area">
            {/* A crash in the grid leaves the view, the drill-down and the data table working. */}
            {rowsHidden ? (
              <p className="themes-withheld">
                The rows of Themes by case are the cases in view.{' '}
                {withheldListText(rowsHidden, safe.threshold)}
              </p>
            ) : (
              <ChartErrorBoundary resetKey={heatmap.paint} onError={() => setShowData(true)}>
                <HeatmapGrid
                  label="Themes by case"
                  describedBy="themes-by-case-unit"
                  paint={heatmap.paint}
                  naming={heatmap.naming}
                  canvas={heatmap.canvas}
                  unnamedTotal={matrix.unnamedItems}
                  active={clamped}
                  onActiveChange={setActive}
                  onActivate={onActivate}
                  focusRequest={focusRequest}
                />
              </ChartErrorBoundary>
            )}
          </div>
          <p className="keyboard-hint">
            Keyboard: arrow keys move in the grid, Home / End go to the ends of a row; Enter on a
            cell, a case or a theme opens its learning; Enter on a column total shows only the cases
            with that theme (or, when no case in view has it, why not).
          </p>
          {tableModel && <ThemesDataTable model={tableModel} hidden={!showData} />}
        </section>
        {target && (
          <ThemesDrill
            target={target}
            loaded={loaded}
            matrix={matrix}
            barriers={barriers}
            lookups={lookups}
            linking={linking}
            focusOnOpen={drillByUser}
            themeFiltered={(themeId) => selectedThemes.includes(themeId)}
            casesWithTheme={casesWithTheme}
            onFilterTheme={filterTheme}
            onOpen={open}
            onClose={close}
          />
        )}
      </div>
    </div>
  );
}
