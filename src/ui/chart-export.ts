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
