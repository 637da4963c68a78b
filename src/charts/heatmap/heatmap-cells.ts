import {
  cellCoded,
  cellInferred,
  cellNotCoded,
  type HeatmapMode,
} from '../../query/heatmap-matrix';
import { binFills, firstDarkBin } from './heatmap-scale';
import type { HeatmapLayout } from './heatmap-layout';

/** Everything the SVG and the canvas draw a body row from; cell arrays are in matrix order. */
export interface HeatmapPaint {
  layout: HeatmapLayout;
  mode: HeatmapMode;
  bins: Uint8Array;
  values: Float64Array;
  flags: Uint8Array;
  /** Columns of the matrix (the stride of the cell arrays). */
  stride: number;
  markers: Uint8Array;
  rowTotals: ArrayLike<number>;
}

/** Ink colours of the drawing (kept in step with styles.css). */
export const heatmapInk = {
  text: '#1a1a1a',
  muted: '#4a4f57',
  rule: '#d5d9e0',
  bar: '#5d7391',
  barSelected: '#1d4e89',
  barDimmed: '#c9ced6',
  codedOutline: '#1d4e89',
  hatch: 'rgba(26, 26, 26, 0.6)',
  hatchOnDark: 'rgba(255, 255, 255, 0.75)',
  death: '#0b5394',
  harm: '#b45309',
  otherOutcome: '#4a4f57',
  unnamedFill: '#e4e7ec',
  notCodedFill: '#dde1e7',
  selectedColumn: 'rgba(29, 78, 137, 0.08)',
} as const;

/** What one cell looks like: its fill, text, and whether it is hatched or outlined. */
export interface CellLook {
  fill: string;
  text: string;
  textFill: string;
  /** Hatching for inferred codes: dark lines on pale fills, light lines on dark ones. */
  hatch: 'none' | 'dark' | 'light';
  outlined: boolean;
}

/**
 * The text a cell prints: its count (as `countText` shows it: "< 5" while presenter-safe hides
 * it), its percentage, or nothing (presence shows by colour).
 */
export function cellText(
  value: number,
  mode: HeatmapMode,
  countText: (count: number) => string = String,
): string {
  if (!Number.isFinite(value) || value <= 0 || mode === 'presence') return '';
  return mode === 'count' ? countText(value) : `${Math.round(value)}%`;
}

/** How the cell at a display row and column is drawn. */
export function cellLook(paint: HeatmapPaint, displayRow: number, displayColumn: number): CellLook {
  const row = paint.layout.rowOrder[displayRow] ?? 0;
  const column = paint.layout.columns[displayColumn]?.matrixColumn ?? 0;
  const cell = row * paint.stride + column;
  const bin = paint.bins[cell] ?? 0;
  const flags = paint.flags[cell] ?? 0;
  const coded = (flags & cellCoded) !== 0;
  const present = bin > 0 || coded;
  // Presence of a theme a case is not coded for is not known: grey with a "?", never "none".
  if (paint.mode === 'presence' && !present && (flags & cellNotCoded) !== 0)
    return {
      fill: heatmapInk.notCodedFill,
      text: '?',
      textFill: heatmapInk.muted,
      hatch: 'none',
      outlined: false,
    };
  return {
    fill: binFills[bin] ?? binFills[0] ?? '#fff',
    text: cellText(paint.values[cell] ?? 0, paint.mode, paint.layout.countText),
    textFill: bin >= firstDarkBin ? '#ffffff' : heatmapInk.text,
    hatch:
      present && (flags & cellInferred) !== 0 ? (bin >= firstDarkBin ? 'light' : 'dark') : 'none',
    // A coded theme with no learning item has no colour in count modes: outline it instead.
    outlined: coded && bin === 0,
  };
}

/** Colour of a total bar: selected columns stand out, the rest dim while a theme is chosen. */
export function barFill(selected: boolean, someSelected: boolean): string {
  if (selected) return heatmapInk.barSelected;
  return someSelected ? heatmapInk.barDimmed : heatmapInk.bar;
}
