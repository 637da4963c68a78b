import { meaningColour, singleSeriesColour } from '../../../charts/palette';
import type { ChartModel, ChartRow } from '../../../query/model/chart-model';
import { ChartDataTable } from '../../../ui/chart-data-table';

/** Props of {@link SlideHeadline}. */
export interface SlideHeadlineProps {
  model: ChartModel;
  /** Drawn inside a figure that names it (the handout): no region or title of its own. */
  within?: boolean;
}

/** A figure's share line: of the cases in view (outcomes); none for distinct counts. */
function shareLine(row: ChartRow, filtered: boolean): string {
  if (row.share.value === null || row.share.hidden || row.kind === 'distinct') return '';
  if (row.key === 'cases') return filtered ? `${row.share.text} of all cases` : '';
  return `${row.share.text} of cases${filtered ? ' in view' : ''}`;
}

/**
 * The headline figures as a slide that fills the screen: one large tile per figure (cases,
 * deaths, significant harm, forces, regions), "of 11" under filters, the share beneath; figures
 * the model hides read as it says ("< 5").
 */
export function SlideHeadline({ model, within = false }: SlideHeadlineProps) {
  const filtered = model.filters !== '';
  const tiles = (
    <ul className="slide-tiles">
      {model.rows.map((row) => {
        const total = row.extra?.[0];
        const share = shareLine(row, filtered);
        return (
          <li
            key={row.key}
            className="slide-tile"
            style={{
              borderLeftColor: row.meaning ? meaningColour(row.meaning) : singleSeriesColour,
            }}
          >
            <span className="slide-tile-value">
              {row.count.text}
              {filtered && total && <span className="slide-tile-of"> of {total.text}</span>}
            </span>
            <span className="slide-tile-label">{row.label}</span>
            {share && <span className="slide-tile-share">{share}</span>}
          </li>
        );
      })}
    </ul>
  );
  if (within)
    return (
      <div className="slide-figure slide-headline">
        {tiles}
        <ChartDataTable model={model} hidden />
      </div>
    );
  return (
    <section className="slide-figure slide-headline" aria-label={model.title}>
      <h2 className="slide-figure-title">{model.title}</h2>
      {tiles}
      <ChartDataTable model={model} hidden />
    </section>
  );
}
