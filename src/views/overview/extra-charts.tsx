import { useId } from 'react';
import { ModelBarChart } from '../../charts/bar/model-bar-chart';
import type { ChartModel, ChartRow } from '../../query/model/chart-model';
import type { ChartableField } from '../../query/model/overview-models';

/** Props of {@link ExtraCharts}. */
export interface ExtraChartsProps {
  /** The models of the fields charted on request, in the order they were added. */
  models: readonly ChartModel[];
  /** Every field that can be charted, and which are charted now. */
  fields: readonly ChartableField[];
  charted: readonly string[];
  /** Labels of the fields charted that presenter-safe withholds: said, not charted. */
  withheld?: readonly string[];
  showData: boolean;
  /** Draw each share's 95 % interval. */
  intervals?: boolean;
  onToggleChart: (dimension: string) => void;
  onToggleFilter: (dimension: string, categoryId: string, additive: boolean) => void;
  onList: (row: ChartRow) => void;
}

/**
 * The Overview's charts of further fields (review type, area, period, any extra column), each
 * the same linked bar chart as the others, with a menu to add one and a button to take it away.
 * Which are shown is kept in the link (`charts=`), so a shared link shows them too.
 */
export function ExtraCharts(props: ExtraChartsProps) {
  const { models, fields, charted, withheld = [], showData, intervals } = props;
  const { onToggleChart, onToggleFilter, onList } = props;
  const selectId = useId();
  const available = fields.filter((f) => !charted.includes(f.dimension));
  return (
    <>
      {withheld.length > 0 && (
        <p className="extra-withheld">
          Not charted while presenter-safe is on: {withheld.join(', ')} — extra columns are
          withheld, because their values may name a case.
        </p>
      )}
      {models.map((model) => (
        <ModelBarChart
          key={model.id}
          model={model}
          showData={showData}
          intervals={intervals}
          onToggle={(id, additive) => onToggleFilter(model.dimension ?? '', id, additive)}
          onList={onList}
          controls={
            <button
              type="button"
              className="remove-chart"
              onClick={() => onToggleChart(model.dimension ?? '')}
            >
              Remove this chart
            </button>
          }
        />
      ))}
      {available.length > 0 && (
        <div className="add-chart">
          <label htmlFor={selectId}>Chart another field</label>{' '}
          <select
            id={selectId}
            value=""
            onChange={(event) => {
              if (event.currentTarget.value) onToggleChart(event.currentTarget.value);
            }}
          >
            <option value="">Choose a field…</option>
            {available.map((f) => (
              <option key={f.dimension} value={f.dimension}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}
