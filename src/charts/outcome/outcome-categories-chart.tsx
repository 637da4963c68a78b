import { useMemo } from 'react';
import { ModelBarChart, type ModelBarChartProps } from '../bar/model-bar-chart';
import { outcomeRowColour, outcomeSeries } from './outcome-colours';

/** Outcome categories: death against significant harm, each in the colour of its meaning. */
export function OutcomeCategoriesChart(props: Omit<ModelBarChartProps, 'colour' | 'series'>) {
  const series = useMemo(() => outcomeSeries(props.model), [props.model]);
  return <ModelBarChart {...props} colour={outcomeRowColour} series={series} />;
}
