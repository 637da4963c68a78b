const svgNamespace = 'http://www.w3.org/2000/svg';

/**
 * A standalone SVG document of a chart: namespace, explicit size, a white background and a
 * <title>. Charts set their colours and fonts as attributes so the file looks like the screen.
 */
export function svgMarkup(svg: SVGSVGElement, title: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const box = svg.viewBox.baseVal;
  const width = svg.width.baseVal.value || box?.width || 640;
  const height = svg.height.baseVal.value || box?.height || 400;
  copy.setAttribute('xmlns', svgNamespace);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('font-family', 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif');
  const background = document.createElementNS(svgNamespace, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  copy.insertBefore(background, copy.firstChild);
  const titleElement = document.createElementNS(svgNamespace, 'title');
  titleElement.textContent = title;
  copy.insertBefore(titleElement, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

/** Renders SVG markup to a PNG at `scale` times its size (2 for crisp print and slides). */
export async function svgToPng(
  markup: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the chart to an image.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The drawn size of an SVG element, for exports. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  return {
    width: svg.width.baseVal.value || box?.width || svg.clientWidth || 640,
    height: svg.height.baseVal.value || box?.height || svg.clientHeight || 400,
  };
}

/** Breaks text into lines of about `width` pixels, estimating 0.56 em a character. */
function roughLines(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(20, Math.floor(width / (fontSize * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A standalone SVG document of a chart with its title and unit line drawn above it, so an
 * exported image says what it shows and of how many cases. Returns the document and its size.
 */
export function headedSvgMarkup(
  svg: SVGSVGElement,
  title: string,
  subtitle: string,
): { markup: string; width: number; height: number } {
  const { width, height } = svgSize(svg);
  const lines = roughLines(subtitle, width, 13);
  const top = 30 + lines.length * 18 + 12;
  const outer = document.createElementNS(svgNamespace, 'svg');
  outer.setAttribute('xmlns', svgNamespace);
  outer.setAttribute('width', String(width));
  outer.setAttribute('height', String(top + height));
  outer.setAttribute('viewBox', `0 0 ${width} ${top + height}`);
  outer.setAttribute(
    'font-family',
    'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif',
  );
  const add = (name: string, attributes: Record<string, string>, text?: string) => {
    const element = document.createElementNS(svgNamespace, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    if (text !== undefined) element.textContent = text;
    outer.append(element);
  };
  add('title', {}, title);
  add('rect', { width: '100%', height: '100%', fill: '#ffffff' });
  add('text', { x: '0', y: '20', 'font-size': '17', 'font-weight': '700', fill: '#1a1a1a' }, title);
  lines.forEach((line, i) =>
    add('text', { x: '0', y: String(42 + i * 18), 'font-size': '13', fill: '#4a4f57' }, line),
  );
  const chart = svg.cloneNode(true) as SVGSVGElement;
  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(top));
  chart.setAttribute('width', String(width));
  chart.setAttribute('height', String(height));
  outer.append(chart);
  return { markup: new XMLSerializer().serializeToString(outer), width, height: top + height };
}
