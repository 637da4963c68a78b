import { useMemo } from 'react';
import { ModelBarChart, type ModelBarChartProps } from '../bar/model-bar-chart';
import { outcomeRowColour, outcomeSeries } from './outcome-colours';

/**
 * Outcome sub-categories nested under their outcome ("Death 6: covert filicide 2, suicide 2, …"),
 * in the outcome's colour.
 */
export function OutcomeSubcategoriesChart(props: Omit<ModelBarChartProps, 'colour' | 'series'>) {
  const series = useMemo(() => outcomeSeries(props.model), [props.model]);
  return <ModelBarChart {...props} colour={outcomeRowColour} series={series} />;
}
