import { useMemo } from 'react';
import type { HeatmapPaint } from '../../charts/heatmap/heatmap-cells';
import { layoutHeatmap } from '../../charts/heatmap/heatmap-layout';
import type { HeatmapNaming } from '../../charts/heatmap/heatmap-names';
import { heatmapScale, presenterSafeScale } from '../../charts/heatmap/heatmap-scale';
import { outcomeCode } from '../../query/aggregate';
import type { Bitset } from '../../query/bitset';
import { heatmapCases, type HeatmapCases } from '../../query/heatmap-cases';
import type { DatasetIndex } from '../../query/dataset-index';
import type { Dataset } from '../../data/types';
import {
  cellValues,
  heatmapMatrix,
  columnTotals,
  rowTotals,
  type HeatmapMode,
} from '../../query/heatmap-matrix';
import { orderColumns, orderRows, type ColumnSort, type RowSort } from '../../query/heatmap-order';
import { pickHeatmapRows } from '../../query/heatmap-rows';
import { discloseList, showsValue } from '../../query/case-disclosure';
import { isMaskedCount } from '../../query/presenter-safe';
import type { LoadedDataset } from '../../state/dataset-queries';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { useSafeCases } from '../../state/use-safe-cases';

/** Past this many cells the body paints on a canvas with virtualised rows instead of SVG. */
export const canvasCellLimit = 3000;

let remembered: { selection: Bitset; barriers: string; cases: HeatmapCases } | null = null;

/**
 * The heatmap's counts of the cases in view, remembered for the last selection by content: going
 * back to Themes with the same data and filters (a new selection array, the same cases) does not
 * count 100,000 cases again (issue 21: that recount was most of a 300 ms task).
 */
export function rememberedCases(
  dataset: Dataset,
  index: DatasetIndex,
  selection: Bitset,
  barriers: readonly string[],
): HeatmapCases {
  const key = barriers.join('\u0000');
  const last = remembered;
  if (last && isRemembered(dataset, index, selection, key)) return last.cases;
  const cases = heatmapCases(dataset, index, selection, { barriers });
  remembered = { selection: Uint32Array.from(selection), barriers: key, cases };
  return cases;
}

function isRemembered(dataset: Dataset, index: DatasetIndex, selection: Bitset, key: string) {
  const last = remembered;
  return (
    last !== null &&
    last.cases.dataset === dataset &&
    last.cases.index === index &&
    last.barriers === key &&
    last.selection.length === selection.length &&
    last.selection.every((word, i) => word === selection[i])
  );
}

/** Whether the heatmap's counts of these cases are remembered (so no recount is needed). */
export function themesCountsRemembered(
  dataset: Dataset,
  index: DatasetIndex,
  selection: Bitset,
  barriers: readonly string[],
): boolean {
  return isRemembered(dataset, index, selection, barriers.join('\u0000'));
}

/** The choices the heatmap is computed from. */
export interface HeatmapChoices {
  selection: Bitset;
  barriers: readonly string[];
  selectedThemes: readonly string[];
  mode: HeatmapMode | null;
  rowSort: RowSort;
  columnSort: ColumnSort;
  width: number;
}

/**
 * Everything the Themes heatmap draws, memoised step by step so a sort change re-lays out
 * without recounting, and a resize neither recounts nor re-sorts. While presenter-safe is on,
 * rows are named by neutral labels (and sorted by them), counts below k hide their size, and a
 * row's outcome marker (and its place in an outcome sort) shows only where the rows' case
 * disclosure lets that case show its outcome (the rows are a list of the cases in view).
 */
export function useThemesHeatmap(loaded: LoadedDataset, choices: HeatmapChoices) {
  const { dataset, index } = loaded;
  const safe = usePresenterSafe();
  const safeCases = useSafeCases(loaded);
  const hideBelow = safe.enabled ? safe.threshold : undefined;
  const { selection, barriers, selectedThemes, rowSort, columnSort, width } = choices;
  const cases = useMemo(
    () => rememberedCases(dataset, index, selection, barriers),
    [dataset, index, selection, barriers],
  );
  // With no learning item tied to a case, counts would all be 0: presence is the useful default.
  const namesCases = useMemo(
    () => dataset.learning.some((l) => l.caseId !== '' && index.caseIndex.has(l.caseId)),
    [dataset, index],
  );
  const mode = choices.mode ?? (namesCases ? 'count' : 'presence');
  // Under presenter-safe the rows are numbered within the list of the cases in view alone (all of
  // them, not only the rows picked, so the labels agree with the case table's).
  const inViewLabel = useMemo(() => safe.caseLabels(Array.from(cases.caseRows)), [cases, safe]);
  // Past heatmapRowLimit cases in view, the rows are the first cases of the sort (null: all).
  // Keyed by what changes the pick only: similarity picks as total does, and the count and
  // percentage modes all rank by learning items (with none in the data, as presence does).
  const pickSort = rowSort === 'similarity' ? 'total' : rowSort;
  const pickMode = mode === 'presence' || cases.itemsOnRows === 0 ? 'presence' : 'count';
  const picked = useMemo(
    () =>
      pickHeatmapRows(
        cases,
        dataset,
        index,
        pickSort,
        pickMode,
        hideBelow === undefined
          ? undefined
          : {
              label: (c) => inViewLabel(c, dataset.cases[c]?.title ?? ''),
              hideBelow,
            },
      ),
    [cases, dataset, index, pickSort, pickMode, inViewLabel, hideBelow],
  );
  const matrix = useMemo(
    () => heatmapMatrix(dataset, cases, picked?.rows),
    [dataset, cases, picked],
  );
  const values = useMemo(() => {
    const all = cellValues(matrix, mode);
    // A share of a hidden count would give the count back: those cells print nothing.
    if (hideBelow === undefined || mode === 'count' || mode === 'presence') return all;
    return all.map((v, i) => (isMaskedCount(matrix.counts[i] ?? 0, hideBelow) ? Number.NaN : v));
  }, [matrix, mode, hideBelow]);
  const scale = useMemo(
    () =>
      hideBelow === undefined
        ? heatmapScale(values, mode)
        : presenterSafeScale(cellValues(matrix, mode), matrix.counts, mode, hideBelow),
    [values, matrix, mode, hideBelow],
  );
  const titles = useMemo(
    () => Array.from(matrix.caseRows, (i) => inViewLabel(i, dataset.cases[i]?.title ?? '')),
    [matrix, dataset, inViewLabel],
  );
  // Per row, the outcome code it may show: all of them while presenter-safe is off.
  const outcomes = useMemo(() => {
    const codes = index.dimensions.get('outcome')?.codes;
    const rows = Array.from(matrix.caseRows);
    const shows = safeCases
      ? showsValue(discloseList(safeCases.disclosure, safeCases.attributes, rows))
      : () => true;
    return Int32Array.from(rows, (i) => (shows(i, 'outcome') ? (codes?.[i] ?? -1) : -1));
  }, [index, matrix, safeCases]);
  const rowOrder = useMemo(
    () =>
      orderRows(
        matrix,
        dataset,
        index,
        rowSort,
        mode,
        hideBelow === undefined ? undefined : { titles, hideBelow, outcomes },
      ),
    [matrix, dataset, index, rowSort, mode, titles, hideBelow, outcomes],
  );
  const groups = dataset.codebook.themeGroups;
  const columnOrder = useMemo(
    () => orderColumns(matrix, groups ?? [], columnSort, mode, hideBelow),
    [matrix, groups, columnSort, mode, hideBelow],
  );
  const markers = useMemo(() => {
    const outcome = index.dimensions.get('outcome');
    const death = outcomeCode(outcome, 'death');
    const harm = outcomeCode(outcome, 'harm');
    return Uint8Array.from(outcomes, (code) => {
      if (code === -1) return 0;
      return code === death ? 1 : code === harm ? 2 : 3;
    });
  }, [index, outcomes]);
  const canvas = matrix.rowCount * matrix.columnCount > canvasCellLimit;
  const layout = useMemo(() => {
    const groupLabel = new Map((groups ?? []).map((g) => [g.id, g.label]));
    const chosen = new Set(selectedThemes);
    return layoutHeatmap(
      {
        rowLabels: titles,
        rowMarkers: markers,
        rowOrder,
        columnLabels: matrix.themes.map((t) => t.label),
        columnGroups: matrix.themes.map((t) =>
          t.group === undefined ? undefined : (groupLabel.get(t.group) ?? t.group),
        ),
        columnOrder,
        rowTotals: rowTotals(matrix, mode),
        columnTotals: columnTotals(matrix, mode),
        unnamed: matrix.unnamed,
        selectedColumns: new Set(matrix.themes.flatMap((t, i) => (chosen.has(t.id) ? [i] : []))),
        hideBelow,
      },
      { width, canvas },
    );
  }, [
    titles,
    markers,
    rowOrder,
    columnOrder,
    matrix,
    mode,
    groups,
    selectedThemes,
    width,
    canvas,
    hideBelow,
  ]);
  const paint = useMemo<HeatmapPaint>(
    () => ({
      layout,
      mode,
      bins: scale.bins,
      values,
      flags: matrix.flags,
      stride: matrix.columnCount,
      markers,
      rowTotals: rowTotals(matrix, mode),
    }),
    [layout, mode, scale, values, matrix, markers],
  );
  const naming = useMemo<HeatmapNaming>(
    () => ({ layout, matrix, mode, rowTitles: titles, values }),
    [layout, matrix, mode, titles, values],
  );
  return { matrix, mode, scale, layout, paint, naming, canvas, namesCases, pickedBy: picked?.by };
}
