import { useMemo, useRef } from 'react';
import { intervalLegendLabel } from '../../../charts/bar/bar-inputs';
import { WhiskerLine } from '../../../charts/bar/whisker-line';
import { chartInk } from '../../../charts/palette';
import { measuredTextWidth } from '../../../charts/text-measure';
import type { ChartModel } from '../../../query/model/chart-model';
import { nSentence } from '../../../query/model/export-words';
import { ChartDataTable } from '../../../ui/chart-data-table';
import { BarsDrawing, intervalWeight } from './bars-drawing';
import { layoutSlideBars, slideMinFont } from './slide-bars-layout';
import { useBoxSize } from './use-box-size';

/** Props of {@link SlideBars}. */
export interface SlideBarsProps {
  model: ChartModel;
  /** Draw each share's 95 % interval from the model (the slide was saved with them on). */
  intervals?: boolean;
}

/** What the lines on a projector chart or its handout page are, while they are drawn. */
export const slideIntervalNote = `${intervalLegendLabel} (Wilson) of the percentages.`;

/** The words under a projector chart: n, and what a reader must know to read the bars. */
export function slideNotes(model: ChartModel, inferred: boolean, masked: boolean): string[] {
  const notes = [`${nSentence(model)}.`];
  if (inferred) notes.push('Hatched: inferred by the analyst from the narrative.');
  if (masked) notes.push('Dashed: a count hidden by presenter-safe (not to scale).');
  if (model.overlapping && model.dimension)
    notes.push(`A case can have several ${model.noun}, so the bars do not sum to n.`);
  return notes;
}

/**
 * A chart model as a projector slide: a bar chart laid out for the room the slide gives it, every
 * label and value directly on the chart at the slide's text size (at least 24 px), nothing to
 * hover or click. What does not fit is counted, not squeezed. The data table is there for screen
 * readers.
 */
export function SlideBars({ model, intervals = false }: SlideBarsProps) {
  const box = useRef<HTMLDivElement>(null);
  const size = useBoxSize(box);
  const font = Math.max(slideMinFont, size.fontSize);
  const inferred = model.rows.some((r) => (r.inferred.value ?? 0) > 0);
  const masked = model.rows.some((r) => r.count.hidden !== undefined);
  const notes = slideNotes(model, inferred, masked);
  const layout = useMemo(
    () =>
      size.width > 0
        ? layoutSlideBars(model, size.width, size.height, font, measuredTextWidth, { intervals })
        : null,
    [model, size.width, size.height, font, intervals],
  );
  return (
    <section className="slide-figure slide-bars" aria-label={model.title}>
      <h2 className="slide-figure-title">{model.title}</h2>
      <div ref={box} className="slide-plot">
        {layout && <BarsDrawing layout={layout} title={model.title} />}
      </div>
      <p className="slide-figure-notes">
        {notes.join(' ')}
        {layout?.intervals && (
          <span className="slide-interval-key">
            {' '}
            {/* The line as drawn, then its words: the key to the lines on the chart. */}
            <svg width="1.4em" height="1em" viewBox="0 0 28 20" aria-hidden="true">
              <WhiskerLine
                whisker={{ x1: 3, x2: 25, y: 10, cap: 7 }}
                colour={chartInk}
                weight={intervalWeight(slideMinFont)}
              />
            </svg>{' '}
            {slideIntervalNote}
          </span>
        )}
        {layout && layout.more > 0 && (
          <>
            {' '}
            <strong>
              And {layout.more} more {layout.more === 1 ? 'row' : 'rows'} with smaller counts: the
              handout has every row.
            </strong>
          </>
        )}
      </p>
      <ChartDataTable model={model} hidden />
    </section>
  );
}
