import { useMemo, type ReactNode } from 'react';
import type { DimensionCounts } from '../../query/aggregate';
import { singleSeriesColour } from '../palette';
import { barInputsFor, inferredNote, inferredTotal, legendFor, unitLine } from './bar-inputs';
import type { BarInput, BarRow } from './bar-layout';
import { CategoryChart } from './category-chart';

/** What every chart of one dimension receives from its view. */
export interface DimensionChartData {
  /** Counts under the chart's crossfilter selection (every filter but its own dimension's). */
  counts: DimensionCounts;
  /** Counts in the whole dataset: fix the bars' order and say whether the field is present. */
  reference: ReadonlyMap<string, number>;
  /** The number of cases in the whole dataset. */
  all: number;
  /** The categories chosen in this dimension's filter. */
  chosen: readonly string[];
  showData?: boolean;
  /** Presenter-safe's threshold k while it is on: counts below it are shown as "< k". */
  hideBelow?: number;
  onToggle?: (categoryId: string, additive: boolean) => void;
  onList?: (row: BarRow) => void;
}

/** Props of {@link DimensionChart}. */
export interface DimensionChartProps extends DimensionChartData {
  title: string;
  labelHeader: string;
  /** What a value of the dimension is called, plural: "contact routes", "forces". */
  noun: string;
  order: 'count' | 'codebook';
  /** Colour per category, when colour carries meaning; `series` then names it in the legend. */
  colour?: (categoryId: string) => string;
  series?: ReadonlyArray<{ label: string; colour: string }>;
  /** Rows drawn instead of one bar per category (e.g. grouped sub-categories). */
  rows?: readonly BarInput[];
  groupColumn?: { header: string; valueOf: (row: BarInput) => string };
  unitExtra?: string;
  notes?: ReactNode;
  controls?: ReactNode;
  emptyMessage?: string;
}

/**
 * A bar chart of one dimension with everything the Overview's charts share: unit and n, legend,
 * the inferred-values footnote, and the empty states (the field is absent from the dataset, or
 * the filters leave no case).
 */
export function DimensionChart(props: DimensionChartProps) {
  const { counts, reference, all, chosen, order, colour, series, title, noun, hideBelow } = props;
  const rows = useMemo(
    () =>
      props.rows ??
      barInputsFor(counts, {
        chosen,
        order,
        reference,
        colour: colour ?? singleSeriesColour,
        hideBelow,
      }),
    [props.rows, counts, chosen, order, reference, colour, hideBelow],
  );
  const inferred = inferredTotal(rows) > 0;
  const filtered = chosen.length > 0;
  const legendColour = series ? '#5F6670' : singleSeriesColour;
  const legend = useMemo(
    () => legendFor({ series, colour: legendColour, inferred, filtered }),
    [series, legendColour, inferred, filtered],
  );
  const absent = [...reference.values()].every((v) => v === 0);
  const note = inferredNote(rows, counts.total, noun, hideBelow);
  return (
    <CategoryChart
      title={title}
      labelHeader={props.labelHeader}
      unit={unitLine(counts.total, all, props.unitExtra, hideBelow)}
      rows={rows}
      denominator={counts.total}
      legend={legend}
      notes={
        note || props.notes ? (
          <>
            {note && <p>{note}</p>}
            {props.notes}
          </>
        ) : undefined
      }
      controls={props.controls}
      emptyMessage={props.emptyMessage ?? (absent ? `No ${noun} in this dataset.` : undefined)}
      showData={props.showData}
      groupColumn={props.groupColumn}
      hideBelow={hideBelow}
      onToggle={props.onToggle}
      onList={props.onList}
    />
  );
}
