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

/** One entry of an image's colour key: a swatch and what it means. */
export interface ImageLegendEntry {
  label: string;
  fill: string;
  /** Hatched over its fill (inferred codes, counts presenter-safe hides). */
  hatched?: boolean;
  /** A pale swatch drawn with an outline, so it shows on white (no cases). */
  outlined?: boolean;
}

/**
 * A colour key for a chart whose screen legend sits outside its drawing (the map's, in the page
 * beside it): the image draws it under the marks, so a colour in the file still says what it
 * means. Made from the same values the screen legend is.
 */
export interface ImageLegend {
  title: string;
  entries: readonly ImageLegendEntry[];
}

/** What a finished chart image is made from: its model (every word and number) and its drawing. */
export interface ChartImageSource {
  model: ChartModel;
  /** The chart's SVG as drawn on screen (its marks); null draws the words alone. */
  drawing: SVGSVGElement | null;
  /** Its colour key, when the drawing does not hold one. */
  legend?: ImageLegend;
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
  legend: { size: 12.5, line: 22, swatch: 14, swatchGap: 6, entryGap: 18 },
} as const;

/** The hatching of the legend's hatched swatches (as the charts draw it). */
const legendHatchId = 'image-legend-hatch';

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
  { model, drawing, legend, made = new Date() }: ChartImageSource,
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

  let y: number = page.margin;
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
  if (legend && legend.entries.length > 0) {
    y += page.gap;
    write(block([legend.title], page.note, textWidth, measure, chartInk, true));
    y = drawLegendEntries(legend.entries, { add, outer, y, textWidth, measure });
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

/** Where {@link drawLegendEntries} draws, and with what. */
interface LegendCanvas {
  add: (parent: Element, name: string, attributes: Record<string, string | number>) => Element;
  outer: Element;
  /** Top of the first row. */
  y: number;
  textWidth: number;
  measure: TextMeasure;
}

/**
 * The legend's swatches and labels, left to right, wrapping to a new row where the next would
 * pass the text width. Returns the y under the last row.
 */
function drawLegendEntries(
  entries: readonly ImageLegendEntry[],
  { add, outer, y: top, textWidth, measure }: LegendCanvas,
): number {
  const { size, line, swatch, swatchGap, entryGap } = page.legend;
  if (entries.some((e) => e.hatched)) {
    const defs = add(outer, 'defs', {});
    const pattern = add(defs, 'pattern', {
      id: legendHatchId,
      width: 6,
      height: 6,
      patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)',
    });
    add(pattern, 'line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: chartInk, 'stroke-width': 2 });
  }
  let x = 0;
  let y = top;
  for (const entry of entries) {
    const width = swatch + swatchGap + Math.ceil(measure(entry.label, size));
    if (x > 0 && x + width > textWidth) {
      x = 0;
      y += line;
    }
    const swatchY = y + (line - swatch) / 2;
    const box = { x: page.margin + x, y: swatchY, width: swatch, height: swatch };
    add(outer, 'rect', {
      ...box,
      fill: entry.fill,
      ...(entry.outlined ? { stroke: '#AEB4BD', 'stroke-width': 1 } : {}),
    });
    if (entry.hatched) add(outer, 'rect', { ...box, fill: `url(#${legendHatchId})`, opacity: 0.5 });
    const label = add(outer, 'text', {
      x: page.margin + x + swatch + swatchGap,
      y: y + line - Math.round(line * 0.3),
      'font-size': size,
      fill: chartInk,
    });
    label.textContent = entry.label;
    x += width + entryGap;
  }
  return y + line;
}
