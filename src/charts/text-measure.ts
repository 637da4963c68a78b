/**
 * Text width estimates for layout functions, which run without a DOM. The estimates are a little
 * generous for system sans-serif fonts, so labels wrap before they could be cut off.
 */

const narrow = new Set([..."iljtfrI!|.,:;'’()[] "]);
const wide = new Set([...'mwMW@%']);

/** The estimated width in pixels of `text` at `fontSize`, bold when `bold`. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) {
    if (narrow.has(ch)) ems += 0.32;
    else if (wide.has(ch)) ems += 0.9;
    else if (ch >= 'A' && ch <= 'Z') ems += 0.68;
    else if (ch >= '0' && ch <= '9') ems += 0.58;
    else ems += 0.56;
  }
  return ems * fontSize * (bold ? 1.08 : 1);
}

/** A function giving the width in pixels of a text at a font size, bold or not. */
export type TextMeasure = (text: string, fontSize: number, bold?: boolean) => number;

/** The font stack of the app (src/styles.css) and of exported charts. */
export const chartFontFamily =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

let context: CanvasRenderingContext2D | null | undefined;

/**
 * The width of `text` as the browser draws it (a canvas measures it in the app's font), or the
 * estimate of {@link textWidth} where there is no canvas (jsdom in unit tests).
 */
export const measuredTextWidth: TextMeasure = (text, fontSize, bold = false) => {
  if (context === undefined) {
    // jsdom has no canvas and reports the attempt as an error; its layouts use the estimate.
    const browser = typeof document !== 'undefined' && !/jsdom/i.test(navigator.userAgent);
    context = browser ? document.createElement('canvas').getContext('2d') : null;
  }
  if (!context) return textWidth(text, fontSize, bold);
  context.font = `${bold ? 700 : 400} ${fontSize}px ${chartFontFamily}`;
  return context.measureText(text).width;
};

/**
 * Breaks `text` into lines no wider than `maxWidth` at spaces (a word longer than a line keeps
 * its own line). At most `maxLines`; the last line ends in an ellipsis if the text did not fit.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  {
    bold = false,
    maxLines = 3,
    measure = textWidth,
  }: { bold?: boolean; maxLines?: number; measure?: TextMeasure } = {},
): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1] ?? ''}…`;
  return kept;
}
