import type { ChartModel } from '../../query/model/chart-model';
import { ChartDataTable } from '../../ui/chart-data-table';

/** Props of {@link ThemesDataTable}. */
export interface ThemesDataTableProps {
  model: ChartModel;
  hidden: boolean;
}

/**
 * The heatmap's data table, per theme: learning items shown (on the cases shown plus those naming
 * no case), their share of all items shown, and the split, with the cases holding the theme.
 */
export function ThemesDataTable({ model, hidden }: ThemesDataTableProps) {
  return <ChartDataTable model={model} hidden={hidden} />;
}
