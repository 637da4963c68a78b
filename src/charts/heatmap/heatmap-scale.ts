import { schemeBlues } from 'd3-scale-chromatic';
import type { HeatmapMode } from '../../query/heatmap-matrix';
import { isMaskedCount } from '../../query/presenter-safe';

/** Fill of bin 0: an empty cell (no learning item, not coded). */
export const emptyFill = '#f1f3f6';

/**
 * Sequential blues (ColorBrewer, colour-blind safe); bin 0 is empty, bins 1–6 darken. The two
 * palest blues are skipped so a single learning item still stands out from an empty cell.
 */
export const binFills: readonly string[] = [emptyFill, ...(schemeBlues[9] ?? []).slice(3)];

/** Bins from this one up are dark enough to need white text. */
export const firstDarkBin = 4;

/** One legend entry of the colour scale. */
export interface ScaleStep {
  bin: number;
  label: string;
}

/** Quantises cell values into colour bins and says what each bin means. */
export interface HeatmapScale {
  bins: Uint8Array;
  steps: ScaleStep[];
}

const percentSteps: ScaleStep[] = [
  { bin: 2, label: '1–20%' },
  { bin: 3, label: '21–40%' },
  { bin: 4, label: '41–60%' },
  { bin: 5, label: '61–80%' },
  { bin: 6, label: '81–100%' },
];

/**
 * Bins every value (0 and NaN are empty): counts up to 6 get a bin each, larger maxima share six
 * equal ranges; percentages use fifths; presence one colour.
 */
export function heatmapScale(values: Float64Array, mode: HeatmapMode): HeatmapScale {
  const bins = new Uint8Array(values.length);
  if (mode === 'presence') {
    for (let i = 0; i < values.length; i += 1) bins[i] = (values[i] ?? 0) > 0 ? 4 : 0;
    return { bins, steps: [{ bin: 4, label: 'present' }] };
  }
  if (mode === 'row-percent' || mode === 'column-percent') {
    for (let i = 0; i < values.length; i += 1) {
      const v = values[i] ?? Number.NaN;
      bins[i] = v > 0 ? Math.min(6, 2 + Math.floor((Math.ceil(v) - 1) / 20)) : 0;
    }
    return { bins, steps: percentSteps };
  }
  let max = 0;
  for (let i = 0; i < values.length; i += 1) max = Math.max(max, values[i] ?? 0);
  if (max <= 6) {
    // A bin per value, spread over the ramp so that even 1 and 2 differ clearly.
    const binOf = (v: number) => (max === 1 ? 4 : 2 + Math.round(((v - 1) * 4) / (max - 1)));
    for (let i = 0; i < values.length; i += 1) {
      const v = values[i] ?? 0;
      bins[i] = v > 0 ? binOf(v) : 0;
    }
    return {
      bins,
      steps: Array.from({ length: max }, (_, i) => ({ bin: binOf(i + 1), label: String(i + 1) })),
    };
  }
  // Bin b holds the values in ((b - 1) · max / 6, b · max / 6]; integer products avoid rounding.
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i] ?? 0;
    bins[i] = v > 0 ? Math.min(6, Math.ceil((v * 6) / max)) : 0;
  }
  const steps = Array.from({ length: 6 }, (_, i) => {
    const low = Math.floor((i * max) / 6) + 1;
    const high = Math.floor(((i + 1) * max) / 6);
    return { bin: i + 1, label: low >= high ? String(high) : `${low}–${high}` };
  });
  return { bins, steps };
}

/** The bin of the cells whose count presenter-safe hides: one colour for every count below k. */
export const maskedBin = 1;

/**
 * The scale while presenter-safe hides counts below k: every cell with 1 to k − 1 learning items
 * takes one colour ("< k"), so its colour cannot give its count away; the other values share the
 * remaining bins (counts ≥ k in steps or ranges; percentages in fifths). Presence is unchanged.
 */
export function presenterSafeScale(
  values: Float64Array,
  counts: Int32Array,
  mode: HeatmapMode,
  k: number,
): HeatmapScale {
  if (mode === 'presence') return heatmapScale(values, mode);
  const hidden = (i: number) => isMaskedCount(counts[i] ?? 0, k);
  const masked: ScaleStep = {
    bin: maskedBin,
    label: mode === 'count' ? `< ${k}` : `fewer than ${k} items (share hidden)`,
  };
  if (mode !== 'count') {
    const shown = values.map((v, i) => (hidden(i) ? 0 : v));
    const { bins, steps } = heatmapScale(shown, mode);
    for (let i = 0; i < values.length; i += 1) if (hidden(i)) bins[i] = maskedBin;
    return { bins, steps: [masked, ...steps] };
  }
  let max = 0;
  for (let i = 0; i < values.length; i += 1) max = Math.max(max, values[i] ?? 0);
  // Counts from k to max share bins 2–6: one bin each when they fit, else five ranges.
  const span = Math.max(1, max - k + 1);
  const binOf = (v: number) => 2 + (span <= 5 ? v - k : Math.floor(((v - k) * 5) / span));
  const bins = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i] ?? 0;
    bins[i] = hidden(i) ? maskedBin : v >= k ? binOf(v) : 0;
  }
  const steps: ScaleStep[] = [masked];
  if (max >= k) {
    for (let bin = 2; bin <= Math.min(6, 1 + span); bin += 1) {
      const low = span <= 5 ? k + bin - 2 : k + Math.ceil(((bin - 2) * span) / 5);
      const high = span <= 5 ? low : k + Math.ceil(((bin - 1) * span) / 5) - 1;
      steps.push({ bin, label: low >= high ? String(low) : `${low}–${high}` });
    }
  }
  return { bins, steps };
}
