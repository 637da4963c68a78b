import { useMemo } from 'react';
import { DimensionChart, type DimensionChartData } from '../bar/dimension-chart';
import { outcomeColour } from '../palette';
import { outcomeColours, type OutcomeGroup } from './outcome-rows';

/** Props of {@link OutcomeCategoriesChart}. */
export interface OutcomeCategoriesChartProps extends DimensionChartData {
  /** The outcomes of the codebook, with their sub-categories. */
  groups: readonly OutcomeGroup[];
}

/** Outcome categories: death against significant harm, each in its own colour. */
export function OutcomeCategoriesChart({ groups, ...data }: OutcomeCategoriesChartProps) {
  const colours = useMemo(() => outcomeColours(groups), [groups]);
  const series = useMemo(
    () =>
      groups
        .filter((g) => (data.reference.get(g.id) ?? 0) > 0)
        .map((g) => ({ label: g.label, colour: colours.get(g.id) ?? outcomeColour(0) })),
    [groups, colours, data.reference],
  );
  const colour = useMemo(
    () => (id: string) => colours.get(id) ?? outcomeColour(colours.size),
    [colours],
  );
  return (
    <DimensionChart
      {...data}
      title="Outcome categories"
      labelHeader="Outcome"
      noun="outcomes"
      order="codebook"
      colour={colour}
      series={series}
    />
  );
}
