import { measuredTextWidth as textWidth } from '../text-measure';

/**
 * Label fitting for the heatmap: labels are cut with an ellipsis to their room (a long word
 * never overflows into the next column), on the shared width estimates.
 */

/** `text` cut to fit `maxWidth`, ending in an ellipsis when cut. */
export function truncateText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (textWidth(`${chars.slice(0, mid).join('').trimEnd()}…`, fontSize) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
}

/** Greedy word wrap into at most `maxLines` lines; the last line is truncated when text is left. */
export function wrapLabel(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let current = '';
  let i = 0;
  for (; i < words.length; i += 1) {
    const word = words[i] ?? '';
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(current);
      current = word;
      if (lines.length === maxLines - 1) break;
    } else current = candidate;
  }
  const rest = [current, ...words.slice(i + 1)].join(' ').trim();
  if (rest !== '') lines.push(truncateText(rest, maxWidth, fontSize));
  return lines.map((line) => truncateText(line, maxWidth, fontSize));
}
