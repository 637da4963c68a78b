import { ModelTileMap } from '../../charts/tile-map/model-tile-map';
import type { TileMapMeasure } from '../../charts/tile-map/tile-map-types';
import type { ChartModel, ChartRow } from '../../query/model/chart-model';
import type { ForceMapView } from '../../query/model/force-map-model';
import { useExplorerStore } from '../../state/explorer-store';
import { RadioSwitch } from '../../ui/radio-switch';

/**
 * The categories a dimension's filter holds after a tile is activated: a click shows only the
 * tile's categories (or clears them when they alone are shown); Shift adds them (or takes them
 * away when all are shown already).
 */
export function toggledCategories(
  current: readonly string[],
  ids: readonly string[],
  additive: boolean,
): string[] {
  const allIn = ids.every((id) => current.includes(id));
  if (additive)
    return allIn
      ? current.filter((c) => !ids.includes(c))
      : [...current, ...ids.filter((id) => !current.includes(id))];
  return allIn && current.length === ids.length ? [] : [...ids];
}

/** Props of {@link ForceMapPanel}. */
export interface ForceMapPanelProps {
  model: ChartModel;
  view: ForceMapView;
  onView: (view: ForceMapView) => void;
  /** What the tiles are coloured by: count, or share of the cases with a force recorded. */
  measure: TileMapMeasure;
  onMeasure: (measure: TileMapMeasure) => void;
  showData: boolean;
  onList: (row: ChartRow) => void;
}

/**
 * "Cases by force (map)" on the Overview: the tile map with its two switches (forces or regions;
 * count or share of the cases with a force recorded), linked like every chart.
 */
export function ForceMapPanel({
  model,
  view,
  onView,
  measure,
  onMeasure,
  showData,
  onList,
}: ForceMapPanelProps) {
  const filters = useExplorerStore((s) => s.filters);
  const setFilter = useExplorerStore((s) => s.setFilter);
  const controls = (
    <div className="map-switches">
      <RadioSwitch
        legend="Show"
        options={[
          ['forces', 'forces'],
          ['regions', 'regions'],
        ]}
        value={view}
        onChange={onView}
      />
      <RadioSwitch
        legend="Colour by"
        options={[
          ['count', 'count'],
          ['share', 'share of n coded'],
        ]}
        value={measure}
        onChange={onMeasure}
      />
    </div>
  );
  return (
    <ModelTileMap
      model={model}
      view={view}
      measure={measure}
      controls={controls}
      showData={showData}
      onToggle={(dimension, ids, additive) =>
        setFilter(dimension, toggledCategories(filters.values.get(dimension) ?? [], ids, additive))
      }
      onList={onList}
    />
  );
}
