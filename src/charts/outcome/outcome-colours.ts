import type { ChartModel, ChartRow } from '../../query/model/chart-model';
import { meaningColour } from '../palette';

/** A row's colour by what it means: death and significant harm in their own colours. */
export function outcomeRowColour(row: ChartRow): string {
  return meaningColour(row.meaning);
}

/** The legend's colour series: the outcomes the chart shows, each once. */
export function outcomeSeries(model: ChartModel): Array<{ label: string; colour: string }> {
  const seen = new Map<string, string>();
  for (const row of model.rows)
    if (row.level === 0 && row.kind !== 'not-coded' && !seen.has(row.label))
      seen.set(row.label, meaningColour(row.meaning));
  return [...seen].map(([label, colour]) => ({ label, colour }));
}
