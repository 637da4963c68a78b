import { useState } from 'react';
import { ModelBarChart } from '../../charts/bar/model-bar-chart';
import type { ChartModel, ChartRow } from '../../query/model/chart-model';
import { RadioSwitch } from '../../ui/radio-switch';

/** Props of {@link CasesByYear}. */
export interface CasesByYearProps {
  incident: ChartModel;
  published: ChartModel;
  showData: boolean;
  /** Draw each share's 95 % interval. */
  intervals?: boolean;
  onToggle: (dimension: string, categoryId: string, additive: boolean) => void;
  onList: (row: ChartRow) => void;
}

/**
 * Cases by year, by incident year or by year of publication (a switch). It opens on incident
 * years when the data has them; a mode whose field is absent says so.
 */
export function CasesByYear(props: CasesByYearProps) {
  const { incident, published, showData, intervals, onToggle, onList } = props;
  const [mode, setMode] = useState<'incident' | 'published'>(
    incident.absent ? 'published' : 'incident',
  );
  const model = mode === 'incident' ? incident : published;
  const controls = (
    <RadioSwitch
      legend="Count by"
      options={[
        ['incident', 'Incident year'],
        ['published', 'Year of publication'],
      ]}
      value={mode}
      onChange={setMode}
    />
  );
  return (
    <ModelBarChart
      model={model}
      controls={controls}
      showData={showData}
      intervals={intervals}
      onToggle={(id, additive) => onToggle(model.dimension ?? '', id, additive)}
      onList={onList}
    />
  );
}
