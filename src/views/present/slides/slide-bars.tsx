import { useMemo, useRef } from 'react';
import { measuredTextWidth } from '../../../charts/text-measure';
import type { ChartModel } from '../../../query/model/chart-model';
import { nSentence } from '../../../query/model/export-words';
import { ChartDataTable } from '../../../ui/chart-data-table';
import { BarsDrawing } from './bars-drawing';
import { layoutSlideBars, slideMinFont } from './slide-bars-layout';
import { useBoxSize } from './use-box-size';

/** Props of {@link SlideBars}. */
export interface SlideBarsProps {
  model: ChartModel;
}

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
export function SlideBars({ model }: SlideBarsProps) {
  const box = useRef<HTMLDivElement>(null);
  const size = useBoxSize(box);
  const font = Math.max(slideMinFont, size.fontSize);
  const inferred = model.rows.some((r) => (r.inferred.value ?? 0) > 0);
  const masked = model.rows.some((r) => r.count.hidden !== undefined);
  const notes = slideNotes(model, inferred, masked);
  const layout = useMemo(
    () =>
      size.width > 0
        ? layoutSlideBars(model, size.width, size.height, font, measuredTextWidth)
        : null,
    [model, size.width, size.height, font],
  );
  return (
    <section className="slide-figure slide-bars" aria-label={model.title}>
      <h2 className="slide-figure-title">{model.title}</h2>
      <div ref={box} className="slide-plot">
        {layout && <BarsDrawing layout={layout} title={model.title} />}
      </div>
      <p className="slide-figure-notes">
        {notes.join(' ')}
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
