import type { ChartModel } from '../../query/model/chart-model';
import { notOnMapReason } from '../../query/model/force-map-model';
import type { TileMapInput, TileMapMeasure, TileMapRow, TileMapView } from './tile-map-types';

/**
 * The tile map's input read from its chart model (see `forceMapModel`): one row per force or
 * region of the model, with the data's categories behind it, so the map shows exactly the numbers
 * of its data table, and a count presenter-safe hid reads as the model says ("< 5", "hidden").
 */
export function tileMapInputFromModel(
  model: ChartModel,
  view: TileMapView,
  measure: TileMapMeasure,
): TileMapInput {
  const rows: TileMapRow[] = model.rows
    .filter((row) => row.kind === 'category')
    .map((row) => ({
      id: row.key,
      label: row.label,
      count: row.count.value ?? 0,
      inferred: row.inferred.value ?? 0,
      categoryIds: row.members ?? (row.categoryId === undefined ? [] : [row.categoryId]),
      ...(row.count.value === null ? { hidden: row.count.text } : {}),
      ...(notOnMapReason(row) === undefined ? {} : { notOnMap: notOnMapReason(row) }),
    }));
  const selected = new Set(
    model.rows.filter((row) => row.state === 'selected').flatMap((row) => row.members ?? []),
  );
  const n = model.nCoded.value ?? 0;
  const shown = {
    ...(model.nCoded.value === null ? { nText: model.nCoded.text } : {}),
    ...(model.n.value === null ? { totalText: model.n.text } : {}),
    ...(model.maskedBelow === undefined ? {} : { hideBelow: model.maskedBelow }),
  };
  const base = { n, total: model.n.value ?? 0, measure, view, selected, ...shown };
  if (view === 'forces') return { forces: rows, ...base };
  // The region view's rows are regions: of the data's region field, or sums of its forces.
  return {
    forces: [],
    regions: rows,
    regionN: n,
    regionDimension: model.dimension === 'region' ? 'region' : 'force',
    ...base,
  };
}
