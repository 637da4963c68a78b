import { useId, useState } from 'react';
import { DimensionChart, type DimensionChartData } from '../../charts/bar/dimension-chart';
import type { BarRow } from '../../charts/bar/bar-layout';

/** Which year the chart counts by. */
export type YearMode = 'incidentYear' | 'publishedYear';

/** Props of {@link CasesByYear}. */
export interface CasesByYearProps {
  data: Record<YearMode, Omit<DimensionChartData, 'onToggle' | 'onList' | 'showData'>>;
  showData: boolean;
  onToggle: (dimension: YearMode, categoryId: string, additive: boolean) => void;
  onList: (dimension: YearMode, row: BarRow) => void;
}

const modes: ReadonlyArray<{ mode: YearMode; label: string; noun: string }> = [
  { mode: 'incidentYear', label: 'Incident year', noun: 'incident dates' },
  { mode: 'publishedYear', label: 'Year of publication', noun: 'years of publication' },
];

/**
 * Cases by year, by incident year or by year of publication (a switch). It opens on incident
 * years when the data has them; a mode whose field is absent says so.
 */
export function CasesByYear({ data, showData, onToggle, onList }: CasesByYearProps) {
  const name = useId();
  const hasIncidents = [...data.incidentYear.reference.values()].some((v) => v > 0);
  const [mode, setMode] = useState<YearMode>(hasIncidents ? 'incidentYear' : 'publishedYear');
  const current = modes.find((m) => m.mode === mode) ?? modes[1];
  const controls = (
    <fieldset className="year-switch">
      <legend>Count by</legend>
      {modes.map((m) => (
        <label key={m.mode}>
          <input
            type="radio"
            name={name}
            value={m.mode}
            checked={mode === m.mode}
            onChange={() => setMode(m.mode)}
          />
          {m.label}
        </label>
      ))}
    </fieldset>
  );
  return (
    <DimensionChart
      {...data[mode]}
      title="Cases by year"
      labelHeader={current?.label ?? 'Year'}
      noun={current?.noun ?? 'years'}
      order="codebook"
      controls={controls}
      showData={showData}
      onToggle={(id, additive) => onToggle(mode, id, additive)}
      onList={(row) => onList(mode, row)}
    />
  );
}
