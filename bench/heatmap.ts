/** Heatmap benchmarks: matrix + similarity seriation for cases × 20 themes. */
import { fullBitset } from '../src/query/bitset';
import { buildDatasetIndex } from '../src/query/dataset-index';
import { buildHeatmapMatrix } from '../src/query/heatmap-matrix';
import { orderColumns, orderRows } from '../src/query/heatmap-order';
import type { Dataset } from '../src/data/types';
import { measure, type BenchFigure } from './harness';

/** Times the themes-by-case matrix and its seriation, at the dataset's size (≤ 5,000 cases). */
export function heatmapBenchmarks(dataset: Dataset, n: number): BenchFigure[] {
  if (n > 5_000) return [];
  const index = buildDatasetIndex(dataset);
  const selection = fullBitset(index.size);
  const label = `${n} × ${dataset.codebook.themes.length}`;
  const matrix = buildHeatmapMatrix(dataset, index, selection);
  return [
    measure(`heatmap matrix ${label}`, n, () => buildHeatmapMatrix(dataset, index, selection), 10),
    measure(
      `heatmap matrix + seriation ${label}`,
      n,
      () => {
        const m = buildHeatmapMatrix(dataset, index, selection);
        orderColumns(m, [], 'total', 'count');
        return orderRows(m, dataset, index, 'similarity', 'count');
      },
      5,
      1,
    ),
    measure(
      `heatmap row order by total ${label}`,
      n,
      () => orderRows(matrix, dataset, index, 'total', 'count'),
      10,
    ),
  ];
}
