import { chartInk, chartInkMuted } from '../charts/palette';
import {
  chartFontFamily,
  measuredTextWidth,
  wrapText,
  type TextMeasure,
} from '../charts/text-measure';
import type { ChartModel } from '../query/model/chart-model';
import { exportWords } from '../query/model/export-words';

const svgNamespace = 'http://www.w3.org/2000/svg';

/** What a finished chart image is made from: its model (every word and number) and its drawing. */
export interface ChartImageSource {
  model: ChartModel;
  /** The chart's SVG as drawn on screen (its marks); null draws the words alone. */
  drawing: SVGSVGElement | null;
  /** When the file is made (today by default): the image says so. */
  made?: Date;
}

/** A standalone SVG document and its size in CSS pixels. */
export interface ChartImage {
  markup: string;
  width: number;
  height: number;
}

/** Sizes of the finished image, in CSS pixels (a PNG at 2× doubles them). */
const page = {
  margin: 24,
  /** Narrower charts get this much room for their words, so a title does not wrap every word. */
  minTextWidth: 480,
  title: { size: 20, line: 26 },
  subtitle: { size: 14, line: 19 },
  note: { size: 12.5, line: 17 },
  source: { size: 12, line: 16 },
  gap: 14,
} as const;

/** Attributes that make a drawing interactive: a file has nothing to click or tab to. */
const decorationAttributes = ['text-decoration', 'cursor', 'tabindex', 'role', 'focusable'];

/**
 * The drawn area of a chart, including labels that spill past its declared width (the screen
 * lets them show; a file would cut them off): the union of its size and its content's box.
 */
function drawnBox(svg: SVGSVGElement): { x: number; y: number; width: number; height: number } {
  // Read from the attributes the charts set (jsdom has no SVG length objects).
  const view = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const [x0 = 0, y0 = 0, viewWidth = 0, viewHeight = 0] = view.length === 4 ? view : [];
  const width = parseFloat(svg.getAttribute('width') ?? '') || viewWidth || svg.clientWidth || 640;
  const height =
    parseFloat(svg.getAttribute('height') ?? '') || viewHeight || svg.clientHeight || 400;
  // jsdom has no layout, so no getBBox: there the declared size is all there is.
  if (typeof svg.getBBox !== 'function') return { x: x0, y: y0, width, height };
  const content = svg.getBBox();
  const left = Math.min(x0, Math.floor(content.x) - 2);
  const top = Math.min(y0, Math.floor(content.y) - 2);
  const right = Math.max(x0 + width, Math.ceil(content.x + content.width) + 2);
  const bottom = Math.max(y0 + height, Math.ceil(content.y + content.height) + 2);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * A copy of a chart's drawing fit for a file: no focus rings, hover grounds or link underlines,
 * no roles or tab stops, link-coloured counts in ink; its view box grown to hold every label.
 */
export function cleanDrawing(svg: SVGSVGElement): {
  element: SVGSVGElement;
  width: number;
  height: number;
} {
  const box = drawnBox(svg);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const ring of copy.querySelectorAll('.focus-ring')) ring.remove();
  for (const element of [copy, ...copy.querySelectorAll('*')]) {
    if (element.getAttribute('text-decoration')) element.setAttribute('fill', chartInk);
    for (const name of decorationAttributes) element.removeAttribute(name);
    for (const { name } of [...element.attributes])
      if (name.startsWith('aria-') || name.startsWith('data-') || name === 'class')
        element.removeAttribute(name);
  }
  copy.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
  copy.setAttribute('width', String(box.width));
  copy.setAttribute('height', String(box.height));
  copy.setAttribute('overflow', 'visible');
  return { element: copy, width: box.width, height: box.height };
}

/** A block of wrapped lines in one style. */
interface TextBlock {
  lines: string[];
  size: number;
  line: number;
  bold?: boolean;
  colour: string;
}

function block(
  texts: readonly string[],
  style: { size: number; line: number },
  width: number,
  measure: TextMeasure,
  colour: string,
  bold = false,
): TextBlock {
  const lines = texts.flatMap((text) =>
    wrapText(text, width, style.size, { bold, maxLines: 50, measure }),
  );
  return { lines, size: style.size, line: style.line, bold, colour };
}

/**
 * A chart as a finished image, as a publication prints it: title; the filters and n (and n
 * coded) beneath; the drawing with every label whole; the chart's notes; the source and the date
 * made; margins all round on white. Every word comes from the model (presenter-safe masks it);
 * the drawing gives only the marks.
 */
export function composeChartImage(
  { model, drawing, made = new Date() }: ChartImageSource,
  measure: TextMeasure = measuredTextWidth,
): ChartImage {
  const words = exportWords(model, made);
  const chart = drawing ? cleanDrawing(drawing) : null;
  const textWidth = Math.max(page.minTextWidth, Math.ceil(chart?.width ?? 0));
  const width = textWidth + 2 * page.margin;
  const title = block([words.title], page.title, textWidth, measure, chartInk, true);
  const subtitle = block([words.filters, words.base], page.subtitle, textWidth, measure, chartInk);
  const notes = block(words.notes, page.note, textWidth, measure, chartInkMuted);
  const footer = block([words.source, words.made], page.source, textWidth, measure, chartInkMuted);

  const outer = document.createElementNS(svgNamespace, 'svg');
  const add = (parent: Element, name: string, attributes: Record<string, string | number>) => {
    const element = document.createElementNS(svgNamespace, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    parent.append(element);
    return element;
  };
  const titleElement = add(outer, 'title', {});
  titleElement.textContent = words.title;
  const description = add(outer, 'desc', {});
  description.textContent = [words.filters, words.base, ...words.notes, words.source].join(' ');
  add(outer, 'rect', { width: '100%', height: '100%', fill: '#ffffff' });

  let y = page.margin;
  const write = (text: TextBlock) => {
    for (const line of text.lines) {
      // The baseline sits about a fifth of the line height above the line's bottom.
      const element = add(outer, 'text', {
        x: page.margin,
        y: y + text.line - Math.round(text.line * 0.25),
        'font-size': text.size,
        'font-weight': text.bold ? 700 : 400,
        fill: text.colour,
      });
      element.textContent = line;
      y += text.line;
    }
  };
  write(title);
  y += 4;
  write(subtitle);
  if (chart) {
    y += page.gap;
    chart.element.setAttribute('x', String(page.margin));
    chart.element.setAttribute('y', String(y));
    outer.append(chart.element);
    y += chart.height;
  }
  if (notes.lines.length > 0) {
    y += page.gap;
    write(notes);
  }
  y += notes.lines.length > 0 ? 8 : page.gap;
  write(footer);
  const height = Math.ceil(y + page.margin);

  outer.setAttribute('width', String(width));
  outer.setAttribute('height', String(height));
  outer.setAttribute('viewBox', `0 0 ${width} ${height}`);
  outer.setAttribute('font-family', chartFontFamily);
  outer.setAttribute('role', 'img');
  outer.setAttribute('aria-label', words.title);
  return { markup: new XMLSerializer().serializeToString(outer), width, height };
}
