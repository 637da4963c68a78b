import { useMemo } from 'react';
import { DimensionChart, type DimensionChartData } from '../bar/dimension-chart';
import type { BarInput } from '../bar/bar-layout';
import { outcomeColour } from '../palette';
import { outcomeColours, subcategoryBarInputs, type OutcomeGroup } from './outcome-rows';

/** Props of {@link OutcomeSubcategoriesChart}. */
export interface OutcomeSubcategoriesChartProps extends DimensionChartData {
  groups: readonly OutcomeGroup[];
}

/**
 * Outcome sub-categories nested under their outcome ("Death 6: covert filicide 2, suicide 2, …"),
 * in the outcome's colour. Percentages are of the chart's n, not of each outcome.
 */
export function OutcomeSubcategoriesChart({ groups, ...data }: OutcomeSubcategoriesChartProps) {
  const { counts, chosen, reference } = data;
  const colours = useMemo(() => outcomeColours(groups), [groups]);
  const rows = useMemo(
    () => subcategoryBarInputs(counts, groups, chosen, reference, colours),
    [counts, groups, chosen, reference, colours],
  );
  const series = useMemo(
    () =>
      rows
        .filter((r) => r.kind === 'group')
        .map((r) => ({ label: r.label, colour: r.colour ?? outcomeColour(0) })),
    [rows],
  );
  const groupColumn = useMemo(() => {
    const outcomeOf = new Map<string, string>();
    let current = '';
    for (const row of rows) {
      if (row.kind === 'group') current = row.label;
      else if (row.categoryId !== undefined) outcomeOf.set(row.categoryId, current);
    }
    return {
      header: 'Outcome',
      valueOf: (row: BarInput) => (row.categoryId ? (outcomeOf.get(row.categoryId) ?? '') : ''),
    };
  }, [rows]);
  return (
    <DimensionChart
      {...data}
      title="Outcome sub-categories"
      labelHeader="Outcome sub-category"
      noun="sub-categories"
      order="codebook"
      rows={rows}
      series={series}
      groupColumn={groupColumn}
      unitExtra="Sub-category percentages are of n (all cases in view), not of each outcome."
    />
  );
}
