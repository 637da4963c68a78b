import { useId } from 'react';

/** The Themes view's two charts. */
export type ThemesChart = 'heatmap' | 'co-occurrence';

/** Props of {@link ThemesChartSwitch}. */
export interface ThemesChartSwitchProps {
  chart: ThemesChart;
  onChange: (chart: ThemesChart) => void;
}

/** Chooses what the Themes view shows: themes by case (the heatmap), or theme co-occurrence. */
export function ThemesChartSwitch({ chart, onChange }: ThemesChartSwitchProps) {
  const name = useId();
  const options: ReadonlyArray<[ThemesChart, string]> = [
    ['heatmap', 'Themes by case'],
    ['co-occurrence', 'Theme co-occurrence'],
  ];
  return (
    <fieldset className="year-switch themes-chart-switch">
      <legend>Show</legend>
      {options.map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name={name}
            checked={chart === value}
            onChange={() => onChange(value)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
