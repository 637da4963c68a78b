import type { HeatmapMode } from '../../query/heatmap-matrix';
import type { ColumnSort, RowSort } from '../../query/heatmap-order';

/** The cell modes, as the switch names them. */
export const modeLabels: ReadonlyArray<[HeatmapMode, string]> = [
  ['count', 'Learning items'],
  ['presence', 'Presence'],
  ['row-percent', 'Row %'],
  ['column-percent', 'Column %'],
];

const rowSorts: ReadonlyArray<[RowSort, string]> = [
  ['total', 'Total'],
  ['outcome', 'Outcome'],
  ['title', 'Title'],
  ['similarity', 'Similarity of theme profiles'],
];

const columnSorts: ReadonlyArray<[ColumnSort, string]> = [
  ['codebook', 'Codebook order'],
  ['total', 'Total'],
];

/** Props of {@link ThemesControls}. */
export interface ThemesControlsProps {
  mode: HeatmapMode;
  rowSort: RowSort;
  columnSort: ColumnSort;
  onMode: (mode: HeatmapMode) => void;
  onRowSort: (sort: RowSort) => void;
  onColumnSort: (sort: ColumnSort) => void;
}

/** The heatmap's switches: what a cell shows, and how rows and columns are sorted. */
export function ThemesControls(props: ThemesControlsProps) {
  return (
    <div className="themes-controls">
      <fieldset className="mode-switch">
        <legend>Cells show</legend>
        {modeLabels.map(([mode, label]) => (
          <label key={mode}>
            <input
              type="radio"
              name="heatmap-mode"
              value={mode}
              checked={props.mode === mode}
              onChange={() => props.onMode(mode)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label className="sort-select">
        Sort cases by
        <select
          value={props.rowSort}
          onChange={(event) => props.onRowSort(event.target.value as RowSort)}
        >
          {rowSorts.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="sort-select">
        Sort themes by
        <select
          value={props.columnSort}
          onChange={(event) => props.onColumnSort(event.target.value as ColumnSort)}
        >
          {columnSorts.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
