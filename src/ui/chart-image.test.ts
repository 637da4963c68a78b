import { describe, expect, it } from 'vitest';
import { bundledModel, filtersOf, primaryMasked } from '../../tests/unit/chart-models';
import { cleanDrawing, composeChartImage } from './chart-image';

const made = new Date(2025, 4, 5, 12);
const ns = 'http://www.w3.org/2000/svg';

/** A drawing as a chart leaves it on screen: a bar button with its focus ring and a count link. */
function drawing(): SVGSVGElement {
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '300');
  svg.setAttribute('height', '120');
  svg.setAttribute('viewBox', '0 0 300 120');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', 'Initial police contact');
  const button = document.createElementNS(ns, 'g');
  button.setAttribute('role', 'button');
  button.setAttribute('tabindex', '0');
  button.setAttribute('class', 'bar-button');
  const ring = document.createElementNS(ns, 'rect');
  ring.setAttribute('class', 'focus-ring');
  const bar = document.createElementNS(ns, 'rect');
  bar.setAttribute('width', '120');
  bar.setAttribute('fill', '#2F6B9A');
  const count = document.createElementNS(ns, 'text');
  count.setAttribute('text-decoration', 'underline');
  count.setAttribute('fill', '#1D4E89');
  count.textContent = '4 (36%)';
  button.append(ring, bar, count);
  svg.append(button);
  return svg;
}

/** The text lines of an image, in order. */
function texts(markup: string): string[] {
  return children(markup, 'text').map((t) => t.textContent ?? '');
}

/** The elements of a name at the top level of an image. */
function children(markup: string, name: string): Element[] {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  return [...doc.documentElement.children].filter((e) => e.localName === name);
}

describe('composeChartImage', () => {
  const model = bundledModel('overview.contactRoute', filtersOf(['outcome', ['death']]));

  it('draws a colour key given apart from the drawing under the marks: title, swatches, labels', () => {
    const legend = {
      title: 'Cases',
      entries: [
        { label: '0', fill: '#F4F6F8', outlined: true },
        { label: '1–2', fill: '#9DC3E6' },
        { label: '3–4', fill: '#2F6B9A' },
        { label: 'Hidden (< 5)', fill: '#D0D4DA', hatched: true },
      ],
    };
    const { markup } = composeChartImage({ model, drawing: drawing(), legend, made });
    const lines = texts(markup);
    const at = lines.indexOf('Cases');
    expect(at).toBeGreaterThan(2);
    expect(lines.slice(at, at + 5)).toEqual(['Cases', '0', '1–2', '3–4', 'Hidden (< 5)']);
    // Under the drawing, above the notes.
    expect(lines.findIndex((l) => l.startsWith('Small base'))).toBeGreaterThan(at + 4);
    const swatches = children(markup, 'rect').slice(1);
    expect(swatches.map((r) => r.getAttribute('fill'))).toEqual([
      '#F4F6F8',
      '#9DC3E6',
      '#2F6B9A',
      '#D0D4DA',
      'url(#image-legend-hatch)',
    ]);
    expect(swatches[0]?.getAttribute('stroke')).not.toBeNull();
    expect(markup).toMatch(/<pattern [^>]*id="image-legend-hatch"/);
  });

  it('wraps a colour key to rows within the text width', () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({
      label: `Class ${i + 1} of the scale`,
      fill: '#2F6B9A',
    }));
    const { markup, width } = composeChartImage({
      model,
      drawing: drawing(),
      legend: { title: 'Cases', entries },
      made,
    });
    const labels = children(markup, 'text').filter((t) => t.textContent?.startsWith('Class '));
    const rows = new Set(labels.map((t) => t.getAttribute('y')));
    expect(rows.size).toBeGreaterThan(1);
    for (const label of labels) expect(Number(label.getAttribute('x'))).toBeLessThan(width - 24);
    expect(markup).not.toContain('<pattern');
  });

  it('frames the drawing with title, filters and n, notes, source and the date made', () => {
    const image = composeChartImage({ model, drawing: drawing(), made });
    const lines = texts(image.markup);
    expect(lines[0]).toBe('Initial police contact');
    expect(lines[1]).toBe('Filters: Outcome: Death');
    expect(lines[2]).toBe('n = 6 of 11 cases. Percentages are of the cases coded.');
    const all = lines.join(' ');
    expect(all).toContain('Small base (6 cases coded');
    expect(all).toContain('Source: Learning for the police from reviews');
    expect(lines.at(-1)).toBe('Made with Case Review Explorer on 5 May 2025.');
    expect(image.markup).toContain('<title>Initial police contact</title>');
    expect(image.markup).toContain('4 (36%)');
  });

  it('has margins all round and room for every line', () => {
    const image = composeChartImage({ model, drawing: drawing(), made });
    const lines = children(image.markup, 'text');
    const ys = lines.map((t) => Number(t.getAttribute('y')));
    const xs = lines.map((t) => Number(t.getAttribute('x')));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(24);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(24);
    expect(Math.max(...ys)).toBeLessThanOrEqual(image.height - 24);
    // The drawing (300 wide) sits inside the margins of an image at least 480 + 48 wide.
    expect(image.width).toBe(528);
    const [chart] = children(image.markup, 'svg');
    expect(Number(chart?.getAttribute('x'))).toBe(24);
  });

  it('leaves out focus rings, underlines, roles and tab stops', () => {
    const { markup } = composeChartImage({ model, drawing: drawing(), made });
    expect(markup).not.toContain('focus-ring');
    expect(markup).not.toContain('text-decoration');
    expect(markup).not.toContain('tabindex');
    expect(markup).not.toContain('role="button"');
    expect(markup).not.toContain('#1D4E89');
  });

  it('says only what presenter-safe lets the model say', () => {
    const masked = primaryMasked(bundledModel('overview.contactRoute'));
    const all = texts(composeChartImage({ model: masked, drawing: null, made }).markup).join(' ');
    expect(all).toMatch(/Presenter-safe: counts from 1 to 4 read "< 5"/);
    expect(all).toContain('n = 11 cases');
  });

  it('still says what the chart is when it has no drawing', () => {
    const image = composeChartImage({ model, drawing: null, made });
    expect(texts(image.markup)[0]).toBe('Initial police contact');
    expect(image.markup).not.toContain('<svg x=');
  });
});

describe('cleanDrawing', () => {
  it('keeps the marks and their colours, and grows the view box to hold labels', () => {
    const svg = drawing();
    const clean = cleanDrawing(svg);
    expect(clean.element.getAttribute('viewBox')).toBe('0 0 300 120');
    expect(clean.element.querySelector('rect')?.getAttribute('fill')).toBe('#2F6B9A');
    expect(clean.element.getAttribute('overflow')).toBe('visible');
    // The screen's drawing is untouched.
    expect(svg.querySelector('.focus-ring')).not.toBeNull();
  });
});
