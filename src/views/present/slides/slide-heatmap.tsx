import { useMemo, useRef } from 'react';
import { useFittedRows } from './use-fitted-rows';
import { measuredTextWidth, wrapText } from '../../../charts/text-measure';
import { slideMinFont } from './slide-bars-layout';
import type { HeatmapSubject } from './slide-subject';
import { useBoxSize } from './use-box-size';

/** Props of {@link SlideHeatmap}. */
export interface SlideHeatmapProps {
  title: string;
  heatmap: HeatmapSubject;
}

/** Cell colours by count: none, one, two or more learning items (dark enough to project). */
function cellStyle(count: number): { background: string; color: string } {
  if (count <= 0) return { background: '#f0f0f0', color: '#262626' };
  if (count === 1) return { background: '#9cc3e6', color: '#000000' };
  return { background: '#00306b', color: '#ffffff' };
}

/**
 * How many themes fit legibly across the slide: as many (most learning items first) as have room
 * for their names, bold, in three lines at the slide's text size, beside the cases' names. The
 * cases that fit down the slide are measured once drawn (see {@link SlideHeatmap}).
 */
export function heatmapFit(
  heatmap: HeatmapSubject,
  width: number,
  font: number,
): { caseWidth: number; columnWidths: number[] } {
  const widestCase = Math.max(
    font * 4,
    ...heatmap.rows.map((r) => measuredTextWidth(r.label, font, true)),
  );
  const caseWidth = Math.min(Math.ceil(widestCase) + font, Math.floor(width * 0.38));
  // The cells stand apart by 0.15 em (slides.css): that space is not the columns'.
  const spacing = font * 0.15;
  const room = width - caseWidth - 2 * spacing - 2;
  const columnWidths: number[] = [];
  let used = 0;
  for (const theme of heatmap.themes) {
    // The narrowest column that holds the name in three lines, no word cut (and a count).
    const fits = (column: number) => {
      const lines = wrapText(theme.label, column - font, font, {
        bold: true,
        maxLines: 4,
        measure: measuredTextWidth,
      });
      return (
        lines.length <= 3 &&
        lines.every((line) => measuredTextWidth(line, font, true) <= column - font)
      );
    };
    let column = font * 3;
    while (column < room && !fits(column)) column += font / 2;
    if (used + column + spacing > room && columnWidths.length > 0) break;
    used += column + spacing;
    columnWidths.push(Math.min(column, room));
  }
  // Share out what is left, so the table spans the slide.
  const spare = columnWidths.length > 0 ? (room - used) / columnWidths.length : 0;
  return { caseWidth, columnWidths: columnWidths.map((w) => Math.floor(w + Math.max(0, spare))) };
}

/**
 * The Themes by case matrix as a slide: the cases and themes that fit at the slide's text size
 * (the themes with most learning items, the cases in the view's order), each cell its count, and
 * how many themes and cases are left for the handout.
 */
export function SlideHeatmap({ title, heatmap }: SlideHeatmapProps) {
  const box = useRef<HTMLDivElement>(null);
  const size = useBoxSize(box);
  const font = Math.max(slideMinFont, size.fontSize);
  const fit = useMemo(
    () => (size.width > 0 ? heatmapFit(heatmap, size.width, font) : null),
    [heatmap, size.width, font],
  );
  // The cases that fit down the slide above the totals row, measured once the table is drawn.
  const table = useRef<HTMLTableElement>(null);
  const key = `${size.width}x${size.height}:${fit?.columnWidths.length}`;
  // What comes below the last row counts too: the totals row and the border spacing.
  const rowCount = useFittedRows(key, fit !== null, box, table, true);
  const themes = heatmap.themes.slice(0, fit?.columnWidths.length ?? 0);
  const rows = rowCount === null ? heatmap.rows : heatmap.rows.slice(0, rowCount);
  const moreThemes = heatmap.themes.length - themes.length;
  // While the rows are measured, the note says the most it can ("and 11 more cases"), so that
  // the note never grows once they are cut, which would push the last row out of the slide.
  const moreCases = rowCount === null ? heatmap.rows.length : heatmap.rows.length - rows.length;
  const more = [
    moreThemes > 0 ? `${moreThemes} more ${moreThemes === 1 ? 'theme' : 'themes'}` : '',
    moreCases > 0 ? `${moreCases} more ${moreCases === 1 ? 'case' : 'cases'}` : '',
  ].filter((part) => part !== '');
  return (
    <section className="slide-figure slide-heatmap" aria-label={title}>
      <h2 className="slide-figure-title">{title}</h2>
      <div ref={box} className="slide-plot">
        {fit && (
          <table ref={table} className="slide-matrix" data-fitted={rowCount !== null}>
            <caption className="visually-hidden">
              {title}: learning items per case and theme
            </caption>
            <colgroup>
              <col style={{ width: fit.caseWidth }} />
              {themes.map((t, i) => (
                <col key={t.id} style={{ width: fit.columnWidths[i] }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Case</th>
                {themes.map((t) => (
                  <th scope="col" key={t.id}>
                    {t.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {themes.map((t, i) => {
                    const count = row.cells[i] ?? 0;
                    return (
                      <td key={t.id} style={cellStyle(count)}>
                        {count > 0 ? count : ''}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Items naming no case</th>
                {themes.map((t, i) => (
                  <td key={t.id}>{heatmap.unnamed[i] ?? 0}</td>
                ))}
              </tr>
            </tfoot>
          </table>
        )}
      </div>
      <p className="slide-figure-notes">
        Each cell counts the learning items that name the case, on the theme. {heatmap.base}.
        {more.length > 0 && (
          <>
            {' '}
            <strong>And {more.join(' and ')}: the handout has them.</strong>
          </>
        )}
      </p>
    </section>
  );
}
