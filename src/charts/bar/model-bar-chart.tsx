import { useMemo, type ReactNode } from 'react';
import type { ChartModel, ChartRow } from '../../query/model/chart-model';
import { ChartFrame } from '../../ui/chart-frame';
import { singleSeriesColour } from '../palette';
import { measuredTextWidth } from '../text-measure';
import { useChartWidth } from '../use-chart-width';
import { BarChart } from './bar-chart';
import { barInputsOf, intervalNote, legendFor, type RowColour } from './bar-inputs';
import { layoutBars } from './bar-layout';

/** Props of {@link ModelBarChart}. */
export interface ModelBarChartProps {
  model: ChartModel;
  /** Colour per row where colour carries meaning; `series` then names the colours in the legend. */
  colour?: RowColour;
  series?: ReadonlyArray<{ label: string; colour: string }>;
  controls?: ReactNode;
  notes?: ReactNode;
  showData?: boolean;
  /** Draw each share's 95 % interval (from the model) as a line across its bar's end. */
  intervals?: boolean;
  onToggle?: (categoryId: string, additive: boolean) => void;
  /** A count was clicked: list the cases behind its row. */
  onList?: (row: ChartRow) => void;
}

/**
 * A horizontal bar chart of a model in the shared frame: title, unit and n, legend (colours
 * that mean something, stated against inferred, selected against not), notes, data table and
 * exports, all read from the model.
 */
export function ModelBarChart({
  model,
  colour,
  series,
  controls,
  notes,
  showData,
  intervals = false,
  onToggle,
  onList,
}: ModelBarChartProps) {
  const { ref, width, measured } = useChartWidth<HTMLDivElement>();
  const rows = useMemo(() => barInputsOf(model, colour), [model, colour]);
  const inferred = rows.some((r) => r.inferred > 0);
  const filtered = model.rows.some((r) => r.state !== 'normal');
  // Lines are drawn only where a row has an interval to show (none under a hidden count).
  const lines = intervals && rows.some((r) => r.interval);
  const legend = useMemo(
    () =>
      legendFor({
        series,
        colour: series ? '#5F6670' : singleSeriesColour,
        inferred,
        filtered,
        intervals: lines,
      }),
    [series, inferred, filtered, lines],
  );
  const layout = useMemo(
    () => layoutBars(rows, { width, legend, measure: measuredTextWidth, intervals: lines }),
    [rows, width, legend, lines],
  );
  const byKey = useMemo(() => new Map(model.rows.map((r) => [r.key, r])), [model]);
  return (
    <ChartFrame
      model={model}
      controls={controls}
      notes={
        lines ? (
          <>
            <p>{intervalNote}</p>
            {notes}
          </>
        ) : (
          notes
        )
      }
      showData={showData}
    >
      <div ref={ref}>
        {measured && (
          <BarChart
            layout={layout}
            name={model.title}
            n={model.n.text}
            onToggle={onToggle}
            onList={
              onList &&
              ((bar) => {
                const row = byKey.get(bar.key);
                if (row?.list) onList(row);
              })
            }
          />
        )}
      </div>
    </ChartFrame>
  );
}
