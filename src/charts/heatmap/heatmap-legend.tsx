import { useId } from 'react';
import type { HeatmapMode } from '../../query/heatmap-matrix';
import { HatchPattern } from './hatch-pattern';
import { heatmapInk } from './heatmap-cells';
import { binFills, emptyFill, type ScaleStep } from './heatmap-scale';
import { markerFill } from './outcome-marker';

/** Props of {@link HeatmapLegend}. */
export interface HeatmapLegendProps {
  steps: readonly ScaleStep[];
  mode: HeatmapMode;
  /** True when some case shown is not coded for some theme (drawn grey with "?" in presence). */
  notCoded?: boolean;
  /** True when some learning names no case (marked, not counted, in presence). */
  unnamed?: boolean;
}

const colourMeaning: Readonly<Record<HeatmapMode, string>> = {
  count: 'Learning items',
  presence: 'Theme coded or learning on it',
  'row-percent': "Share of the case's learning items",
  'column-percent': "Share of the theme's learning items",
};

function swatch(fill: string, stroke?: string) {
  return (
    <svg width={16} height={16} aria-hidden="true" focusable="false" className="legend-swatch">
      <rect
        x={1}
        y={1}
        width={14}
        height={14}
        fill={fill}
        stroke={stroke ?? heatmapInk.rule}
        strokeWidth={stroke ? 2 : 1}
      />
    </svg>
  );
}

/** The heatmap's legend: the colour steps, hatching for inferred codes, outcome markers. */
export function HeatmapLegend({
  steps,
  mode,
  notCoded = false,
  unnamed = false,
}: HeatmapLegendProps) {
  const hatchId = `legend-hatch-${useId().replace(/:/g, '')}`;
  return (
    <div className="heatmap-legend">
      <h3 className="visually-hidden">Legend</h3>
      <ul>
        <li className="legend-group">
          <span className="legend-title">{colourMeaning[mode]}:</span>
          <span className="legend-entry">{swatch(emptyFill)} none</span>
          {steps.map((step) => (
            <span key={step.bin} className="legend-entry">
              {swatch(binFills[step.bin] ?? emptyFill)} {step.label}
            </span>
          ))}
        </li>
        <li className="legend-entry">
          <svg
            width={16}
            height={16}
            aria-hidden="true"
            focusable="false"
            className="legend-swatch"
          >
            <defs>
              <HatchPattern id={hatchId} colour={heatmapInk.hatch} />
            </defs>
            <rect x={1} y={1} width={14} height={14} fill={binFills[2]} />
            <rect x={1} y={1} width={14} height={14} fill={`url(#${hatchId})`} />
          </svg>
          Hatched: inferred (coded by the analyst from the narrative); plain: stated in the source
        </li>
        {mode === 'presence' && notCoded && (
          <li className="legend-entry">
            <svg
              width={16}
              height={16}
              aria-hidden="true"
              focusable="false"
              className="legend-swatch"
            >
              <rect x={1} y={1} width={14} height={14} fill={heatmapInk.notCodedFill} />
              <text
                x={8}
                y={12}
                textAnchor="middle"
                fontSize={11}
                fontWeight={700}
                fill={heatmapInk.muted}
              >
                ?
              </text>
            </svg>
            Not coded: the case is not coded for the theme (not known, not absent)
          </li>
        )}
        {mode === 'presence' && unnamed && (
          <li className="legend-entry">
            • in the “No case named” row: learning on the theme names no case (items are not cases,
            so they are not counted here)
          </li>
        )}
        {mode !== 'presence' && (
          <li className="legend-entry">
            {swatch(emptyFill, heatmapInk.codedOutline)} Outlined: theme coded, no learning item
          </li>
        )}
        <li className="legend-group">
          <span className="legend-title">Outcome:</span>
          <span className="legend-entry">
            <svg width={14} height={14} aria-hidden="true" focusable="false">
              <circle cx={7} cy={7} r={5} fill={markerFill[1]} />
            </svg>
            death
          </span>
          <span className="legend-entry">
            <svg width={14} height={14} aria-hidden="true" focusable="false">
              <rect x={2.5} y={2.5} width={9} height={9} fill={markerFill[2]} />
            </svg>
            significant harm
          </span>
          <span className="legend-entry">
            <svg width={14} height={14} aria-hidden="true" focusable="false">
              <path d="M7 1L13 7L7 13L1 7Z" fill={markerFill[3]} />
            </svg>
            other
          </span>
        </li>
      </ul>
    </div>
  );
}
