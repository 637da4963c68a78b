import { chartInk, chartInkMuted } from '../palette';
import { chartFontFamily, measuredTextWidth, type TextMeasure } from '../text-measure';
import type { CoOccurrenceLayout } from './co-occurrence-layout';

const svgNamespace = 'http://www.w3.org/2000/svg';
const font = 12;
const cellHeight = 26;
const gap = 2;
const legendSwatch = 12;

/**
 * The matrix as an SVG drawing for the image exports (PNG, SVG, copy, evidence pack), from the
 * same layout the grid draws: every theme numbered and named down the side, the columns by
 * number, each cell in its colour with its text (hidden counts as masking wrote them), the
 * diagonal dashed, and the legend below. The screen shows the grid, which is HTML; this drawing
 * exists only in the file, so nothing is read from the page.
 */
export function coOccurrenceDrawing(
  layout: CoOccurrenceLayout,
  measure: TextMeasure = measuredTextWidth,
): SVGSVGElement {
  const svg = document.createElementNS(svgNamespace, 'svg');
  const add = (parent: Element, name: string, attributes: Record<string, string | number>) => {
    const element = document.createElementNS(svgNamespace, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    parent.append(element);
    return element;
  };
  const text = (content: string, attributes: Record<string, string | number>) => {
    const element = add(svg, 'text', {
      'font-family': chartFontFamily,
      'font-size': font,
      fill: chartInk,
      ...attributes,
    });
    element.textContent = content;
    return element;
  };
  const names = layout.themes.map((t) => `${t.number}  ${t.label}`);
  const labelWidth = Math.ceil(Math.max(60, ...names.map((n) => measure(n, font, true)))) + 10;
  const cellWidth = Math.ceil(
    Math.max(34, ...layout.cells.map((c) => measure(c.text, font, true) + 12)),
  );
  const top = cellHeight;
  const size = layout.themes.length;
  layout.themes.forEach((theme, i) => {
    const x = labelWidth + i * (cellWidth + gap) + cellWidth / 2;
    text(String(theme.number), { x, y: top - 8, 'text-anchor': 'middle', 'font-weight': 700 });
    text(names[i] ?? '', { x: 0, y: top + i * (cellHeight + gap) + cellHeight / 2 + 4 });
  });
  for (const cell of layout.cells) {
    const x = labelWidth + cell.column * (cellWidth + gap);
    const y = top + cell.row * (cellHeight + gap);
    add(svg, 'rect', {
      x,
      y,
      width: cellWidth,
      height: cellHeight,
      fill: cell.fill,
      ...(cell.diagonal ? { stroke: chartInk, 'stroke-dasharray': '3 2' } : {}),
    });
    text(cell.text, {
      x: x + cellWidth / 2,
      y: y + cellHeight / 2 + 4,
      'text-anchor': 'middle',
      fill: cell.ink,
      'font-weight': cell.diagonal ? 700 : 400,
    });
  }
  // The legend: its title, then a swatch and label per class, wrapped to the matrix's width.
  const width = labelWidth + size * (cellWidth + gap);
  let x = 0;
  let y = top + size * (cellHeight + gap) + 18;
  const title = `${layout.legendTitle}:`;
  text(title, { x, y, 'font-weight': 700 });
  x += measure(title, font, true) + 8;
  const entries = [
    ...layout.legend.map((e) => ({ fill: e.fill, label: e.label })),
    { fill: 'none', label: 'dashed: the diagonal (cases with the theme)' },
  ];
  for (const entry of entries) {
    const room = (entry.fill === 'none' ? 0 : legendSwatch + 4) + measure(entry.label, font) + 12;
    if (x > 0 && x + room > width) {
      x = 0;
      y += 20;
    }
    if (entry.fill !== 'none') {
      add(svg, 'rect', {
        x,
        y: y - legendSwatch + 2,
        width: legendSwatch,
        height: legendSwatch,
        fill: entry.fill,
        stroke: chartInkMuted,
      });
      x += legendSwatch + 4;
    }
    text(entry.label, { x, y });
    x += measure(entry.label, font) + 12;
  }
  const height = y + 8;
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return svg;
}
