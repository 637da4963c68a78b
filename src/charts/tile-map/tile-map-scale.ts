import { scaleLinear, scaleThreshold } from 'd3-scale';
import { schemeBlues } from 'd3-scale-chromatic';
import { chartInk } from '../palette';

/** One colour class of the map: its fill, the text colour on it, and its legend label. */
export interface TileClass {
  fill: string;
  ink: string;
  label: string;
}

/** Classes of whole numbers (counts, or whole percents) and the class of each value. */
export interface TileScale {
  /** The class of a value above 0 (an index of `classes`). */
  classOf: (value: number) => number;
  classes: TileClass[];
}

/** A tile with no cases: near white, outlined, so it is not read as the lightest class. */
export const zeroClass: TileClass = { fill: '#F7F8FA', ink: '#4A4F57', label: '0' };
/** A tile whose count presenter-safe hides: neutral grey under a hatch, whatever the count. */
export const maskedFill = '#D5D9DF';

/**
 * ColorBrewer's sequential blues (as the heatmap uses): a single hue whose lightness falls
 * steadily, so classes keep their order in greyscale and for every common colour-vision
 * deficiency. The two palest steps are skipped so the first class stands apart from an empty tile.
 */
const ramp: readonly string[] = (schemeBlues[9] ?? []).slice(2);

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #RRGGBB colour. */
export function relativeLuminance(hex: string): number {
  const v = Number.parseInt(hex.slice(1), 16);
  return (
    0.2126 * channel((v >> 16) & 0xff) +
    0.7152 * channel((v >> 8) & 0xff) +
    0.0722 * channel(v & 0xff)
  );
}

/** WCAG contrast ratio of two colours. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** Dark text, or white where white reads better on the fill. */
export function inkOn(fill: string): string {
  return contrastRatio(fill, chartInk) >= contrastRatio(fill, '#FFFFFF') ? chartInk : '#FFFFFF';
}

/** Up to five round upper bounds covering 1…max (d3 asks for a tick count, not a promise). */
function roundBounds(max: number): number[] {
  for (let ticks = 5; ticks > 1; ticks -= 1) {
    const bounds = scaleLinear().domain([0, max]).nice(ticks).ticks(ticks).slice(1);
    if (bounds.length <= 5) return bounds;
  }
  return [max];
}

/**
 * Classes for whole-number values from 1 to `max`: one class per value up to 5, else up to five
 * equal ranges with round bounds (d3's nice ticks, e.g. 1–10, 11–20, …). `suffix` labels
 * percents. Colours are spread over the ramp so neighbouring classes differ as much as they can.
 */
export function tileScale(max: number, suffix = ''): TileScale {
  if (max <= 0) return { classOf: () => 0, classes: [] };
  const uppers = max <= 5 ? Array.from({ length: max }, (_, i) => i + 1) : roundBounds(max);
  const count = uppers.length;
  const spread = (i: number) =>
    count === 1 ? 4 : Math.round((i * (ramp.length - 1)) / (count - 1));
  const classes = uppers.map((upper, i) => {
    const low = i === 0 ? 1 : (uppers[i - 1] ?? 0) + 1;
    const fill = ramp[spread(i)] ?? '#08306B';
    const label = low >= upper ? `${upper}${suffix}` : `${low}–${upper}${suffix}`;
    return { fill, ink: inkOn(fill), label };
  });
  // Whole numbers: a value belongs to the first class whose upper bound it does not pass.
  const threshold = scaleThreshold<number, number>()
    .domain(uppers.slice(0, -1).map((u) => u + 0.5))
    .range(uppers.map((_, i) => i));
  return { classOf: (value) => threshold(value), classes };
}
