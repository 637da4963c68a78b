import { useMemo, useRef } from 'react';
import { useFittedRows } from './use-fitted-rows';
import {
  layoutCoOccurrence,
  type CoOccurrenceLayout,
  type MatrixCell,
} from '../../../charts/co-occurrence/co-occurrence-layout';
import { CoOccurrencePairsTable } from '../../../charts/co-occurrence/co-occurrence-pairs-table';
import { measuredTextWidth } from '../../../charts/text-measure';
import type { CoOccurrenceMeasure } from '../../../query/co-occurrence';
import type { ChartModel } from '../../../query/model/chart-model';
import { nSentence } from '../../../query/model/export-words';
import { coOccurrenceTable } from '../../../query/model/co-occurrence-model';
import { slideMinFont } from './slide-bars-layout';
import { useBoxSize } from './use-box-size';

/** Props of {@link SlideCoOccurrence}. */
export interface SlideCoOccurrenceProps {
  model: ChartModel;
  measure: CoOccurrenceMeasure;
}

/** What each cell holds, in a line a room can read. */
const cellWords: Readonly<Record<CoOccurrenceMeasure, string>> = {
  count: 'Each cell counts the cases with both themes; the diagonal, the cases with the theme.',
  jaccard:
    'Each cell: Jaccard, the cases with both themes ÷ the cases with either (1 = always together).',
  lift: 'Each cell: lift (1 = together as often as chance; above 1, more often).',
  'observed-expected':
    'Each cell: the cases with both themes ÷ the number expected by chance (1 = as often as chance).',
};

/**
 * The themes the slide has room for, `count` of them: those with the most cases (the diagonal;
 * a hidden count between none and those shown), shown in the matrix's own order.
 */
export function slideThemes(layout: CoOccurrenceLayout, count: number): number[] {
  const diagonal = (i: number) => layout.cells.find((c) => c.row === i && c.diagonal);
  // A hidden count is above 0 and below k: it ranks between the themes with none and those
  // shown, all hidden ones alike (their order is the matrix's, so it tells nothing).
  const value = (i: number) => {
    const cell = diagonal(i);
    if (cell?.hidden) return 0.5;
    return cell?.pair.count.value ?? -1;
  };
  return layout.themes
    .map((_, i) => i)
    .sort((a, b) => value(b) - value(a) || a - b)
    .slice(0, count)
    .sort((a, b) => a - b);
}

/**
 * How many themes fit across: the themes' names (numbered) in a column of their own, at most
 * 45 % of the width, each further column as wide as its widest cell.
 */
export function coOccurrenceFit(
  layout: CoOccurrenceLayout,
  width: number,
  font: number,
): { labelWidth: number; cellWidth: number; columns: number } {
  const widestLabel = Math.max(
    ...layout.themes.map((t) => measuredTextWidth(`${t.number}  ${t.label}`, font, true)),
    font * 4,
  );
  const labelWidth = Math.min(Math.ceil(widestLabel) + font, Math.floor(width * 0.45));
  const widestCell = Math.max(
    ...layout.cells.map((c) => measuredTextWidth(c.text, font, true)),
    measuredTextWidth(String(layout.themes.length), font, true),
  );
  const cellWidth = Math.ceil(Math.max(widestCell + font, font * 2.2));
  const spacing = font * 0.15;
  const columns = Math.max(1, Math.floor((width - labelWidth - spacing) / (cellWidth + spacing)));
  return { labelWidth, cellWidth, columns: Math.min(columns, layout.themes.length) };
}

/**
 * Theme co-occurrence on a projector: a square of the themes that fit legibly at the slide's text
 * size (the most frequent, in the matrix's order), the columns numbered as the rows, each cell its
 * measure, and how many themes are left for the handout. Nothing to hover or click.
 */
export function SlideCoOccurrence({ model, measure }: SlideCoOccurrenceProps) {
  const box = useRef<HTMLDivElement>(null);
  // Sized by the whole figure, which the notes below do not change: a "more" line appearing
  // after the rows are measured must not start the measuring again.
  const figure = useRef<HTMLElement>(null);
  const size = useBoxSize(figure);
  const font = Math.max(slideMinFont, size.fontSize);
  const layout = useMemo(() => layoutCoOccurrence(model, measure), [model, measure]);
  const fit = useMemo(
    () => (size.width > 0 ? coOccurrenceFit(layout, size.width, font) : null),
    [layout, size.width, font],
  );
  // The rows that fit down the slide, measured once the table is drawn with as many as fit across.
  const table = useRef<HTMLTableElement>(null);
  const key = `${size.width}x${size.height}:${fit?.columns}:${layout.themes.length}`;
  const rowCount = useFittedRows(key, fit !== null, box, table);
  const count = Math.min(fit?.columns ?? 0, rowCount ?? layout.themes.length);
  const shown = slideThemes(layout, count);
  // While measuring, the notes hold the longest "more" line they can, so the rows measured fit
  // above the line they end with.
  const measuring = rowCount === null && (fit?.columns ?? 0) > 1;
  const cellAt = new Map<string, MatrixCell>(layout.cells.map((c) => [`${c.row},${c.column}`, c]));
  const more = layout.themes.length - shown.length;
  const notes = [
    cellWords[measure],
    `${nSentence(model)}.`,
    ...(model.maskedBelow === undefined
      ? []
      : [`Grey: hidden by presenter-safe (counts under ${model.maskedBelow}).`]),
  ];
  return (
    <section ref={figure} className="slide-figure slide-co-occurrence" aria-label={model.title}>
      <h2 className="slide-figure-title">{model.title}</h2>
      <div ref={box} className="slide-plot">
        {fit && (
          <table ref={table} className="slide-matrix" data-fitted={rowCount !== null}>
            <caption className="visually-hidden">{model.title}: the themes that fit</caption>
            <colgroup>
              <col style={{ width: fit.labelWidth }} />
              {shown.map((i) => (
                <col key={i} style={{ width: fit.cellWidth }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Theme</th>
                {shown.map((i, place) => (
                  <th scope="col" key={i} className="slide-matrix-number">
                    {place + 1}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((row, place) => (
                <tr key={row}>
                  <th scope="row" className="slide-matrix-theme">
                    <span className="slide-matrix-key">{place + 1}</span>{' '}
                    {layout.themes[row]?.label}
                  </th>
                  {shown.map((column) => {
                    const cell = cellAt.get(`${row},${column}`);
                    return (
                      <td
                        key={column}
                        className={cell?.diagonal ? 'slide-matrix-diagonal' : undefined}
                        style={cell ? { background: cell.fill, color: cell.ink } : undefined}
                      >
                        {cell?.text ?? ''}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <p className="slide-figure-notes">
        {notes.join(' ')}
        {(measuring || more > 0) && (
          <>
            {' '}
            <strong style={measuring ? { visibility: 'hidden' } : undefined}>
              And {measuring ? layout.themes.length - 1 : more} more{' '}
              {!measuring && more === 1 ? 'theme' : 'themes'}: the handout has the whole matrix.
            </strong>
          </>
        )}
      </p>
      <PairTable model={model} />
    </section>
  );
}

/** Every pair as the contract's table has it (theme A, theme B, cases with both, measure, …), for screen readers. */
function PairTable({ model }: { model: ChartModel }) {
  const table = useMemo(() => coOccurrenceTable(model), [model]);
  return (
    <div className="visually-hidden">
      <CoOccurrencePairsTable model={model} table={table} />
    </div>
  );
}
