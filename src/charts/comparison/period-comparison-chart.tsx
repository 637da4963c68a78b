import { useMemo } from 'react';
import type { ChartModel } from '../../query/model/chart-model';
import { BarChart } from '../bar/bar-chart';
import { intervalLegendItem } from '../bar/bar-inputs';
import { layoutBars } from '../bar/bar-layout';
import { measuredTextWidth } from '../text-measure';
import { useChartWidth } from '../use-chart-width';
import { comparisonBarInputs, comparisonLegend } from './comparison-inputs';

/** Props of {@link PeriodComparisonChart}. */
export interface PeriodComparisonChartProps {
  /** The comparison's model: rows in pairs per category, the earlier period first. */
  model: ChartModel;
  fromLabel: string;
  /** The later period: its id (to tell its rows) and label. */
  toId: string;
  toLabel: string;
  /** Draw each share's 95 % interval (from the model) as a line. */
  intervals: boolean;
}

/**
 * Two periods compared as bars of each period's share of its cases coded (one scale, 0 to 100 %,
 * since the periods' bases differ), a heading per category; on request each share's 95 % interval
 * as a line. Drawn from the comparison's model; its table beside it carries every number.
 */
export function PeriodComparisonChart(props: PeriodComparisonChartProps) {
  const { model, fromLabel, toId, toLabel, intervals } = props;
  const { ref, width, measured } = useChartWidth<HTMLDivElement>();
  const inputs = useMemo(() => comparisonBarInputs(model, toId), [model, toId]);
  const lines = intervals && inputs.some((i) => i.interval);
  const layout = useMemo(
    () =>
      layoutBars(inputs, {
        width,
        scale: 'share',
        headingsAcross: true,
        intervals: lines,
        measure: measuredTextWidth,
        legend: [...comparisonLegend(fromLabel, toLabel), ...(lines ? [intervalLegendItem] : [])],
      }),
    [inputs, width, lines, fromLabel, toLabel],
  );
  return (
    <div ref={ref} className="comparison-chart">
      {measured && <BarChart layout={layout} name={model.title} n={model.n.text} />}
    </div>
  );
}
