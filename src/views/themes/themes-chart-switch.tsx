/** The Themes view's two charts. */
export type ThemesChart = 'heatmap' | 'co-occurrence';

/** Props of {@link ThemesChartSwitch}. */
export interface ThemesChartSwitchProps {
  chart: ThemesChart;
  onChange: (chart: ThemesChart) => void;
}

/**
 * The toggle beside Themes by case: pressed, the view shows theme co-occurrence instead of the
 * heatmap. One button (not a radio group): the view's DOM budget counts every element.
 */
export function ThemesChartSwitch({ chart, onChange }: ThemesChartSwitchProps) {
  const pressed = chart === 'co-occurrence';
  return (
    <button
      type="button"
      className="themes-chart-switch"
      aria-pressed={pressed}
      onClick={() => onChange(pressed ? 'heatmap' : 'co-occurrence')}
    >
      Theme co-occurrence
    </button>
  );
}
