/**
 * Colours of the charts. Okabe–Ito hues (safe for the common colour-vision deficiencies), darkened
 * or lightened so neighbouring series also differ in lightness and so stay apart when printed in
 * greyscale. Inferred values add a hatch pattern, which survives greyscale and colour blindness.
 */

/** The Okabe–Ito palette, by name. */
export const okabeIto = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/**
 * Categorical series colours, ordered so consecutive colours differ in lightness (CIE L* 36,
 * 71, 54, 89, 61): Okabe–Ito blue darkened, orange, vermillion, yellow, reddish purple.
 */
export const seriesColours: readonly string[] = [
  '#005A8C',
  okabeIto.orange,
  okabeIto.vermillion,
  okabeIto.yellow,
  okabeIto.reddishPurple,
];

/** The colour of a single-series bar chart, where colour carries no meaning. */
export const singleSeriesColour = '#2F6B9A';

/** Bars that are not selected while their chart's dimension is filtered. */
export const dimmedColour = '#DDE1E6';

/** Text drawn in charts (attributes, so exported images match the screen). */
export const chartInk = '#1A1A1A';

/** Secondary text in charts: group totals, notes. */
export const chartInkMuted = '#4A4F57';

/** A tile's background in the headline figures. */
export const tileFill = '#F2F4F7';

/** A neutral grey for a category whose meaning has no colour of its own (another outcome). */
export const otherMeaningColour = '#5F6670';

/**
 * The colour of what a category means, the same in every chart, legend, export and slide:
 * death dark blue, significant harm orange, anything else grey — never by row order.
 */
export function meaningColour(meaning: string | undefined): string {
  if (meaning === 'death') return seriesColours[0] ?? singleSeriesColour;
  if (meaning === 'harm') return seriesColours[1] ?? singleSeriesColour;
  return otherMeaningColour;
}

/** A lighter tint of a hex colour (mixed with white by `amount`, 0–1), for inferred parts. */
export function tint(hex: string, amount: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  const mix = (channel: number) => Math.round(channel + (255 - channel) * amount);
  const r = mix((value >> 16) & 0xff);
  const g = mix((value >> 8) & 0xff);
  const b = mix(value & 0xff);
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1).toUpperCase()}`;
}
