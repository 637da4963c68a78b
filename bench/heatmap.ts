/** Heatmap benchmarks: the themes-by-case matrix, its seriation and its layout, cases × 20 themes. */
import { layoutHeatmap } from '../src/charts/heatmap/heatmap-layout';
import { heatmapScale } from '../src/charts/heatmap/heatmap-scale';
import { fullBitset } from '../src/query/bitset';
import { buildDatasetIndex, type DatasetIndex } from '../src/query/dataset-index';
import {
  buildHeatmapMatrix,
  cellValues,
  columnTotals,
  rowTotals,
  type HeatmapMatrix,
} from '../src/query/heatmap-matrix';
import { orderColumns, orderRows } from '../src/query/heatmap-order';
import type { Dataset } from '../src/data/types';
import { measure, type BenchFigure } from './harness';

/** Orders rows by similarity and lays the grid out on a canvas-sized page, as the Themes view does. */
function seriateAndLayOut(matrix: HeatmapMatrix, dataset: Dataset, index: DatasetIndex) {
  const values = cellValues(matrix, 'count');
  heatmapScale(values, 'count');
  const rowOrder = orderRows(matrix, dataset, index, 'similarity', 'count');
  const columnOrder = orderColumns(matrix, [], 'total', 'count');
  return layoutHeatmap(
    {
      rowLabels: Array.from(matrix.caseRows, (i) => dataset.cases[i]?.title ?? ''),
      rowMarkers: new Uint8Array(matrix.rowCount),
      rowOrder,
      columnLabels: matrix.themes.map((t) => t.label),
      columnGroups: matrix.themes.map(() => undefined),
      columnOrder,
      rowTotals: rowTotals(matrix, 'count'),
      columnTotals: columnTotals(matrix, 'count'),
      unnamed: matrix.unnamed,
      selectedColumns: new Set(),
    },
    { width: 1440, canvas: matrix.rowCount * matrix.columnCount > 3000 },
  );
}

/** Times the themes-by-case matrix, and matrix + seriation + layout, at the dataset's size. */
export function heatmapBenchmarks(dataset: Dataset, n: number): BenchFigure[] {
  const index = buildDatasetIndex(dataset);
  const selection = fullBitset(index.size);
  const label = `${n} × ${dataset.codebook.themes.length}`;
  return [
    measure(`heatmap matrix ${label}`, n, () => buildHeatmapMatrix(dataset, index, selection), 10),
    measure(
      `heatmap matrix + seriation + layout ${label}`,
      n,
      () => seriateAndLayOut(buildHeatmapMatrix(dataset, index, selection), dataset, index),
      5,
      1,
    ),
  ];
}
