import type { HeatmapMatrix } from '../../query/heatmap-matrix';
import { percentHalfUp } from '../../query/percent';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { ChartDataTable } from '../../ui/chart-data-table';

/** Props of {@link ThemesDataTable}. */
export interface ThemesDataTableProps {
  matrix: HeatmapMatrix;
  hidden: boolean;
}

/**
 * The heatmap's data table, per theme: learning items shown (on the cases shown plus those naming
 * no case), their share of all items shown, and the split, with the cases holding the theme.
 */
export function ThemesDataTable({ matrix, hidden }: ThemesDataTableProps) {
  const shown = matrix.itemsOnRows + matrix.unnamedItems;
  const safe = usePresenterSafe();
  return (
    <ChartDataTable
      caption="Learning items by theme"
      labelHeader="Theme"
      countHeader="Learning items"
      percentHeader={`Percent of ${safe.count(shown)} learning items`}
      extraHeaders={['On the cases shown', 'No case named', 'Cases coded or with learning']}
      hidden={hidden}
      rows={matrix.themes.map((theme, column) => {
        const onRows = matrix.columnItems[column] ?? 0;
        const unnamed = matrix.unnamed[column] ?? 0;
        return {
          label: theme.label,
          count: onRows + unnamed,
          percent: percentHalfUp(onRows + unnamed, shown),
          extra: [onRows, unnamed, matrix.columnPresent[column] ?? 0],
        };
      })}
    />
  );
}
